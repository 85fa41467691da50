package tui

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/export"
	"github.com/parallax-reader/parallax/model"
)

// What the reader hands to other programs, as users of less, lazygit and
// delta expect: the clipboard (y, Y), the editor (e), the pager (|), the
// shell (ctrl+z), and the terminal's own selection (m releases the mouse).

// ErrInterrupted is what Model.Err returns after ctrl+c quit the reader:
// the command exits with status 130 then, as after any interrupt.
var ErrInterrupted = errors.New("interrupted")

// defaultPager is the pager when $PAGER is not set.
const defaultPager = "less -R"

// outsideCommands are the keys the reading and aligned views hand to
// other programs: copying, the editor, the pager.
func outsideCommands(k keyMap) commandTable {
	return commandTable{
		{key: k.CopyPassage, disabled: needsPassage, group: 4, run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.copyPassage() }},
		{key: k.CopyMatch, disabled: needsMatch, group: 4, run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.matchText(forClipboard) }},
		{key: k.Editor, group: 4, run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.openEditor() }},
		{key: k.Pager, disabled: needsMatch, group: 4, run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.matchText(forPager) }},
	}
}

// needsPassage disables copying a passage when the view is at none.
func needsPassage(m *Model) string {
	if m.currentPassage() < 0 {
		return "no passage here to copy"
	}
	return ""
}

// needsMatch disables the keys that take the current match when the view
// is at none.
func needsMatch(m *Model) string {
	switch {
	case m.desk.al == nil:
		return "matches follow when alignment is done"
	case m.currentMatch() < 0:
		return "not at a match: press n to go to one"
	}
	return ""
}

// currentPassage is the focused report's passage the reader is at, or -1.
func (m *Model) currentPassage() int {
	if m.view == viewAligned {
		return m.aligned.rowPassage(&m.desk, m.aligned.currentRow(&m.desk))
	}
	return m.reading.currentPassage(&m.desk)
}

// copyPassage copies the current passage of the focused report to the
// clipboard (OSC 52), made printable as everything parallax writes is:
// pasted into a terminal, it can do nothing but show.
func (m *Model) copyPassage() tea.Cmd {
	d := &m.desk
	p := m.currentPassage()
	art := d.articles[d.focus]
	text := model.Printable(art.Passages[p].Text)
	d.say(fmt.Sprintf("copied [%d] %s (%d characters)", d.focus+1, where(art, diffing.Member{Passages: []int{p}}), utf8.RuneCountInString(text)))
	return tea.SetClipboard(text)
}

// matchPurpose is what the text of a match is wanted for.
type matchPurpose int

const (
	forClipboard matchPurpose = iota // Y: the match's block, after the reports' names
	forPager                         // |: as --print writes it, header and all
)

// matchTextMsg carries the text of a match, written off the UI goroutine.
type matchTextMsg struct {
	purpose matchPurpose
	match   int
	text    string
	err     error
}

// matchText writes the current match as --print writes it, in a command:
// export.WriteText writes the whole alignment (a second at a million
// words a side), of which matchBlock keeps the header and the match.
func (m *Model) matchText(purpose matchPurpose) tea.Cmd {
	al, mi := m.desk.al, m.currentMatch()
	if purpose == forClipboard {
		m.desk.say(fmt.Sprintf("copying match %d…", mi+1))
	}
	return func() tea.Msg {
		block := matchBlock{match: mi}
		err := export.WriteText(&block, al)
		return matchTextMsg{purpose: purpose, match: mi, text: block.text(purpose), err: err}
	}
}

// handleMatchText copies the match's text, or sends it to the pager.
func (m *Model) handleMatchText(msg matchTextMsg) tea.Cmd {
	d := &m.desk
	switch {
	case msg.err != nil:
		d.say("cannot write the match: " + msg.err.Error())
		return nil
	case msg.purpose == forClipboard:
		versions := 0
		if msg.match < len(d.al.Matches) {
			versions = len(d.al.Matches[msg.match].Members)
		}
		d.say(fmt.Sprintf("copied match %d, %d versions (%d characters)", msg.match+1, versions, utf8.RuneCountInString(msg.text)))
		return tea.SetClipboard(msg.text)
	}
	name, args := commandLine(os.Getenv("PAGER"), defaultPager)
	cmd := exec.Command(name, args...)
	cmd.Stdin = strings.NewReader(msg.text)
	return tea.ExecProcess(cmd, func(err error) tea.Msg {
		return programDoneMsg{what: "the pager (" + name + ")", err: err}
	})
}

