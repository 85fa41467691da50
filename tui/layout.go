package tui

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
	// headerRows are the title, source, counts and rule above a pane's text.
	headerRows = 4
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

// screenLayout says where everything goes on a screen of a given size.
type screenLayout struct {
	// tooSmall is set when the screen is below the minimum size; nothing
	// else is then drawn.
	tooSmall bool
	// paneWidths are the widths of the panes, left to right.
	paneWidths []int
	// paneHeight is the height of every pane, header included.
	paneHeight int
}

// computeLayout splits a width × height screen between n panes, extra
// rows under them (the legend line), the status bar and the help line.
// Columns left over when the width does not divide evenly go to the
// leftmost panes, one each.
func computeLayout(width, height, n, extra int) screenLayout {
	if width < minWidth || height < minHeight || n < 1 {
		return screenLayout{tooSmall: true}
	}
	usable := width - separatorWidth*(n-1)
	widths := make([]int, n)
	for i := range widths {
		widths[i] = usable / n
		if i < usable%n {
			widths[i]++
		}
	}
	return screenLayout{paneWidths: widths, paneHeight: height - statusRows - helpRows - extra}
}

// paneAt returns the index of the pane under screen column x, or -1 on a
// separator.
func (l screenLayout) paneAt(x int) int {
	left := 0
	for i, w := range l.paneWidths {
		if x >= left && x < left+w {
			return i
		}
		left += w + separatorWidth
	}
	return -1
}

// bodyHeight is the number of text rows under a pane's header.
func (l screenLayout) bodyHeight() int { return max(0, l.paneHeight-headerRows) }
