package diffing

import (
	"cmp"
	"math"
	"slices"
)

// backbone is the in-step order of two reports: the chain of confident
// candidate pairs, increasing in both reports, with the greatest total
// probability. Where two reports run in step (translations, edited copies,
// long texts cut the same way) it holds most of their passages and tells
// where each passage's partner should lie; where a report was reordered it
// is short and says little. This is the idea of the length- and
// anchor-based aligners of translations (Gale and Church 1993; Bleualign,
// Sennrich and Volk 2010; Vecalign, Thompson and Koehn 2019): find the
// monotone path first, then read every pair against it.
type backbone struct {
	// expected[i] is where passage i of the first report would have its
	// partner in the second, read off the chain by linear interpolation
	// between the anchors around it.
	expected []float64
	// chain is the number of pairs on the backbone.
	chain int
	// partnerX and partnerY give each passage's partner on the chain, or -1.
	partnerX, partnerY []int32
	// share is the share of the shorter report's passages the chain holds.
	share float64
	// ny is the number of passages of the second report.
	ny int
}

// newBackbone finds the backbone of articles fx and fy among the pairs
// whose first-stage probability reaches floor: a heaviest increasing
// chain, found as a longest increasing subsequence weighted by
// probability, in O(K log K) for K pairs with a Fenwick tree of prefix
// maxima over the second article's passages.
func newBackbone(pairs []pair, scores []stageScore, floor float64, fx, fy *articleFeatures) *backbone {
	nx, ny := len(fx.vecs), len(fy.vecs)
	type cell struct {
		i, j int32
		p    float64
	}
	var cells []cell
	for k, p := range pairs {
		if scores[k].first >= floor {
			cells = append(cells, cell{p.i, p.j, scores[k].first})
		}
	}
	// By passage of the first report, and within one passage from the last
	// partner to the first, so that two pairs of one passage never chain.
	slices.SortFunc(cells, func(a, b cell) int {
		if a.i != b.i {
			return cmp.Compare(a.i, b.i)
		}
		return cmp.Compare(b.j, a.j)
	})
	best := make([]float64, len(cells))
	prev := make([]int32, len(cells))
	tree := newMaxTree(ny)
	for k, c := range cells {
		before, from := tree.prefixMax(int(c.j)) // chains ending before passage j
		best[k], prev[k] = before+c.p, from
		tree.update(int(c.j)+1, best[k], int32(k))
	}
	end := int32(-1)
	for k := range cells {
		if end < 0 || best[k] > best[end] {
			end = int32(k)
		}
	}
	var chain []cell
	for k := end; k >= 0; k = prev[k] {
		chain = append(chain, cells[k])
	}
	slices.Reverse(chain)

	b := &backbone{expected: make([]float64, nx), chain: len(chain), ny: ny,
		partnerX: filled(nx, -1), partnerY: filled(ny, -1)}
	for _, c := range chain {
		b.partnerX[c.i], b.partnerY[c.j] = c.j, c.i
	}
	if shorter := min(countTrue(fx.prose), countTrue(fy.prose)); shorter > 0 {
		b.share = float64(len(chain)) / float64(shorter)
	}

	ratio := float64(ny) / float64(max(nx, 1))
	if len(chain) == 0 {
		for i := range b.expected {
			b.expected[i] = float64(i) * ratio
		}
		return b
	}
	next := 0 // the first anchor at or after i
	for i := range b.expected {
		for next < len(chain) && int(chain[next].i) < i {
			next++
		}
		switch {
		case next == len(chain): // after the last anchor: in step with it
			last := chain[len(chain)-1]
			b.expected[i] = float64(last.j) + float64(i-int(last.i))*ratio
		case int(chain[next].i) == i || next == 0:
			b.expected[i] = float64(chain[next].j) - float64(int(chain[next].i)-i)*ratio
		default:
			lo, hi := chain[next-1], chain[next]
			t := float64(i-int(lo.i)) / float64(hi.i-lo.i)
			b.expected[i] = float64(lo.j) + t*float64(hi.j-lo.j)
		}
	}
	return b
}

// place returns what the backbone says of pair p.
func (b *backbone) place(p pair) pathEvidence {
	away := math.Abs(float64(p.j) - b.expected[p.i])
	e := pathEvidence{
		offPath: math.Min(1, away/float64(max(b.ny, 1))),
		near:    max(0, 1-away/2),
		inStep:  b.share,
	}
	px, py := b.partnerX[p.i], b.partnerY[p.j]
	switch {
	case px == p.j:
		e.onPath = 1
	case px >= 0 && abs32(px-p.j) > 1 || py >= 0 && abs32(py-p.i) > 1:
		// Next to its passage's partner, a passage may be the other half
		// of a sentence told as two: only a pair farther off competes.
		e.rival = 1
	}
	return e
}

// maxTree is a Fenwick tree of prefix maxima, each with the index of the
// item that reached it (the first one, on ties).
type maxTree struct {
	best []float64
	from []int32
}

func newMaxTree(n int) *maxTree {
	t := &maxTree{best: make([]float64, n+1), from: make([]int32, n+1)}
	for k := range t.from {
		t.from[k] = -1
	}
	return t
}

// prefixMax returns the largest value set at positions 1..n and its item,
// or 0 and -1.
func (t *maxTree) prefixMax(n int) (float64, int32) {
	best, from := 0.0, int32(-1)
	for ; n > 0; n -= n & -n {
		if t.best[n] > best || t.best[n] == best && t.from[n] >= 0 && (from < 0 || t.from[n] < from) {
			best, from = t.best[n], t.from[n]
		}
	}
	return best, from
}

// update raises position n (1-based) to v, reached by item.
func (t *maxTree) update(n int, v float64, item int32) {
	for ; n < len(t.best); n += n & -n {
		if v > t.best[n] {
			t.best[n], t.from[n] = v, item
		}
	}
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}
