package tui

import (
	"fmt"
	"slices"
)

const (
	// statusRows is the status bar; helpRows the one-line key help;
	// legendRows the one-line legend, when it is shown.
	statusRows = 1
	helpRows   = 1
	legendRows = 1
	// separatorWidth is the rule between two panes.
	separatorWidth = 1
	// minWidth and minHeight are the smallest screen the reader draws on:
	// two panes with room for a few words each and a few lines of text.
	minWidth  = 60
	minHeight = 12
	// readableWidth is the narrowest pane worth adding: with more reports
	// than panes, a pane is added only if every pane stays this wide.
	readableWidth = 40
	// headerRows are the title, source, counts and rule above a pane's text
	// side by side; stackedHeaderRows the one line that names a stacked
	// pane's report (and rules it off from the pane above).
	headerRows        = 4
	stackedHeaderRows = 1
	// stackedBelow is the width under which the automatic layout stacks
	// the panes: below it, two panes side by side have fewer than 50
	// columns each.
	stackedBelow = 100
	// stackedPaneRows are the rows a stacked pane needs to be worth
	// adding: its header and eight lines of text.
	stackedPaneRows = 9
	// rightMargin keeps text off the separator between panes.
	rightMargin = 1
	// overviewWidth is the column mapping the whole report beside a pane.
	overviewWidth = 1
)

// paneCount is how many panes fit a screen width for reports reports:
// two side by side whenever there are two (even on the narrowest screen),
// and more while each stays readableWidth wide.
func paneCount(width, reports int) int {
	fit := (width + separatorWidth) / (readableWidth + separatorWidth)
	return clamp(fit, min(2, reports), reports)
}

// stackedPaneCount is how many stacked panes fit rows rows for reports
// reports: two whenever there are two, and more while each keeps
// stackedPaneRows.
func stackedPaneCount(rows, reports int) int {
	return clamp(rows/stackedPaneRows, min(2, reports), reports)
}

// Layout is how the panes of the reports are arranged.
type Layout int

const (
	// LayoutAuto stacks the panes on screens narrower than stackedBelow
	// columns, and sets them side by side on wider ones.
	LayoutAuto Layout = iota
	// LayoutSide sets the panes side by side.
	LayoutSide
	// LayoutStacked sets the panes one above another, each the width of
	// the screen, as delta's and Meld's unified views do.
	LayoutStacked
)

// String names the layout as ParseLayout reads it.
func (l Layout) String() string {
	switch l {
	case LayoutSide:
		return "side"
	case LayoutStacked:
		return "stacked"
	}
	return "auto"
}

// ParseLayout reads a layout name: auto, side or stacked.
func ParseLayout(s string) (Layout, error) {
	for _, l := range []Layout{LayoutAuto, LayoutSide, LayoutStacked} {
		if s == l.String() {
			return l, nil
		}
	}
	return LayoutAuto, fmt.Errorf("unknown layout %q (want auto, side or stacked)", s)
}

// stacks reports whether the layout stacks the panes on a screen width
// columns wide.
func (l Layout) stacks(width int) bool {
	return l == LayoutStacked || l == LayoutAuto && width < stackedBelow
}

// screenLayout says where everything goes on a screen of a given size.
type screenLayout struct {
	// tooSmall is set when the screen is below the minimum size; nothing
	// else is then drawn.
	tooSmall bool
	// stacked is set when the panes are one above another.
	stacked bool
	// paneWidths are the widths of the panes, left to right (stacked:
	// top to bottom, each the screen's width).
	paneWidths []int
	// paneHeight is the height of every pane side by side, header
	// included; stacked, that of all of them together.
	paneHeight int
	// paneHeights are the heights of stacked panes, top to bottom,
	// header included; nil side by side.
	paneHeights []int
}

// computeLayout splits a width × height screen between n panes, extra
// rows under them (the legend line), the status bar and the help line.
// Side by side, columns left over when the width does not divide evenly
// go to the leftmost panes, one each; stacked, rows left over go to the
// top panes.
func computeLayout(width, height, n, extra int, stacked bool) screenLayout {
	if width < minWidth || height < minHeight || n < 1 {
		return screenLayout{tooSmall: true}
	}
	lay := screenLayout{stacked: stacked, paneHeight: height - statusRows - helpRows - extra}
	if stacked {
		lay.paneWidths = make([]int, n)
		for i := range lay.paneWidths {
			lay.paneWidths[i] = width
		}
		lay.paneHeights = split(lay.paneHeight, n)
		return lay
	}
	lay.paneWidths = split(width-separatorWidth*(n-1), n)
	return lay
}

// split shares total out among n parts, the first parts one more each
// when it does not divide evenly.
func split(total, n int) []int {
	parts := make([]int, n)
	for i := range parts {
		parts[i] = total / n
		if i < total%n {
			parts[i]++
		}
	}
	return parts
}

// paneAt returns the index of the pane under screen cell (x, y), or -1
// on a separator or below the panes, and the row of its text y is at
// (negative on its header).
func (l screenLayout) paneAt(x, y int) (slot, row int) {
	if y >= l.paneHeight {
		return -1, 0
	}
	if l.stacked {
		top := 0
		for i, h := range l.paneHeights {
			if y < top+h {
				return i, y - top - stackedHeaderRows
			}
			top += h
		}
		return -1, 0
	}
	left := 0
	for i, w := range l.paneWidths {
		if x >= left && x < left+w {
			return i, y - headerRows
		}
		left += w + separatorWidth
	}
	return -1, 0
}

// bodyHeight is the number of text rows under a pane's header: stacked,
// those of the shortest pane.
func (l screenLayout) bodyHeight() int {
	if l.stacked {
		return max(0, slices.Min(l.paneHeights)-stackedHeaderRows)
	}
	return max(0, l.paneHeight-headerRows)
}

// headerRows is the number of rows of a pane's header.
func (l screenLayout) headerRows() int {
	if l.stacked {
		return stackedHeaderRows
	}
	return headerRows
}
