package tui

import (
	"sort"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// document is one report prepared for display: what the current alignment
// says about each passage. It does not change once made: a new alignment
// makes a new document, and copies of the model share documents by
// pointer. Its wrapped lines are in the render cache (see renderCache),
// since they do not depend on the alignment.
type document struct {
	index   int // article index
	article *model.Article
	// al is the alignment shown, or nil while the first one is computed.
	al *diffing.Alignment
	// changed[p] are the byte ranges (into the article text) of the words
	// passage p has that its match partners lack; moved[p] those of its
	// words the partners have too, at another place.
	changed, moved [][]span
	// prevMatched[p] is the nearest passage at or before p that is in a
	// match, or -1.
	prevMatched []int
	// passages, matched and unique are the header's counts (noise aside).
	passages, matched, unique int
	// firstProse is the first passage that is not noise, or the number of
	// passages when all are noise.
	firstProse int
}

func newDocument(art *model.Article, index int) *document {
	d := &document{index: index, article: art}
	d.firstProse = len(art.Passages)
	for p, passage := range art.Passages {
		if passage.Kind != model.KindNoise {
			d.passages++
			d.firstProse = min(d.firstProse, p)
		}
	}
	d.unique = d.passages
	return d
}

// withAlignment returns the document showing al.
func (d *document) withAlignment(al *diffing.Alignment) *document {
	n := &document{
		index:       d.index,
		article:     d.article,
		al:          al,
		firstProse:  d.firstProse,
		changed:     make([][]span, len(d.article.Passages)),
		moved:       make([][]span, len(d.article.Passages)),
		prevMatched: make([]int, len(d.article.Passages)),
	}
	for _, m := range al.Matches {
		for _, sp := range m.Diff {
			if sp.Article == d.index {
				p := n.passageAt(sp.Start)
				n.changed[p] = append(n.changed[p], span{sp.Start, sp.End})
			}
		}
		for _, sp := range m.Moved {
			if sp.Article == d.index {
				p := n.passageAt(sp.Start)
				n.moved[p] = append(n.moved[p], span{sp.Start, sp.End})
			}
		}
	}
	n.passages, n.matched, n.unique = al.Counts(d.index)
	last := -1
	for p := range d.article.Passages {
		if al.MatchOf(d.index, p) >= 0 {
			last = p
		}
		n.prevMatched[p] = last
	}
	return n
}

// passageAt returns the passage holding byte offset off.
func (d *document) passageAt(off int) int {
	ps := d.article.Passages
	i := sort.Search(len(ps), func(i int) bool { return ps[i].Start > off })
	return max(0, i-1)
}

// match returns the index of the match holding passage p, or -1 (also
// while nothing is aligned yet).
func (d *document) match(p int) int {
	if d.al == nil {
		return -1
	}
	return d.al.MatchOf(d.index, p)
}

// relation is how passage p relates to the other reports: its match's
// relation, or Unique.
func (d *document) relation(p int) diffing.Relation {
	if m := d.match(p); m >= 0 {
		return d.al.Matches[m].Relation
	}
	return diffing.Unique
}

// isNoise reports whether passage p is page furniture.
func (d *document) isNoise(p int) bool { return d.article.Passages[p].Kind == model.KindNoise }

// isUnique reports whether passage p is prose no other report tells. It
// is false for every passage until the first alignment arrives.
func (d *document) isUnique(p int) bool {
	return d.al != nil && !d.isNoise(p) && d.match(p) < 0
}
