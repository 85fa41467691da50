package tui

import (
	"github.com/parallax-reader/parallax/diffing"
)

// The overview is a one-cell column beside a pane that maps the whole
// report onto the pane's height, like a scrollbar with marks: each row
// shows what most of the passages it stands for are (identical, reworded,
// related, unique, noise), and the rows standing for what is on screen
// are drawn reversed.

// mark is what an overview row stands for. Higher values win ties.
type mark uint8

const (
	markNone mark = iota
	markNoise
	markIdentical
	markPossible
	markRelated
	markReworded
	markUnique
)

// markOf is how passage p shows in the overview.
func (d *document) markOf(p int) mark {
	switch {
	case d.isNoise(p):
		return markNoise
	case d.al == nil:
		return markNone
	}
	return relationMark(d.relation(p))
}

func relationMark(r diffing.Relation) mark {
	switch r {
	case diffing.Identical:
		return markIdentical
	case diffing.Reworded:
		return markReworded
	case diffing.Related:
		return markRelated
	case diffing.Possible:
		return markPossible
	}
	return markUnique
}

// summarise maps n items onto height rows and gives each row the mark
// most of its items have (see overviewRange).
func summarise(n int, markOf func(int) mark, height int) []mark {
	marks := make([]mark, height)
	if n == 0 {
		return marks
	}
	for i := range marks {
		var counts [markUnique + 1]int
		lo, hi := overviewRange(i, n, height)
		for j := lo; j < hi; j++ {
			counts[markOf(j)]++
		}
		best := markNone
		for k := markNoise; k <= markUnique; k++ {
			if counts[k] > 0 && counts[k] >= counts[best] {
				best = k
			}
		}
		marks[i] = best
	}
	return marks
}

// overviewRange is the items [lo, hi) of n that row i of height stands
// for: a share of them when they outnumber the rows, otherwise the one
// item at that height.
func overviewRange(i, n, height int) (lo, hi int) {
	lo = i * n / height
	return lo, max(lo+1, (i+1)*n/height)
}
