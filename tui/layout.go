package tui

const (
	// statusRows is the status bar; helpRows the one-line key help.
	statusRows = 1
	helpRows   = 1
	// separatorWidth is the rule between two panes.
	separatorWidth = 1
	// minWidth and minHeight are the smallest screen the reader draws on:
	// two panes with room for a few words each and a few lines of text.
	minWidth  = 60
	minHeight = 12
)

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

// computeLayout splits a width × height screen between n panes, the
// status bar and the help line. Columns left over when the width does not
// divide evenly go to the leftmost panes, one each.
func computeLayout(width, height, n int) screenLayout {
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
	return screenLayout{paneWidths: widths, paneHeight: height - statusRows - helpRows}
}
