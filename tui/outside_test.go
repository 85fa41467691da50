package tui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/source"
)

// pressCmd sends one key press and returns the model and the command
// it returned.
func pressCmd(t *testing.T, m Model, name string) (Model, tea.Cmd) {
	t.Helper()
	next, cmd := m.Update(keyPress(name))
	return next.(Model), cmd
}

// clipboardText is the text a command writes to the clipboard (OSC 52),
// or "" when it writes none.
func clipboardText(t *testing.T, cmd tea.Cmd) string {
	t.Helper()
	require.NotNil(t, cmd)
	msg := cmd()
	if fmt.Sprintf("%T", msg) != "tea.setClipboardMsg" {
		return ""
	}
	return reflect.ValueOf(msg).String()
}

func TestYCopiesTheCurrentPassage(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "n")
	m, cmd := pressCmd(t, m, "y")
	text := clipboardText(t, cmd)
	assert.True(t, strings.HasPrefix(text, "“There was a direct message relayed,”"), text)
	assert.Contains(t, m.statusBar(), "copied [1] ¶2 · sentence")
}

func TestYCopiesPrintableTextOnly(t *testing.T) {
	arts := []*model.Article{
		model.Parse("a.txt", "The storm \x1b]52;c;cm0gLXJmIH4K\x07hit the coast on Monday.\n", model.UnitSentence),
		model.Parse("b.txt", "The storm hit the coast on Monday.\n", model.UnitSentence),
	}
	m := update(t, New(arts, testOptions()), tea.WindowSizeMsg{Width: 120, Height: 40})
	_, cmd := pressCmd(t, m, "y")
	text := clipboardText(t, cmd)
	assert.NotContains(t, text, "\x1b")
	assert.NotContains(t, text, "\x07")
	assert.Contains(t, text, "hit the coast")
}

func TestShiftYCopiesTheMatchWithEveryVersion(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "n")
	m, cmd := pressCmd(t, m, "Y")
	assert.Contains(t, m.statusBar(), "copying match 2")
	next, cmd := m.Update(cmd())
	m = next.(Model)
	text := clipboardText(t, cmd)
	assert.Equal(t, `[1] 1-white-house-confirms-message.txt · 2023-10-26 · 14 passages, 4 matched, 10 unique
[2] White House Admits President Biden Sent Message to Iran's Supreme Leader Khamenei · 2-white-house-admits-message.txt · 15 passages, 4 matched, 11 unique

== match 2 · reworded · 97% likely
[1] ¶2 “There was a direct message [-relayed-],” White House [-spokesperson-] John Kirby said at a press [-briefing, according-] to Reuters.
[2] ¶2 "There was a direct message {+conveyed+}," said White House {+spokesman+} John Kirby at a press {+conference, but declined+} to {+explain further, as reported by+} Reuters, {+October 27+}.
`, text)
	assert.Contains(t, m.statusBar(), "copied match 2, 2 versions")
}

func TestKeysThatNeedAMatchSayWhyOffOne(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	m = press(t, m, "u") // a passage only report 1 tells
	require.Less(t, m.currentMatch(), 0)
	for _, k := range []string{"Y", "|"} {
		next, cmd := pressCmd(t, m, k)
		assert.Nil(t, cmd, k)
		assert.Contains(t, next.statusBar(), "not at a match: press n to go to one", k)
	}
}

// recorder is a program that writes its arguments, one a line, and its
// standard input to the file named by $RECORD: a stand-in for $EDITOR and
// $PAGER.
func recorder(t *testing.T) (path, record string) {
	t.Helper()
	dir := t.TempDir()
	path, record = filepath.Join(dir, "record.sh"), filepath.Join(dir, "record.txt")
	require.NoError(t, os.WriteFile(path, []byte("#!/bin/sh\nprintf '%s\\n' \"$@\" > \""+record+"\"\ncat >> \""+record+"\"\n"), 0o755))
	return path, record
}

