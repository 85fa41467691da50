// Package tui is parallax's terminal reader, a Bubble Tea program: reports
// side by side in panes, matched passages marked in a gutter with their
// match number and relation, differing words highlighted, and scrolling
// synchronised so that the passage one pane is at sits level with its
// partner in the others.
//
// The root Model keeps the reports and the screen they share (the desk),
// the background work (loading, aligning, analysing), the focus, the
// layout, the overlays and the status bar, and routes: key presses to the
// view or overlay on top, whose command table (see command) says what each
// key does there, and what the help says about it. The views (reading,
// aligned, the analysis sheets) and the overlays (match detail, help) are
// plain structs with their own state, keys and rendering.
//
// The reports are shown as soon as they are parsed; the alignment is
// computed in a command and fills in the matches when it arrives. Each
// passage is wrapped once per width, when it is first shown, and View
// renders only the lines on screen, so a million-word report scrolls as
// fast as a short one.
package tui

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/tui/cells"
)

// Options configure the reader.
type Options struct {
	// Config tunes the alignment. The reader sets its Progress; its
	// MinScore is the strictness the + and - keys change.
	Config diffing.Config
	// Theme picks dark or light styles; ThemeAuto follows the terminal's
	// background.
	Theme Theme
	// MouseOff starts the reader with the mouse left to the terminal (m
	// captures it).
	MouseOff bool
	// Layout sets the panes side by side or stacked; LayoutAuto stacks
	// them below 100 columns. S switches.
	Layout Layout
}

// Theme is a choice of styles.
type Theme int

const (
	// ThemeAuto asks the terminal for its background colour.
	ThemeAuto Theme = iota
	// ThemeDark is for dark backgrounds.
	ThemeDark
	// ThemeLight is for light backgrounds.
	ThemeLight
)

// String names the theme as ParseTheme reads it.
func (t Theme) String() string {
	switch t {
	case ThemeDark:
		return "dark"
	case ThemeLight:
		return "light"
	}
	return "auto"
}

// ParseTheme reads a theme name: auto, dark or light.
func ParseTheme(s string) (Theme, error) {
	switch s {
	case "auto":
		return ThemeAuto, nil
	case "dark":
		return ThemeDark, nil
	case "light":
		return ThemeLight, nil
	}
	return ThemeAuto, fmt.Errorf("unknown theme %q (want auto, dark or light)", s)
}

// Loader reads and parses the reports, off the UI goroutine. It reports
// what it is doing through status, one short line at a time, and stops
// early when ctx is cancelled (the user quit).
type Loader func(ctx context.Context, status func(string)) ([]*model.Article, error)

// viewMode is what the body of the screen shows. The reading and aligned
// views show the reports (v switches between them); the analysis views,
// each opened with its own key, show what package insight reads from them.
type viewMode int

const (
	// viewReading shows each report in its own order, synchronised.
	viewReading viewMode = iota
	// viewAligned shows rows of matched passages, one column per report.
	viewAligned
	// viewQuotes lists every quotation with each report's version.
	viewQuotes
	// viewFacts lists the conflicts, then the facts one report alone
	// carries.
	viewFacts
	// viewCoverage shows what each report shares and whom it credits.
	viewCoverage
)

// Model is the reader.
type Model struct {
	opts    Options
	ctx     context.Context // cancelled on quit: stops loading and aligning
	cancel  context.CancelFunc
	initCmd tea.Cmd // the background work Init starts
	err     error   // why the reader gave up (loading failed, or ctrl+c)
	// mouseOff leaves the mouse to the terminal (m), whose own selection
	// then works.
	mouseOff bool

	load     loadState
	align    alignState
	analysis analysisState
	cfg      diffing.Config // the alignment asked for (MinScore changes live)

	desk desk
	// view is the view in the body of the screen; textView is the view of
	// the reports the analysis views go back to.
	view, textView viewMode
	reading        readingView
	aligned        alignedView
	sheets         sheetView
	// The overlays, drawn over the view: at most one is open (the help
	// can open over the detail, and closes back to it).
	detail detailView
	help   helpView

	keys    *keyMap        // the bindings; built once, shared by every copy
	tables  *commandTables // built once, shared by every copy
	keyHelp help.Model     // draws the one-line and the full help
	spinner spinner.Model
}

// commandTables are the command tables of the views and overlays.
type commandTables struct {
	reading, aligned, sheet, detail, help commandTable
	// global applies everywhere, after the table of what is on top.
	global commandTable
}

