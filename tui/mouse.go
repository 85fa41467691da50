package tui

import (
	tea "charm.land/bubbletea/v2"
)

// wheelLines is how far one notch of the mouse wheel scrolls.
const wheelLines = 3

// handleMouse scrolls the pane under the pointer with the wheel, and on a
// left click focuses the pane under it and selects the passage (or, in
// the aligned view, the row) under it.
func (m Model) handleMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	if !m.ready() || m.showHelp || m.search.typing {
		return m, nil
	}
	mouse := msg.Mouse()
	if m.detail.open {
		if _, ok := msg.(tea.MouseWheelMsg); ok {
			m.detail.top = max(0, m.detail.top+wheelDelta(mouse.Button))
		}
		return m, nil
	}
	if m.view.isSheet() {
		return m.handleSheetMouse(msg)
	}
	slot := m.lay.paneAt(mouse.X)
	if slot < 0 || mouse.Y >= m.lay.paneHeight {
		return m, nil
	}
	m.panes = clonePanes(m.panes)
	r := m.shown[slot]
	switch msg.(type) {
	case tea.MouseWheelMsg:
		delta := wheelDelta(mouse.Button)
		if delta == 0 {
			return m, nil
		}
		if m.view == viewAligned {
			m.rowTop = scrollBy(m.rowFlow(), m.rowTop, delta, m.lay.bodyHeight())
			m.rowPick = -1
			return m, nil
		}
		p := &m.panes[r]
		p.top = scrollBy(m.flow(r), p.top, delta, m.lay.bodyHeight())
		p.selected = -1
		m.syncFrom(r)
	case tea.MouseClickMsg:
		if mouse.Button != tea.MouseLeft {
			return m, nil
		}
		m.focus = r
		row := mouse.Y - headerRows
		if row < 0 {
			return m, nil
		}
		if m.view == viewAligned {
			f := m.rowFlow()
			at := advance(f, m.rowTop, row)
			if distance(f, settle(f, m.rowTop), at) == row {
				m.rowPick = at.block
			}
			return m, nil
		}
		f := m.flow(r)
		if nextShown(f, 0) < 0 {
			return m, nil // nothing to select
		}
		at := advance(f, m.panes[r].top, row)
		if distance(f, settle(f, m.panes[r].top), at) == row && at.line >= f.gap(at.block) {
			m.panes[r].selected = at.block
		}
		m.syncPanes()
		m.levelSelected()
	}
	return m, nil
}

// wheelDelta is the lines a wheel event scrolls: down positive.
func wheelDelta(b tea.MouseButton) int {
	switch b {
	case tea.MouseWheelDown:
		return wheelLines
	case tea.MouseWheelUp:
		return -wheelLines
	}
	return 0
}