// runExec runs the command an exec message carries as Bubble Tea would,
// with no terminal, and returns the message its callback makes.
func runExec(t *testing.T, cmd tea.Cmd) tea.Msg {
	t.Helper()
	require.NotNil(t, cmd)
	msg := cmd()
	require.Equal(t, "tea.execMsg", fmt.Sprintf("%T", msg))
	v := reflect.New(reflect.TypeOf(msg)).Elem() // addressable, to read its fields
	v.Set(reflect.ValueOf(msg))
	// execMsg{cmd ExecCommand, fn ExecCallback}: run it as Program.exec does.
	ec := v.Field(0)
	c := reflect.NewAt(ec.Type(), ec.Addr().UnsafePointer()).Elem().Interface().(tea.ExecCommand)
	fn := reflect.NewAt(v.Field(1).Type(), v.Field(1).Addr().UnsafePointer()).Elem().Interface().(tea.ExecCallback)
	c.SetStdin(strings.NewReader(""))
	c.SetStdout(os.Stdout)
	c.SetStderr(os.Stderr)
	return fn(c.Run())
}

func TestThePagerGetsTheMatchAsPrintWritesIt(t *testing.T) {
	pager, record := recorder(t)
	t.Setenv("PAGER", pager+" --flag")
	m := press(t, sized(t, seedAlignment(t), 120, 40), "n")
	m, cmd := pressCmd(t, m, "|")
	next, cmd := m.Update(cmd())
	m = next.(Model)
	m = update(t, m, runExec(t, cmd))
	got, err := os.ReadFile(record)
	require.NoError(t, err)
	text := string(got)
	assert.True(t, strings.HasPrefix(text, "--flag\nparallax: 2 reports, 4 matches\n[1] 1-white-house"), text)
	assert.Contains(t, text, "\n\n== match 2 · reworded · 97% likely\n[1] ¶2 “There was a direct message [-relayed-]")
	assert.NotContains(t, text, "== match 1 ")
	assert.NotContains(t, text, "== match 3 ")
}

func TestAPagerThatCannotRunIsNamed(t *testing.T) {
	t.Setenv("PAGER", "/nonexistent/pager")
	m := press(t, sized(t, seedAlignment(t), 120, 40), "n")
	m, cmd := pressCmd(t, m, "|")
	next, cmd := m.Update(cmd())
	m = update(t, next.(Model), runExec(t, cmd))
	assert.Contains(t, m.statusBar(), "the pager (/nonexistent/pager)")
}

func TestTheEditorOpensAFileAtThePassagesLine(t *testing.T) {
	editor, record := recorder(t)
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", editor)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(a, []byte("Title: A\n\nThe storm hit the coast.\n\nOfficials urged calm on Monday.\n"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("Officials urged calm on Monday.\n"), 0o644))
	var arts []*model.Article
	for _, p := range []string{a, b} {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		art, err := model.Load(p, data, model.Options{})
		require.NoError(t, err)
		arts = append(arts, art)
	}
	m := update(t, New(arts, testOptions()), tea.WindowSizeMsg{Width: 120, Height: 40})
	m.reading.moveTo(&m.desk, 1) // the second passage
	require.Equal(t, 1, m.currentPassage())
	m, cmd := pressCmd(t, m, "e")
	next, cmd := m.Update(cmd())
	m = update(t, next.(Model), runExec(t, cmd))
	got, err := os.ReadFile(record)
	require.NoError(t, err)
	// vi and its kin take +LINE, but the recorder is none of them.
	assert.Equal(t, a+"\n", string(got))
	assert.Equal(t, "[1] opened in the editor", m.desk.notice)
	assert.Equal(t, []string{"+5", a}, editorArgs("vim", a, lineAt(arts[0].Text, arts[0].Passages[1].Start)))
}

