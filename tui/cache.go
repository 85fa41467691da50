package tui

import (
	"github.com/parallax-reader/parallax/aligned"
	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/tui/cells"
)

// maxCachedWidths bounds how many widths each report keeps wrapped, and
// maxCachedColumns how many overview columns (a report or column at a
// height) are kept: a resize storm cannot make the cache grow without
// bound.
const (
	maxCachedWidths  = 4
	maxCachedColumns = 64
)

// renderCache keeps what drawing a frame computes that the next frames
// can use again: the wrapped lines of each passage, the overview columns,
// and the laid-out entries of the analysis views. Nothing else in the
// model is written while drawing.
//
// Every copy of a Model shares one cache, by pointer, and only the UI
// goroutine touches it (Update and View both run there). An entry is
// keyed by everything it is computed from, so a copy of the model never
// finds an entry made for another state, only one it would have made
// itself; that is what makes sharing it safe. Entries made for an
// alignment, aligned rows or an analysis are dropped when one of another
// is drawn: at a million words each of those takes tens of megabytes,
// which a key holding it would keep from the collector.
type renderCache struct {
	// wraps[article][key][p] are the byte ranges of passage p's lines,
	// nil until first needed.
	wraps map[*model.Article]map[wrapKey][][]span
	// overviews are each report's overview column of alignment al, per
	// height.
	overviews map[overviewKey][]mark
	al        *diffing.Alignment
	// rowMarks are each column's overview of the aligned view's rows,
	// per height.
	rowMarks map[rowMarksKey][]mark
	rows     *aligned.Rows
	// sheets are the entries of the analysis views of analysis sh laid
	// out, per sheet.
	sheets map[*sheet]*sheetLayout
	sh     *sheets
}

func newRenderCache() *renderCache {
	return &renderCache{
		wraps:     map[*model.Article]map[wrapKey][][]span{},
		overviews: map[overviewKey][]mark{},
		rowMarks:  map[rowMarksKey][]mark{},
		sheets:    map[*sheet]*sheetLayout{},
	}
}

// wrapKey is what a passage's lines depend on besides its text.
type wrapKey struct {
	cells cells.Method
	width int
}

// lines returns the byte ranges (into the article text) of passage p's
// lines at width columns as cm prints them, wrapping it on first use.
// Every passage has at least one line, so that it can be pointed at.
func (c *renderCache) lines(art *model.Article, cm cells.Method, width, p int) []span {
	byKey := c.wraps[art]
	if byKey == nil {
		byKey = map[wrapKey][][]span{}
		c.wraps[art] = byKey
	}
	key := wrapKey{cm, width}
	byPassage, ok := byKey[key]
	if !ok {
		if len(byKey) >= maxCachedWidths {
			clear(byKey)
		}
		byPassage = make([][]span, len(art.Passages))
		byKey[key] = byPassage
	}
	if byPassage[p] == nil {
		passage := art.Passages[p]
		spans := wrap(passage.Text, width, cm)
		if len(spans) == 0 {
			spans = []span{{0, 0}}
		}
		for i := range spans {
			spans[i].start += passage.Start
			spans[i].end += passage.Start
		}
		byPassage[p] = spans
	}
	return byPassage[p]
}

// overviewKey names a report's overview of the alignment cached: its
// report and its height.
type overviewKey struct {
	article int
	height  int
}

// overview returns document d's overview at height rows, computed once
// per alignment and height.
func (c *renderCache) overview(d *document, height int) []mark {
	if c.al != d.al {
		clear(c.overviews)
		c.al = d.al
	}
	key := overviewKey{d.index, height}
	if marks, ok := c.overviews[key]; ok {
		return marks
	}
	if len(c.overviews) >= maxCachedColumns {
		clear(c.overviews)
	}
	marks := summarise(len(d.article.Passages), d.markOf, height)
	c.overviews[key] = marks
	return marks
}

// rowMarksKey names an aligned view column's overview of the rows cached.
type rowMarksKey struct {
	column int
	height int
}

// rowOverview returns column c's overview of rows at height rows: the
// marks of d's passages (d is the column's report). With column -1 it is
// the overview of the stacked view, whose rows show every version: the
// mark of a row's first version, a passage of docs[c] (docs per column).
func (c *renderCache) rowOverview(rows *aligned.Rows, docs []*document, column, height int) []mark {
	if c.rows != rows {
		clear(c.rowMarks)
		c.rows = rows
	}
	key := rowMarksKey{column, height}
	if marks, ok := c.rowMarks[key]; ok {
		return marks
	}
	if len(c.rowMarks) >= maxCachedColumns {
		clear(c.rowMarks)
	}
	marks := summarise(len(rows.Rows), func(r int) mark {
		for col, cell := range rows.Rows[r].Cells {
			if (column < 0 || col == column) && len(cell.Passages) > 0 {
				return docs[col].markOf(cell.Passages[0])
			}
		}
		return markNone
	}, height)
	c.rowMarks[key] = marks
	return marks
}

// sheetLayout is a sheet's entries laid out for one layout key.
type sheetLayout struct {
	key   layoutKey
	lines [][]string // per entry, nil until laid out
}

// entryLines returns entry i of sheet s laid out by paint at width cells,
// laying it out on first use.
func (c *renderCache) entryLines(sh *sheets, s *sheet, paint sheetPainter, width, i int) []string {
	if c.sh != sh {
		clear(c.sheets)
		c.sh = sh
	}
	key := layoutKey{width: width, paint: paint}
	l := c.sheets[s]
	if l == nil || l.key != key {
		l = &sheetLayout{key: key, lines: make([][]string, len(s.entries))}
		c.sheets[s] = l
	}
	if l.lines[i] == nil {
		lines := paint.layoutEntry(sh, s.entries[i], width)
		if len(lines) == 0 {
			lines = []string{""}
		}
		l.lines[i] = lines
	}
	return l.lines[i]
}
