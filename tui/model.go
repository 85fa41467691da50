// Package tui is parallax's terminal reader, a Bubble Tea program: reports
// side by side in panes, matched passages marked in a gutter with their
// match number and relation colour, differing words highlighted, and
// scrolling synchronised so that the passage one pane is at sits level with
// its partner in the other.
//
// The root Model routes messages; panes are plain structs it moves. Each
// report is wrapped once per width and cached, and View renders only the
// lines on screen.
package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/diffing"
)

// Model is the reader.
type Model struct {
	al       *diffing.Alignment
	panes    []pane
	focus    int  // index of the focused pane
	sync     bool // scroll the other panes with the focused one
	showHelp bool
	isDark   bool
	width    int
	height   int
	keys     KeyMap
	styles   Styles
	help     help.Model
}

// New returns a reader showing the first two articles of al side by side.
func New(al *diffing.Alignment) Model {
	m := Model{al: al, sync: true, isDark: true, keys: DefaultKeyMap(), help: help.New()}
	for i := range min(2, len(al.Articles)) {
		m.panes = append(m.panes, pane{doc: newDocument(al, i)})
	}
	m.setStyles(true)
	return m
}

// Init asks the terminal for its background colour to pick light or dark
// styles.
func (m Model) Init() tea.Cmd {
	return tea.RequestBackgroundColor
}

// Update handles a message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		m.setStyles(msg.IsDark())
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

// handleKey acts on a key press. Panes are copied first: a Model is a value
// and must not change the panes of the model it was copied from.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Quit) {
		return m, tea.Quit
	}
	if key.Matches(msg, m.keys.Help) || (m.showHelp && msg.String() == "esc") {
		m.showHelp = !m.showHelp
		return m, nil
	}
	if m.showHelp || len(m.panes) == 0 || m.width == 0 {
		return m, nil
	}
	m.panes = slices.Clone(m.panes)
	p := &m.panes[m.focus]
	page := max(1, p.bodyHeight()-1)
	switch {
	case key.Matches(msg, m.keys.Down):
		p.scrollBy(1)
	case key.Matches(msg, m.keys.Up):
		p.scrollBy(-1)
	case key.Matches(msg, m.keys.PageDown):
		p.scrollBy(page)
	case key.Matches(msg, m.keys.PageUp):
		p.scrollBy(-page)
	case key.Matches(msg, m.keys.HalfDown):
		p.scrollBy(max(1, p.bodyHeight()/2))
	case key.Matches(msg, m.keys.HalfUp):
		p.scrollBy(-max(1, p.bodyHeight()/2))
	case key.Matches(msg, m.keys.Top):
		p.offset = 0
	case key.Matches(msg, m.keys.Bottom):
		p.offset = p.maxOffset()
	case key.Matches(msg, m.keys.NextMatch):
		m.nextMatch()
	case key.Matches(msg, m.keys.PrevMatch):
		m.prevMatch()
	case key.Matches(msg, m.keys.NextPane):
		m.focus = (m.focus + 1) % len(m.panes)
	case key.Matches(msg, m.keys.PrevPane):
		m.focus = (m.focus + len(m.panes) - 1) % len(m.panes)
	case key.Matches(msg, m.keys.ToggleSync):
		m.sync = !m.sync
	default:
		return m, nil
	}
	m.syncPanes()
	return m, nil
}

// resize lays the panes out for a new screen size, keeping every pane at
// the passage it was showing.
func (m *Model) resize(width, height int) {
	m.width, m.height = width, height
	m.help.SetWidth(width)
	lay := computeLayout(width, height, len(m.panes))
	if lay.tooSmall {
		return
	}
	m.panes = slices.Clone(m.panes)
	for i := range m.panes {
		p := &m.panes[i]
		top := -1
		if p.width > 0 {
			top = p.topPassage()
		}
		p.width, p.height = lay.paneWidths[i], lay.paneHeight
		if top >= 0 {
			p.showLine(p.layout().first[top])
		}
	}
	m.syncPanes()
}

func (m *Model) setStyles(isDark bool) {
	m.isDark = isDark
	m.styles = newStyles(isDark)
	m.help.Styles = help.DefaultStyles(isDark)
}

// View renders the screen.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "parallax"
	return v
}

// render draws the screen as exactly m.height lines.
func (m Model) render() string {
	if m.width == 0 || m.height == 0 {
		return ""
	}
	lay := computeLayout(m.width, m.height, len(m.panes))
	if lay.tooSmall {
		return m.tooSmallMessage()
	}
	var body []string
	if m.showHelp {
		body = m.fullHelp(lay.paneHeight)
	} else {
		body = m.panesView(lay.paneHeight)
	}
	// help.ShortHelpView can overflow when not even its ellipsis fits.
	shortHelp := ansi.Truncate(m.help.ShortHelpView(m.keys.ShortHelp()), m.width, "")
	body = append(body, m.statusBar(), shortHelp)
	return strings.Join(body, "\n")
}

// panesView renders the panes side by side, height rows.
func (m Model) panesView(height int) []string {
	columns := make([][]string, len(m.panes))
	current := m.currentMatch()
	for i, p := range m.panes {
		columns[i] = p.view(&m.styles, i == m.focus, current)
	}
	sep := m.styles.Rule.Render("│")
	rows := make([]string, height)
	for r := range rows {
		var b strings.Builder
		for i := range columns {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(columns[i][r])
		}
		rows[r] = b.String()
	}
	return rows
}

// fullHelp renders the key help and the legend, centred in height rows.
func (m Model) fullHelp(height int) []string {
	st := m.styles
	legend := strings.Join([]string{
		"",
		st.Relation[diffing.Identical].Render("12▏") + " identical  " +
			st.Relation[diffing.Reworded].Render("12▏") + " reworded  " +
			st.Relation[diffing.Related].Render("12▏") + " related match",
		st.Unique.Render(" +▏") + " unique to this report  " + st.Noise.Render("~") + " noise, never aligned",
		"    " + st.Changed.Render("words") + " this report has, the other lacks",
	}, "\n")
	box := st.Help.Render(m.help.FullHelpView(m.keys.FullHelp()) + "\n" + legend)
	placed := strings.Split(lipgloss.Place(m.width, height, lipgloss.Center, lipgloss.Center, box), "\n")
	for i, row := range placed {
		placed[i] = ansi.Truncate(row, m.width, "")
	}
	return placed[:height]
}

// tooSmallMessage fills the screen with a notice that it is too small.
func (m Model) tooSmallMessage() string {
	lines := []string{
		"Terminal too small",
		fmt.Sprintf("need %d×%d, have %d×%d", minWidth, minHeight, m.width, m.height),
		"enlarge it, or press q to quit",
	}
	for i, l := range lines {
		lines[i] = m.styles.Message.Render(ansi.Truncate(l, m.width, "…"))
	}
	placed := lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, strings.Join(lines, "\n"))
	return strings.Join(strings.Split(placed, "\n")[:m.height], "\n")
}
