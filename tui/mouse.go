package tui

import (
	tea "charm.land/bubbletea/v2"
)

// wheelLines is how far one notch of the mouse wheel scrolls.
const wheelLines = 3

// handleMouse routes a mouse event: the wheel scrolls the match detail
// while it is open; otherwise the view under the pointer takes it (the
// wheel scrolls the pane under the pointer, a left click focuses it and
// selects the passage, row or item under it).
func (m *Model) handleMouse(msg tea.MouseMsg) {
	d := &m.desk
	if !d.ready() || m.help.open || d.search.typing {
		return
	}
	mouse := msg.Mouse()
	if m.detail.open {
		if _, ok := msg.(tea.MouseWheelMsg); ok {
			m.detail.top = max(0, m.detail.top+wheelDelta(mouse.Button))
		}
		return
	}
	if m.view.isSheet() {
		m.sheets.mouse(d, msg)
		return
	}
	if m.view == viewAligned && d.lay.stacked {
		// One column, the width of the screen: the rows of every report.
		if mouse.Y < d.lay.paneHeight {
			m.aligned.mouse(d, msg, -1, mouse.Y-stackedHeaderRows)
		}
		return
	}
	slot, y := d.lay.paneAt(mouse.X, mouse.Y)
	if slot < 0 {
		return
	}
	r := d.shown[slot]
	if m.view == viewAligned {
		m.aligned.mouse(d, msg, r, y)
		return
	}
	m.reading.mouse(d, msg, r, y)
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
