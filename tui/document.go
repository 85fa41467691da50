package tui

import (
	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// maxCachedWidths bounds how many widths a document keeps wrapped lines
// for; a resize storm cannot make the cache grow without bound.
const maxCachedWidths = 4

// document is one article prepared for display: which match each passage
// belongs to, which of its words differ from the match partners, and its
// lines wrapped at the widths it has been shown at. It is shared by pointer
// so that copies of the model share one cache.
type document struct {
	al      *diffing.Alignment
	index   int // article index in the alignment
	article *model.Article
	// changed[p] are the byte ranges (into the article text) of the words
	// passage p has that its match partners lack.
	changed [][]span
	// prevMatched[p] is the nearest passage at or before p that is in a
	// match, or -1.
	prevMatched []int
	layouts     map[int]*layout
}

// layout is a document wrapped at one width.
type layout struct {
	lines []line
	// first[p] is the index in lines of passage p's first line.
	first []int
}

// line is one display line: part of a passage, or the blank line between
// paragraphs.
type line struct {
	passage    int // -1 for a blank line
	start, end int // byte range in the article text
	first      bool
}

func newDocument(al *diffing.Alignment, index int) *document {
	art := al.Articles[index]
	d := &document{
		al:          al,
		index:       index,
		article:     art,
		changed:     make([][]span, len(art.Passages)),
		prevMatched: make([]int, len(art.Passages)),
		layouts:     map[int]*layout{},
	}
	for _, m := range al.Matches {
		for _, sp := range m.Diff {
			if sp.Article != index {
				continue
			}
			p := d.passageAt(sp.Start)
			d.changed[p] = append(d.changed[p], span{sp.Start, sp.End})
		}
	}
	last := -1
	for p := range art.Passages {
		if al.MatchOf(index, p) >= 0 {
			last = p
		}
		d.prevMatched[p] = last
	}
	return d
}

// passageAt returns the passage holding byte offset off.
func (d *document) passageAt(off int) int {
	ps := d.article.Passages
	lo, hi := 0, len(ps)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ps[mid].Start <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// match returns the index of the match holding passage p, or -1.
func (d *document) match(p int) int { return d.al.MatchOf(d.index, p) }

// layout returns the document wrapped to width columns of text, from the
// cache when it has been wrapped at that width before.
func (d *document) layout(width int) *layout {
	if l, ok := d.layouts[width]; ok {
		return l
	}
	if len(d.layouts) >= maxCachedWidths {
		clear(d.layouts)
	}
	l := &layout{first: make([]int, len(d.article.Passages))}
	for k, para := range d.article.Paragraphs {
		if k > 0 {
			l.lines = append(l.lines, line{passage: -1})
		}
		for p := para.First; p < para.Last; p++ {
			passage := d.article.Passages[p]
			l.first[p] = len(l.lines)
			spans := wrap(passage.Text, width)
			if len(spans) == 0 {
				spans = []span{{0, 0}} // every passage keeps a line to point at
			}
			for n, s := range spans {
				l.lines = append(l.lines, line{passage: p, start: passage.Start + s.start, end: passage.Start + s.end, first: n == 0})
			}
		}
	}
	d.layouts[width] = l
	return l
}