// readerKeys are the reader's bindings and command tables, built once:
// they depend on nothing but the key map, and never change.
var readerKeys = sync.OnceValues(func() (*keyMap, *commandTables) {
	k := defaultKeyMap()
	return &k, newCommandTables(k)
})

func newCommandTables(k keyMap) *commandTables {
	return &commandTables{
		reading: readingCommands(k),
		aligned: alignedCommands(k),
		sheet:   sheetCommands(k),
		detail:  detailCommands(k),
		help:    helpCommands(k),
		global:  globalCommands(k),
	}
}

// globalCommands apply wherever the reader is: the mouse, suspending,
// help and quit.
func globalCommands(k keyMap) commandTable {
	return commandTable{
		{key: k.Mouse, group: lastGroup, run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
			m.toggleMouse()
			return nil
		}},
		{key: k.Suspend, group: lastGroup, run: func(*Model, tea.KeyPressMsg) tea.Cmd { return tea.Suspend }},
		{key: k.Help, group: lastGroup, short: &shortEntry{"?", "help", 5},
			run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
				m.help = helpView{open: !m.help.open}
				return nil
			}},
		{key: k.Quit, group: lastGroup, short: &shortEntry{"q", "quit", 6},
			run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.quit() }},
	}
}

// New returns a reader for articles. It shows them at once and aligns
// them in the background (see Init).
func New(articles []*model.Article, opts Options) Model {
	m := newModel(opts)
	m.initCmd = m.setArticles(articles)
	return m
}

// NewLoading returns a reader that first runs load, off the UI goroutine,
// showing its status lines, then reads the articles it returns. When load
// fails the program quits and Err returns the error.
func NewLoading(load Loader, opts Options) Model {
	m := newModel(opts)
	m.initCmd = m.startLoad(load)
	return m
}

func newModel(opts Options) Model {
	ctx, cancel := context.WithCancel(context.Background())
	keys, tables := readerKeys()
	m := Model{
		opts:     opts,
		mouseOff: opts.MouseOff,
		ctx:      ctx,
		cancel:   cancel,
		cfg:      opts.Config,
		desk:     desk{layout: opts.Layout, overview: true, search: newSearch(), cache: newRenderCache()},
		sheets:   newSheetView(),
		keys:     keys,
		tables:   tables,
		keyHelp:  help.New(),
		spinner:  spinner.New(spinner.WithSpinner(spinner.MiniDot)),
	}
	m.reading.sync = true
	m.aligned.pick = -1
	m.setStyles(opts.Theme != ThemeLight)
	return m
}

// Err returns why the reader stopped on its own, or nil: a loader error.
func (m Model) Err() error { return m.err }

// setArticles shows articles and starts aligning them.
func (m *Model) setArticles(articles []*model.Article) tea.Cmd {
	m.desk.setArticles(articles)
	m.reading = newReadingView(len(articles))
	return m.startAlign()
}

// Init asks the terminal for its background colour (unless a theme was
// forced) and starts the background work: loading, or aligning.
func (m Model) Init() tea.Cmd {
	if m.opts.Theme == ThemeAuto {
		return tea.Batch(tea.RequestBackgroundColor, m.initCmd)
	}
	return m.initCmd
}

// Update handles a message. It works on its own copy of the state (see
// own), routes the message, then brings what derives from the state up
// to date: the aligned view's rows.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.own()
	cmd := m.update(msg)
	if m.view == viewAligned {
		m.aligned.ensureRows(&m.desk)
	}
	return m, cmd
}

// own copies what Update changes in place (slices it writes elements of),
// so that the Model returned shares nothing it changes with the Model
// Update was called on: a Model stays a value, as Bubble Tea expects and
// the tests rely on. It is the one place state is copied; everything after
// it changes the copy through pointers. Shared by all copies, and not
// copied: the render cache (see renderCache), the documents and the
// alignment, which do not change once made.
func (m *Model) own() {
	m.desk = m.desk.clone()
	m.reading.panes = slices.Clone(m.reading.panes)
	m.load.status = slices.Clip(m.load.status)
	if in := &m.desk.search.input; m.desk.search.typing {
		in.SetValue(in.Value()) // textinput inserts into its runes in place
	}
}