// programDoneMsg says an editor or a pager the reader ran has ended.
type programDoneMsg struct {
	what   string
	notice string // what to say when it went well
	err    error
}

// handleProgramDone says how the program the reader ran ended.
func (m *Model) handleProgramDone(msg programDoneMsg) {
	if msg.err != nil {
		m.desk.say(fmt.Sprintf("%s: %v", msg.what, msg.err))
		return
	}
	m.desk.say(msg.notice)
}

// matchBlock is an io.Writer that keeps, of the plain-text view
// export.WriteText writes, the header and the block of one match.
type matchBlock struct {
	match   int
	partial []byte // a line not yet ended
	header  []string
	block   []string
	state   int // 0: header, 1: looking for the block, 2: in it, 3: done
}

func (b *matchBlock) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			b.partial = append(b.partial, p...)
			break
		}
		b.line(string(append(b.partial, p[:i]...)))
		b.partial, p = b.partial[:0], p[i+1:]
	}
	return n, nil
}

// line takes one line of the text view.
func (b *matchBlock) line(l string) {
	switch {
	case b.state == 0 && l == "":
		b.state = 1
	case b.state == 0:
		b.header = append(b.header, l)
	case b.state == 1 && strings.HasPrefix(l, fmt.Sprintf("== match %d · ", b.match+1)):
		b.state = 2
		b.block = append(b.block, l)
	case b.state == 2 && l == "":
		b.state = 3
	case b.state == 2:
		b.block = append(b.block, l)
	}
}

// text is what the purpose takes: for the pager, the header and the
// block as --print writes them; for the clipboard, the reports' names
// (the header lines that start with their number) and the block.
func (b *matchBlock) text(purpose matchPurpose) string {
	var out []string
	for _, l := range b.header {
		if purpose == forPager || strings.HasPrefix(l, "[") {
			out = append(out, l)
		}
	}
	out = append(out, "")
	out = append(out, b.block...)
	return strings.Join(out, "\n") + "\n"
}

// commandLine splits a command from the environment ($PAGER, $EDITOR)
// into its name and arguments at white space, or fallback's when it is
// empty.
func commandLine(env, fallback string) (string, []string) {
	fields := strings.Fields(env)
	if len(fields) == 0 {
		fields = strings.Fields(fallback)
	}
	return fields[0], fields[1:]
}

// editorFile is the file the editor opens for a report, at a line.
type editorFile struct {
	path   string
	line   int    // 1-based; 0 when not known
	notice string // what the status bar says once the editor is closed
}

// openEditor opens the focused report in $VISUAL or $EDITOR (vi when
// neither is set) at the current passage's line. A report that is a
// file is opened as it is; one that is not (a web page, standard input,
// a built-in report) is written to a temporary file first, and the
// status bar says where.
func (m *Model) openEditor() tea.Cmd {
	d := &m.desk
	art := d.articles[d.focus]
	p := max(0, m.currentPassage())
	report := d.focus + 1
	return func() tea.Msg {
		f, err := fileToEdit(art, p, report)
		if err != nil {
			return programDoneMsg{what: "the editor", err: err}
		}
		env := os.Getenv("VISUAL")
		if env == "" {
			env = os.Getenv("EDITOR")
		}
		name, args := commandLine(env, "vi")
		args = append(args, editorArgs(name, f.path, f.line)...)
		return editorReadyMsg{cmd: exec.Command(name, args...), name: name, notice: f.notice}
	}
}

// editorReadyMsg carries the editor's command, ready to run.
type editorReadyMsg struct {
	cmd    *exec.Cmd
	name   string
	notice string
}

// runEditor runs the editor in the terminal, the reader waiting.
func runEditor(msg editorReadyMsg) tea.Cmd {
	return tea.ExecProcess(msg.cmd, func(err error) tea.Msg {
		return programDoneMsg{what: "the editor (" + msg.name + ")", notice: msg.notice, err: err}
	})
}