func TestTheEditorGetsATemporaryFileForAReportThatIsNone(t *testing.T) {
	editor, record := recorder(t)
	t.Setenv("VISUAL", editor)
	m := press(t, sized(t, seedAlignment(t), 120, 40), "tab", "n")
	m, cmd := pressCmd(t, m, "e")
	next, cmd := m.Update(cmd())
	m = update(t, next.(Model), runExec(t, cmd))
	got, err := os.ReadFile(record)
	require.NoError(t, err)
	path := strings.TrimSpace(string(got))
	t.Cleanup(func() { os.Remove(path) })
	assert.Contains(t, filepath.Base(path), "parallax-2-white-house-admits-message.txt-")
	text, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, m.desk.articles[1].Text, string(text))
	assert.Contains(t, m.statusBar(), "[2] is not a file: its text was written to")
}

func TestEditorArguments(t *testing.T) {
	for _, tt := range []struct {
		editor string
		want   []string
	}{
		{"vim", []string{"+12", "f.txt"}},
		{"/usr/bin/nvim", []string{"+12", "f.txt"}},
		{"emacsclient", []string{"+12", "f.txt"}},
		{"nano", []string{"+12", "f.txt"}},
		{"hx", []string{"f.txt:12"}},
		{"code", []string{"--goto", "f.txt:12"}},
		{"ed", []string{"f.txt"}},
	} {
		assert.Equal(t, tt.want, editorArgs(tt.editor, "f.txt", 12), tt.editor)
	}
	assert.Equal(t, []string{"f.txt"}, editorArgs("vim", "f.txt", 0), "no line known")
}

func TestLineAtCountsEveryLineEnding(t *testing.T) {
	text := "a\nb\r\nc\rd"
	assert.Equal(t, 1, lineAt(text, 0))
	assert.Equal(t, 2, lineAt(text, 2))
	assert.Equal(t, 3, lineAt(text, 5))
	assert.Equal(t, 4, lineAt(text, 7))
}

func TestCtrlCQuitsWithErrInterruptedAndQWithout(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	q, cmd := pressCmd(t, m, "q")
	require.NotNil(t, cmd)
	assert.Equal(t, tea.QuitMsg{}, cmd())
	assert.NoError(t, q.Err())
	c, cmd := pressCmd(t, m, "ctrl+c")
	require.NotNil(t, cmd)
	assert.Equal(t, tea.QuitMsg{}, cmd())
	assert.ErrorIs(t, c.Err(), ErrInterrupted)
}

func TestCtrlZSuspends(t *testing.T) {
	_, cmd := pressCmd(t, sized(t, seedAlignment(t), 120, 40), "ctrl+z")
	require.NotNil(t, cmd)
	assert.Equal(t, tea.SuspendMsg{}, cmd())
}

func TestMReleasesTheMouseAndTakesItBack(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	assert.Equal(t, tea.MouseModeCellMotion, m.View().MouseMode)
	m = press(t, m, "m")
	assert.Equal(t, tea.MouseModeNone, m.View().MouseMode)
	assert.Contains(t, m.statusBar(), "mouse released")
	assert.Contains(t, press(t, m, "j").statusBar(), "mouse off", "the status bar keeps saying so")
	m = press(t, m, "m")
	assert.Equal(t, tea.MouseModeCellMotion, m.View().MouseMode)

	opts := testOptions()
	opts.MouseOff = true
	off := update(t, New(seedArticles(t), opts), tea.WindowSizeMsg{Width: 120, Height: 40})
	assert.Equal(t, tea.MouseModeNone, off.View().MouseMode, "the option starts it released")
}

func TestTheEditorFindsAPassageOfADerivedReportByItsFirstWords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.md")
	data := []byte("# Storm\n\nThe storm *destroyed* 300 homes on the coast on Monday.\n\nOfficials urged calm, the **mayor** said.\n")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	res, err := source.Open(context.Background(), []string{path, path}, source.Options{}, nil)
	require.NoError(t, err)
	art := res.Articles[0]
	require.True(t, art.Derived, "Markdown is read as the text it renders to")
	last := len(art.Passages) - 1
	f := fileLine(art, data, art.Passages[last].Start, 1)
	assert.Equal(t, 5, f.line, "the line of \"Officials urged calm,\" in the Markdown")
	assert.Equal(t, "[1] opened in the editor", f.notice)
}