// update routes a message: global ones here, key presses to the command
// tables, mouse events to what is under the pointer, background results
// to their handlers.
func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.desk.width, m.desk.height = msg.Width, msg.Height
		m.keyHelp.SetWidth(msg.Width)
		s := &m.desk.search
		s.input.SetWidth(max(1, msg.Width-len(s.input.Prompt)-1))
		m.desk.relayout()
		m.syncReading()
	case tea.BackgroundColorMsg:
		if m.opts.Theme == ThemeAuto {
			m.setStyles(msg.IsDark())
		}
	case tea.ColorProfileMsg:
		m.desk.noColor = msg.Profile <= colorprofile.ASCII
	case tea.ModeReportMsg:
		if usesGraphemes(msg) {
			m.desk.cells = cells.Graphemes
		}
	case spinner.TickMsg:
		if m.busy() || m.analysis.busy {
			var cmd tea.Cmd
			m.spinner, cmd = m.spinner.Update(msg)
			return cmd
		}
	case loadStatusMsg, loadDoneMsg:
		return m.handleLoad(msg)
	case alignProgressMsg, alignDoneMsg:
		return m.handleAlign(msg)
	case analysisDoneMsg:
		m.handleAnalysis(msg)
	case searchDoneMsg:
		m.handleSearchDone(msg)
	case matchTextMsg:
		return m.handleMatchText(msg)
	case editorReadyMsg:
		return runEditor(msg)
	case programDoneMsg:
		m.handleProgramDone(msg)
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		m.handleMouse(msg)
	}
	return nil
}

// usesGraphemes reports whether a mode report says the terminal clusters
// graphemes (mode 2027), on the terms on which Bubble Tea's renderer then
// counts cells by grapheme: the reader must count as the renderer does.
func usesGraphemes(msg tea.ModeReportMsg) bool {
	return msg.Mode == ansi.ModeUnicodeCore &&
		(msg.Value == ansi.ModeSet || msg.Value == ansi.ModeReset || msg.Value == ansi.ModePermanentlySet)
}

// handleKey acts on a key press: ctrl+c quits at any moment; while a
// search is typed the search line has the keyboard; otherwise the command
// table of what is on top (an overlay, or the view), then the global one,
// say what the key does, or why it does nothing now.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	m.desk.notice = ""
	if msg.String() == "ctrl+c" {
		m.err = ErrInterrupted
		return m.quit()
	}
	if m.desk.search.typing {
		return m.handleSearchKey(msg)
	}
	if !m.desk.ready() {
		if key.Matches(msg, m.keys.Quit) {
			return m.quit()
		}
		return nil
	}
	c, ok := m.activeTable().match(msg)
	// A key of the reading or aligned view leaves the other panes level.
	reportsKey := ok && !m.help.open && !m.detail.open && !m.view.isSheet()
	if !ok {
		if c, ok = m.tables.global.match(msg); !ok {
			return nil
		}
	}
	if c.disabled != nil {
		if why := c.disabled(m); why != "" {
			m.desk.say(why)
			return nil
		}
	}
	cmd := c.run(m, msg)
	if reportsKey {
		m.afterReportsKey()
	}
	return cmd
}

// activeTable is the command table of what is on top: the help, the
// match detail, or the view.
func (m *Model) activeTable() commandTable {
	switch {
	case m.help.open:
		return m.tables.help
	case m.detail.open:
		return m.tables.detail
	}
	return m.viewTable()
}

// viewTable is the command table of the view in the body.
func (m *Model) viewTable() commandTable {
	switch {
	case m.view.isSheet():
		return m.tables.sheet
	case m.view == viewAligned:
		return m.tables.aligned
	}
	return m.tables.reading
}

// afterReportsKey keeps the views of the reports in order after a key:
// the aligned view's rows built for what is shown, the reading view's
// panes level with the focused one.
func (m *Model) afterReportsKey() {
	if m.view == viewAligned {
		m.aligned.ensureRows(&m.desk)
	}
	m.syncReading()
}

// syncReading brings the reading view's panes level with the focused one,
// when it is the view shown.
func (m *Model) syncReading() {
	if m.view == viewReading {
		m.reading.syncPanes(&m.desk)
	}
}

// currentMatch is the match the reader is at, or -1: in the reading view
// the match of the current passage, in the aligned view that of the row
// at the top (or the row clicked).
func (m *Model) currentMatch() int {
	if m.view == viewAligned {
		return m.aligned.currentMatch(&m.desk)
	}
	return m.reading.currentMatch(&m.desk)
}

// busy reports whether loading or aligning is under way.
func (m *Model) busy() bool { return m.load.busy || m.align.busy }

// quit stops the background work (loading, aligning, analysing) and ends
// the program.
func (m *Model) quit() tea.Cmd {
	m.cancel()
	return tea.Quit
}

func (m *Model) setStyles(isDark bool) {
	m.desk.isDark = isDark
	styles := newStyles(isDark)
	m.desk.styles = &styles
	m.keyHelp.Styles = styles.KeyHelp
	m.spinner.Style = styles.StatusKey.Style
}
