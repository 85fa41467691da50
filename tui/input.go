package tui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// strictnessStep is how much + and - change the lowest matching score.
const strictnessStep = 0.05

// handleKey acts on a key press. Panes and the pane order are copied
// first: a Model is a value and must not change the panes of the model it
// was copied from.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.notice = ""
	if msg.String() == "ctrl+c" {
		return m.quit()
	}
	if m.search.typing {
		return m.handleSearchKey(msg)
	}
	if key.Matches(msg, m.keys.Quit) {
		return m.quit()
	}
	if !m.ready() {
		return m, nil
	}
	if key.Matches(msg, m.keys.Help) || m.showHelp && (key.Matches(msg, m.keys.Close) || key.Matches(msg, m.keys.Back)) {
		m.showHelp = !m.showHelp
		return m, nil
	}
	if m.showHelp {
		return m, nil
	}
	if m.detail.open {
		return m.handleDetailKey(msg)
	}
	m.panes = slices.Clone(m.panes)
	m.order = slices.Clone(m.order)
	var cmd tea.Cmd
	switch {
	case key.Matches(msg, m.keys.Stricter):
		cmd = m.changeStrictness(strictnessStep)
	case key.Matches(msg, m.keys.Looser):
		cmd = m.changeStrictness(-strictnessStep)
	case key.Matches(msg, m.keys.Quotes):
		m.openSheet(viewQuotes)
	case key.Matches(msg, m.keys.Facts):
		m.openSheet(viewFacts)
	case key.Matches(msg, m.keys.Coverage):
		m.openSheet(viewCoverage)
	case m.view.isSheet():
		m.handleSheetKey(msg)
	case key.Matches(msg, m.keys.ToggleView):
		m.toggleView()
	case key.Matches(msg, m.keys.DiffsOnly):
		m.diffsOnly = !m.diffsOnly
		m.notice = onOff("differences only", m.diffsOnly)
	case key.Matches(msg, m.keys.ToggleNoise):
		m.hideNoise = !m.hideNoise
		m.notice = onOff("noise hidden", m.hideNoise)
	case key.Matches(msg, m.keys.ToggleOverview):
		m.overview = !m.overview
	case key.Matches(msg, m.keys.ToggleSync):
		m.sync = !m.sync
	case key.Matches(msg, m.keys.Search):
		cmd = m.search.open()
	case key.Matches(msg, m.keys.Close):
		m.search.clear()
		m.marked = nil
	case key.Matches(msg, m.keys.NextHit):
		m.nextHit(1)
	case key.Matches(msg, m.keys.PrevHit):
		m.nextHit(-1)
	case key.Matches(msg, m.keys.NextPane):
		m.moveFocus(1)
	case key.Matches(msg, m.keys.PrevPane):
		m.moveFocus(-1)
	case key.Matches(msg, m.keys.ShowReport):
		m.showReport(int(msg.Code - '1'))
	case key.Matches(msg, m.keys.Zoom):
		m.zoomed = !m.zoomed
		m.relayout()
	case key.Matches(msg, m.keys.Detail):
		m.openDetail()
	case m.view == viewAligned:
		m.handleAlignedKey(msg)
	default:
		m.handleReadingKey(msg)
	}
	m.ensureRows()
	m.syncPanes()
	return m, cmd
}

// handleReadingKey moves the focused pane in the reading view.
func (m *Model) handleReadingKey(msg tea.KeyPressMsg) {
	p := &m.panes[m.focus]
	if top, ok := m.scrollKey(msg, m.flow(m.focus), p.top, m.lay.bodyHeight()); ok {
		p.top, p.selected = top, -1
		return
	}
	switch {
	case key.Matches(msg, m.keys.NextMatch):
		m.nextMatch()
	case key.Matches(msg, m.keys.PrevMatch):
		m.prevMatch()
	case key.Matches(msg, m.keys.NextUnique):
		m.nextUnique(1)
	case key.Matches(msg, m.keys.PrevUnique):
		m.nextUnique(-1)
	}
}

// moveFocus moves the focus to the next shown pane (dir 1) or the
// previous one (dir -1).
func (m *Model) moveFocus(dir int) {
	if m.zoomed {
		// Zoomed, the focus walks through every report.
		m.focus = (m.focus + dir + len(m.panes)) % len(m.panes)
		m.relayout()
		return
	}
	slot := m.slotOf(m.focus)
	m.focus = m.shown[(slot+dir+len(m.shown))%len(m.shown)]
}

// showReport shows report r in the focused pane's place and focuses it;
// if r is already shown elsewhere, the two swap places.
func (m *Model) showReport(r int) {
	if r < 0 || r >= len(m.panes) {
		m.notice = fmt.Sprintf("there is no report %d", r+1)
		return
	}
	a, b := m.slotOf(m.focus), m.slotOf(r)
	m.order[a], m.order[b] = m.order[b], m.order[a]
	m.focus = r
	m.relayout()
}

// changeStrictness raises (or lowers) the lowest score at which passages
// match and realigns in the background.
func (m *Model) changeStrictness(delta float64) tea.Cmd {
	next := clampScore(m.cfg.MinScore + delta)
	if next == m.cfg.MinScore {
		m.notice = fmt.Sprintf("min score is already %.2f", next)
		return nil
	}
	m.cfg.MinScore = next
	return m.startAlign()
}

// clampScore keeps a score in [0, 0.95], rounded to hundredths so that
// repeated steps do not drift.
func clampScore(s float64) float64 {
	s = float64(int(s*100+0.5)) / 100
	return max(0, min(s, 0.95))
}

// enableKeys turns off the keys that do nothing in the current state, so
// that they drop out of the help. The reports' views and the analysis
// views share scrolling, the focus, the views' keys, strictness, help and
// quit; the rest belongs to one or the other.
func (m *Model) enableKeys() {
	k := &m.keys
	sheet := m.view.isSheet()
	k.inSheet = sheet
	aligned := m.align.al != nil
	for _, b := range []*key.Binding{&k.NextMatch, &k.PrevMatch, &k.NextUnique, &k.PrevUnique, &k.Detail, &k.DiffsOnly} {
		b.SetEnabled(aligned && !sheet)
	}
	k.ToggleView.SetEnabled(aligned || sheet)
	hasHits := m.search.query != ""
	k.NextHit.SetEnabled(hasHits && !sheet)
	k.PrevHit.SetEnabled(hasHits && !sheet)
	k.ShowReport.SetEnabled(len(m.panes) > 2 && !sheet)
	k.ToggleSync.SetEnabled(m.view == viewReading)
	for _, b := range []*key.Binding{&k.Search, &k.Zoom, &k.ToggleNoise, &k.ToggleOverview, &k.Close} {
		b.SetEnabled(!sheet)
	}
	for _, b := range []*key.Binding{&k.NextItem, &k.PrevItem, &k.Jump, &k.Back} {
		b.SetEnabled(sheet)
	}
	if sheet {
		k.NextPane.SetHelp("tab/l", "next report")
		k.PrevPane.SetHelp("shift+tab/h", "previous report")
	} else {
		k.NextPane.SetHelp("tab/l", "next pane")
		k.PrevPane.SetHelp("shift+tab/h", "previous pane")
	}
}

func onOff(what string, on bool) string {
	if on {
		return what + ": on"
	}
	return what + ": off"
}
