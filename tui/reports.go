package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
)

// strictnessStep is how much + and - change the lowest matching score.
const strictnessStep = 0.05

// reportCommands are the keys the reading and the aligned view share:
// the match detail, the search, the views and what they show, the panes
// and the focus. The reading view adds synchronised scrolling (withSync).
func reportCommands(k keyMap, withSync bool) commandTable {
	run := func(f func(m *Model)) func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
		return func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
			f(m)
			return nil
		}
	}
	toggle := func(setting func(d *desk) *bool, notice string) func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
		return run(func(m *Model) {
			on := setting(&m.desk)
			*on = !*on
			if notice != "" {
				m.desk.say(onOff(notice, *on))
			}
		})
	}
	t := commandTable{
		{key: k.Detail, disabled: needsAlignment, group: 1, short: &shortEntry{"enter", "detail", 3}, run: run((*Model).openDetail)},
		{key: k.Search, group: 1, short: &shortEntry{"/", "search", 7},
			run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.desk.search.open() }},
		{key: k.NextHit, disabled: needsHits, group: 1, short: &shortEntry{"]/[", "hit", 8},
			run: run(func(m *Model) { m.nextHit(1) })},
		{key: k.PrevHit, disabled: needsHits, group: 1, run: run(func(m *Model) { m.nextHit(-1) })},
		{key: k.ToggleView, disabled: needsAlignedView, group: 2, run: run((*Model).toggleView)},
		{key: k.Quotes, group: 2, short: &shortEntry{`v/"/f/c`, "views", 4}, run: run(func(m *Model) { m.openSheet(viewQuotes) })},
		{key: k.Facts, group: 2, run: run(func(m *Model) { m.openSheet(viewFacts) })},
		{key: k.Coverage, group: 2, run: run(func(m *Model) { m.openSheet(viewCoverage) })},
		{key: k.DiffsOnly, disabled: needsAlignment, group: 2,
			run: toggle(func(d *desk) *bool { return &d.diffsOnly }, "differences only")},
		{key: k.ToggleNoise, group: 2, run: toggle(func(d *desk) *bool { return &d.hideNoise }, "noise hidden")},
		{key: k.ToggleOverview, group: 2, run: toggle(func(d *desk) *bool { return &d.overview }, "")},
		{key: k.Legend, group: 2, run: run((*Model).toggleLegend)},
		{key: k.Stricter, group: 2, run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.changeStrictness(strictnessStep) }},
		{key: k.Looser, group: 2, run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.changeStrictness(-strictnessStep) }},
		{key: k.NextPane, group: 3, short: &shortEntry{"tab", "pane", 9}, run: run(func(m *Model) { m.desk.moveFocus(1) })},
		{key: k.PrevPane, group: 3, run: run(func(m *Model) { m.desk.moveFocus(-1) })},
		{key: k.ShowReport, disabled: needsThreeReports, group: 3,
			run: func(m *Model, msg tea.KeyPressMsg) tea.Cmd {
				m.desk.showReport(int(msg.Code - '1'))
				return nil
			}},
		{key: k.Layout, group: 3, run: run((*Model).switchLayout)},
		{key: k.Zoom, group: 3, run: run(func(m *Model) {
			m.desk.zoomed = !m.desk.zoomed
			m.desk.relayout()
		})},
	}
	if withSync {
		t = append(t, command{key: k.ToggleSync, group: 3, run: run(func(m *Model) { m.reading.sync = !m.reading.sync })})
	}
	t = append(t, command{key: k.Clear, group: 3, run: run(func(m *Model) {
		m.desk.search.clear()
		m.desk.marked = nil
	})})
	return append(t, outsideCommands(k)...)
}

// needsHits disables the keys that move between search hits until there
// is a search.
func needsHits(m *Model) string {
	if m.desk.search.query == "" {
		return "no search: / searches all reports"
	}
	return ""
}

// needsAlignedView disables the aligned view until the alignment is in.
func needsAlignedView(m *Model) string {
	if m.desk.al == nil {
		return "the aligned view is ready when alignment is"
	}
	return ""
}

// needsThreeReports disables the number keys when every report is shown
// in a pane of its own anyway.
func needsThreeReports(m *Model) string {
	if len(m.desk.docs) <= 2 {
		return "both reports are shown: the number keys choose among three or more"
	}
	return ""
}

// moveFocus moves the focus to the next shown pane (dir 1) or the
// previous one (dir -1); while zoomed, to the next or previous report.
func (d *desk) moveFocus(dir int) {
	if d.zoomed {
		d.focusOn((d.focus + dir + len(d.docs)) % len(d.docs))
		return
	}
	slot := d.shownSlot(d.focus)
	d.focus = d.shown[(slot+dir+len(d.shown))%len(d.shown)]
}

// showReport shows report r in the focused pane's place and focuses it;
// if r is already shown elsewhere, the two swap places.
func (d *desk) showReport(r int) {
	if r < 0 || r >= len(d.docs) {
		d.say(fmt.Sprintf("there is no report %d", r+1))
		return
	}
	a, b := d.slotOf(d.focus), d.slotOf(r)
	d.order[a], d.order[b] = d.order[b], d.order[a]
	d.focusOn(r)
}

// toggleView switches between the reading and the aligned view, keeping
// the current passage at the top.
func (m *Model) toggleView() {
	if m.view == viewReading {
		p := m.reading.currentPassage(&m.desk)
		m.view = viewAligned
		m.aligned.ensureRows(&m.desk)
		if p >= 0 {
			m.aligned.showRowOf(&m.desk, p)
		}
		return
	}
	p := m.aligned.rowPassage(&m.desk, m.aligned.currentRow(&m.desk))
	m.view = viewReading
	if p >= 0 {
		m.reading.moveTo(&m.desk, p)
	}
}

// switchLayout stacks the panes when they are side by side, and sets
// them side by side when they are stacked, whatever the width.
func (m *Model) switchLayout() {
	d := &m.desk
	if d.lay.stacked {
		d.layout = LayoutSide
		d.say("side by side: S stacks the panes")
	} else {
		d.layout = LayoutStacked
		d.say("stacked: S sets the panes side by side")
	}
	d.relayout()
}

// toggleLegend shows or hides the one-line legend above the status bar.
func (m *Model) toggleLegend() {
	m.desk.legend = !m.desk.legend
	m.desk.relayout()
}

// changeStrictness raises (or lowers) the lowest score at which passages
// match and realigns in the background.
func (m *Model) changeStrictness(delta float64) tea.Cmd {
	next := clampScore(m.cfg.MinScore + delta)
	if next == m.cfg.MinScore {
		m.desk.say(fmt.Sprintf("min score is already %.2f", next))
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

func onOff(what string, on bool) string {
	if on {
		return what + ": on"
	}
	return what + ": off"
}