// fileToEdit finds the file that holds report number report's text
// (art), and the line of passage p in it.
func fileToEdit(art *model.Article, p, report int) (editorFile, error) {
	start := 0
	if p < len(art.Passages) {
		start = art.Passages[p].Start
	}
	if info, err := os.Stat(art.Source); err == nil && info.Mode().IsRegular() {
		data, err := os.ReadFile(art.Source)
		if err != nil {
			return editorFile{}, fmt.Errorf("cannot read %s: %w", art.Source, err)
		}
		return fileLine(art, data, start, report), nil
	}
	tmp, err := os.CreateTemp("", "parallax-"+strings.Trim(safeName(art.Source), "-")+"-*.txt")
	if err == nil {
		_, err = io.WriteString(tmp, art.Text)
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return editorFile{}, fmt.Errorf("cannot write the text of [%d] to a file: %w", report, err)
	}
	return editorFile{path: tmp.Name(), line: lineAt(art.Text, start),
		notice: fmt.Sprintf("[%d] is not a file: its text was written to %s", report, tmp.Name())}, nil
}

// fileLine is where passage text at offset start is in the file of
// art, whose bytes are data: the offset's line when the text is the
// file's bytes; otherwise (Markdown, HTML, another encoding) the line
// where the passage's first words are found as written, if they are.
func fileLine(art *model.Article, data []byte, start, report int) editorFile {
	f := editorFile{path: art.Source, notice: fmt.Sprintf("[%d] opened in the editor", report)}
	switch {
	case !art.Derived && string(data) == art.Text:
		f.line = lineAt(art.Text, start)
	case !art.Derived:
		f.line = lineAt(art.Text, start)
		f.notice = fmt.Sprintf("[%d] changed since parallax read it: the line may be off", report)
	default:
		// Markup can sit between any two words ("the **mayor** said"):
		// look for the passage's first words, then for fewer of them.
		for _, n := range []int{8, 4, 2} {
			if i := bytes.Index(data, []byte(firstWords(art.Text[start:], n))); i >= 0 {
				f.line = lineAt(string(data), i)
				return f
			}
		}
		f.notice = fmt.Sprintf("[%d] opened at its start: its text was derived from %s, where the passage's first words are not found as they read", report, art.Format)
	}
	return f
}

// firstWords is the start of text up to its n-th word, on its first line.
func firstWords(text string, n int) string {
	line, _, _ := strings.Cut(text, "\n")
	fields := strings.Fields(line)
	if len(fields) > n {
		fields = fields[:n]
	}
	return strings.Join(fields, " ")
}

// lineAt is the 1-based line of byte offset off in text; a line ends at
// \n, \r\n or a lone \r.
func lineAt(text string, off int) int {
	off = min(off, len(text))
	before := text[:off]
	return 1 + strings.Count(before, "\n") + strings.Count(before, "\r") - strings.Count(before, "\r\n")
}

// safeName is s with every character but letters, digits, dot and dash
// replaced, short enough for a file name.
func safeName(s string) string {
	s = filepath.Base(s)
	var b strings.Builder
	for _, r := range s {
		if b.Len() >= 40 {
			break
		}
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-') {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

// editorArgs are the arguments that open path at line in the editor
// named name: +LINE before the file for the editors that take it (vi,
// Vim, Neovim, Emacs, nano, micro, Kakoune, …), FILE:LINE for those
// that read it so (Helix, Sublime Text, Zed), --goto FILE:LINE for VS
// Code; others get the file alone.
func editorArgs(name, path string, line int) []string {
	if line <= 0 {
		return []string{path}
	}
	switch strings.TrimSuffix(filepath.Base(name), ".exe") {
	case "vi", "vim", "nvim", "gvim", "mvim", "view", "ex", "nano", "pico", "emacs", "emacsclient",
		"micro", "kak", "joe", "jed", "mg", "ne", "mcedit", "vis", "less", "more", "most":
		return []string{fmt.Sprintf("+%d", line), path}
	case "hx", "helix", "subl", "sublime_text", "zed":
		return []string{fmt.Sprintf("%s:%d", path, line)}
	case "code", "code-insiders", "codium", "cursor":
		return []string{"--goto", fmt.Sprintf("%s:%d", path, line)}
	}
	return []string{path}
}

// toggleMouse releases the mouse to the terminal, whose own selection
// then works without shift, or captures it again.
func (m *Model) toggleMouse() {
	m.mouseOff = !m.mouseOff
	if m.mouseOff {
		m.desk.say("mouse released: select text with it; m captures it again")
		return
	}
	m.desk.say("mouse captured: the wheel scrolls, a click selects; m releases it")
}
