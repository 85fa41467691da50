package tui

import (
	"slices"
	"strconv"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/tui/cells"
)

// desk is what the views of the reports share: the reports and the
// alignment shown, which reports are on screen and where, what is shown
// of them and how, the search, and the status bar's passing notice. The
// root model owns it and lends it to the view it routes a message to. It
// is copied once, at the top of Update (see clone), so that a Model
// stays a value: the copy Update returns never shares a slice it changes
// with the Model it was called on.
type desk struct {
	articles []*model.Article
	docs     []*document // one per article, showing the alignment
	// al is the alignment shown, or nil until the first arrives.
	al *diffing.Alignment

	layout Layout // how the panes are arranged (the screen's width decides auto)
	order  []int  // articles in the order panes show them
	shown  []int  // articles shown, left to right
	focus  int    // article with the focus
	zoomed bool   // only the focused pane is shown

	width, height int
	lay           screenLayout

	diffsOnly bool // fold identical passages to one line each
	hideNoise bool
	overview  bool // the overview column beside each pane
	legend    bool // the one-line legend above the status bar

	styles  *Styles // rebuilt, never changed, when the background changes
	isDark  bool
	noColor bool         // the terminal shows no colour: mark with text instead
	cells   cells.Method // how the terminal counts cells (see package cells)

	search searchState
	// marked are the words of the item last gone to from an analysis
	// view, per article, sorted: drawn like search hits until esc.
	marked [][]span
	notice string // a passing message for the status bar

	cache *renderCache
}

// clone copies the slices the desk changes in place, so that changes to
// the copy leave the original as it was.
func (d desk) clone() desk {
	d.docs = slices.Clone(d.docs)
	d.order = slices.Clone(d.order)
	if !d.zoomed {
		d.shown = d.order[:len(d.shown)]
	}
	return d
}

// setArticles shows articles, in their order, with nothing aligned yet.
func (d *desk) setArticles(articles []*model.Article) {
	d.articles = articles
	d.docs = make([]*document, len(articles))
	d.order = make([]int, len(articles))
	for i, art := range articles {
		d.docs[i] = newDocument(art, i)
		d.order[i] = i
	}
	d.relayout()
}

// setAlignment shows al in every report.
func (d *desk) setAlignment(al *diffing.Alignment) {
	d.al = al
	for i, doc := range d.docs {
		d.docs[i] = doc.withAlignment(al)
	}
}

// ready reports whether there are panes to act on.
func (d *desk) ready() bool { return len(d.docs) > 0 && !d.lay.tooSmall && d.width > 0 }

// relayout fits the panes to the screen: how many are shown, which, and
// how wide. The focused report always stays on screen.
func (d *desk) relayout() {
	stacked := d.layout.stacks(d.width)
	if len(d.docs) == 0 {
		d.lay = computeLayout(d.width, d.height, 1, d.legendRows(), stacked)
		return
	}
	n := paneCount(d.width, len(d.order))
	if stacked {
		n = stackedPaneCount(d.height-statusRows-helpRows-d.legendRows(), len(d.order))
	}
	if d.zoomed {
		n = 1
	}
	if slot := d.slotOf(d.focus); slot >= n && !d.zoomed {
		// Bring the focused report into the last slot shown.
		d.order[slot], d.order[n-1] = d.order[n-1], d.order[slot]
	}
	d.shown = d.order[:n]
	if d.zoomed {
		d.shown = []int{d.focus}
	}
	d.lay = computeLayout(d.width, d.height, len(d.shown), d.legendRows(), stacked)
}

// legendRows is the row the one-line legend takes when it is shown.
func (d *desk) legendRows() int {
	if d.legend {
		return legendRows
	}
	return 0
}

// slotOf returns where report r is in the order of panes.
func (d *desk) slotOf(r int) int { return slices.Index(d.order, r) }

// shownSlot is where report r is among the shown ones, or -1.
func (d *desk) shownSlot(r int) int { return slices.Index(d.shown, r) }

// paneWidth is the width of report r's pane, or 0 when it is not shown.
func (d *desk) paneWidth(r int) int {
	if d.lay.tooSmall {
		return 0
	}
	if s := d.shownSlot(r); s >= 0 {
		return d.lay.paneWidths[s]
	}
	return 0
}

// focusOn moves the focus to report r, showing it.
func (d *desk) focusOn(r int) {
	d.focus = r
	d.relayout()
}

// gutterDigits is how many cells the gutter gives match numbers: enough
// for the most matches the reports can have, and at least 3.
func (d *desk) gutterDigits() int {
	most := 0
	for _, doc := range d.docs {
		most += doc.passages
	}
	return max(3, len(strconv.Itoa(most/2)))
}

// gutterWidth is the match number, a relation glyph, a bar and a space.
func (d *desk) gutterWidth() int { return d.gutterDigits() + 3 }

// overviewCols is the width the overview column takes from a pane.
func (d *desk) overviewCols() int {
	if d.overview {
		return overviewWidth
	}
	return 0
}

// textWidth is the room for text in a pane width columns wide.
func (d *desk) textWidth(width int) int {
	return max(1, width-d.gutterWidth()-rightMargin-d.overviewCols())
}

// flow returns report r's reading layout at its pane's width.
func (d *desk) flow(r int) flow {
	return flow{doc: d.docs[r], cache: d.cache, cells: d.cells, width: d.textWidth(d.paneWidth(r)),
		fold: d.diffsOnly, hideNoise: d.hideNoise}
}

// say puts a passing notice in the status bar.
func (d *desk) say(notice string) { d.notice = notice }
