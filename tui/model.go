// Package tui is parallax's terminal reader, a Bubble Tea program: reports
// side by side in panes, matched passages marked in a gutter with their
// match number and relation, differing words highlighted, and scrolling
// synchronised so that the passage one pane is at sits level with its
// partner in the others.
//
// The root Model routes messages; panes are plain structs it moves. The
// reports are shown as soon as they are parsed; the alignment is computed
// in a command and fills in the matches when it arrives. Each passage is
// wrapped once per width, when it is first shown, and View renders only
// the lines on screen, so a million-word report scrolls as fast as a
// short one.
package tui

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/aligned"
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
	err     error   // why the reader gave up (loading failed)

	load     loadState
	align    alignState
	analysis analysisState
	cfg      diffing.Config // the alignment asked for (MinScore changes live)

	articles []*model.Article
	docs     []*document // one per article, showing the alignment
	panes    []pane      // one per article, shown or not
	order    []int       // articles in the order panes show them
	focus    int         // article with the focus
	zoomed   bool        // only the focused pane is shown

	view     viewMode
	rows     *aligned.Rows // the aligned view's rows, for rowsKey
	rowsKey  rowsKey
	rowTop   pos               // top of the aligned view (block = row)
	rowPick  int               // row the reader clicked in the aligned view, or -1
	rowMarks map[[2]int][]mark // overview of each column's rows, per height
	search   searchState
	detail   detailState
	showHelp bool
	// textView is the view of the reports the analysis views go back to.
	textView viewMode
	// sheetAt is where each analysis view is (quotes, facts, coverage).
	sheetAt [viewCoverage - viewQuotes + 1]sheetPos
	// marked are the words of the item last gone to from an analysis
	// view, per article, sorted: drawn like search hits until esc.
	marked [][]span

	sync      bool // scroll the other panes with the focused one
	diffsOnly bool // fold identical passages to one line each
	hideNoise bool
	overview  bool
	notice    string // a passing message for the status bar

	isDark  bool
	noColor bool // the terminal shows no colour: mark with text instead
	// cells is how the terminal counts cells: per code point until it
	// reports grapheme clustering (mode 2027), as Bubble Tea's renderer.
	cells   cells.Method
	width   int
	height  int
	lay     screenLayout
	shown   []int // articles shown, left to right
	keys    KeyMap
	styles  *Styles // shared by the model's copies; rebuilt, never changed
	help    help.Model
	spinner spinner.Model
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
	m := Model{
		opts:     opts,
		ctx:      ctx,
		cancel:   cancel,
		cfg:      opts.Config,
		sync:     true,
		overview: true,
		rowPick:  -1,
		sheetAt:  [3]sheetPos{{pick: -1}, {pick: -1}, {pick: -1}},
		keys:     DefaultKeyMap(),
		help:     help.New(),
		spinner:  spinner.New(spinner.WithSpinner(spinner.MiniDot)),
	}
	m.search = newSearch()
	m.setStyles(opts.Theme != ThemeLight)
	return m
}

// Err returns why the reader stopped on its own, or nil: a loader error.
func (m Model) Err() error { return m.err }

// setArticles shows articles and starts aligning them.
func (m *Model) setArticles(articles []*model.Article) tea.Cmd {
	m.articles = articles
	m.docs = make([]*document, len(articles))
	m.panes = make([]pane, len(articles))
	m.order = make([]int, len(articles))
	for i, art := range articles {
		m.docs[i] = newDocument(art, i)
		m.panes[i] = pane{selected: -1}
		m.order[i] = i
	}
	m.relayout()
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

// Update handles a message, then brings what derives from the state up to
// date: the aligned view's rows, and which keys apply.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	m = next.(Model)
	m.ensureRows()
	m.enableKeys()
	return m, cmd
}

// update routes a message: global ones here, key presses to handleKey,
// mouse events to handleMouse, background results to their handlers.
func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
		m.search.input.SetWidth(max(1, msg.Width-len(m.search.input.Prompt)-1))
		m.relayout()
	case tea.BackgroundColorMsg:
		if m.opts.Theme == ThemeAuto {
			m.setStyles(msg.IsDark())
		}
	case tea.ColorProfileMsg:
		m.noColor = msg.Profile <= colorprofile.ASCII
	case tea.ModeReportMsg:
		if usesGraphemes(msg) {
			m.cells = cells.Graphemes
		}
	case spinner.TickMsg:
		if m.busy() || m.analysis.busy {
			var cmd tea.Cmd
			m.spinner, cmd = m.spinner.Update(msg)
			return m, cmd
		}
	case loadStatusMsg, loadDoneMsg:
		return m.handleLoad(msg)
	case alignProgressMsg, alignDoneMsg:
		return m.handleAlign(msg)
	case analysisDoneMsg:
		return m.handleAnalysis(msg)
	case searchDoneMsg:
		m.handleSearchDone(msg)
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.handleMouse(msg)
	}
	return m, nil
}

// usesGraphemes reports whether a mode report says the terminal clusters
// graphemes (mode 2027), on the terms on which Bubble Tea's renderer then
// counts cells by grapheme: the reader must count as the renderer does.
func usesGraphemes(msg tea.ModeReportMsg) bool {
	return msg.Mode == ansi.ModeUnicodeCore &&
		(msg.Value == ansi.ModeSet || msg.Value == ansi.ModeReset || msg.Value == ansi.ModePermanentlySet)
}

// busy reports whether loading or aligning is under way.
func (m Model) busy() bool { return m.load.busy || m.align.busy }

// quit stops the background work (loading, aligning, analysing) and ends
// the program.
func (m Model) quit() (tea.Model, tea.Cmd) {
	m.cancel()
	return m, tea.Quit
}

// ready reports whether there are panes to act on.
func (m Model) ready() bool { return len(m.panes) > 0 && !m.lay.tooSmall && m.width > 0 }

func (m *Model) setStyles(isDark bool) {
	m.isDark = isDark
	styles := newStyles(isDark)
	m.styles = &styles
	m.help.Styles = help.DefaultStyles(isDark)
	m.spinner.Style = m.styles.StatusKey.Style
}

// relayout fits the panes to the screen: how many are shown, which, and
// how wide. The focused report always stays on screen.
func (m *Model) relayout() {
	if len(m.panes) == 0 {
		m.lay = computeLayout(m.width, m.height, 1)
		return
	}
	n := paneCount(m.width, len(m.order))
	if m.zoomed {
		n = 1
	}
	if slot := m.slotOf(m.focus); slot >= n && !m.zoomed {
		// Bring the focused report into the last slot shown.
		m.order = slices.Clone(m.order)
		m.order[slot], m.order[n-1] = m.order[n-1], m.order[slot]
	}
	m.shown = m.order[:n]
	if m.zoomed {
		m.shown = []int{m.focus}
	}
	m.lay = computeLayout(m.width, m.height, len(m.shown))
	for i := range m.panes {
		m.panes[i].width = 0
	}
	if !m.lay.tooSmall {
		for slot, r := range m.shown {
			m.panes[r].width = m.lay.paneWidths[slot]
		}
	}
	m.syncPanes()
}

// slotOf returns where report r is in the order of panes.
func (m Model) slotOf(r int) int {
	for slot, o := range m.order {
		if o == r {
			return slot
		}
	}
	return -1
}

// gutterDigits is how many cells the gutter gives match numbers: enough
// for the most matches the reports can have, and at least 3.
func (m Model) gutterDigits() int {
	most := 0
	for _, d := range m.docs {
		most += d.passages
	}
	return max(3, len(strconv.Itoa(most/2)))
}
