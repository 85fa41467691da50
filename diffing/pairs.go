package diffing

import (
	"cmp"
	"context"
	"math"
	"slices"
	"sync"
)

// pair is a scored candidate pair: passage i of one article and passage j
// of another.
type pair struct {
	i, j  int32
	score float64
}

// byScore orders pairs best first, then by position, so that every choice
// made in score order is deterministic.
func byScore(a, b pair) int {
	switch { // scores are never NaN, which cmp.Compare would have to check
	case a.score > b.score:
		return -1
	case a.score < b.score:
		return 1
	}
	if a.i != b.i {
		return cmp.Compare(a.i, b.i)
	}
	return cmp.Compare(a.j, b.j)
}

// alignPair returns the candidate links between the prose passages of
// articles x and y with the link model's probability (see linkmodel.go),
// those of at least linkageFloor,
// and the share of passages their backbone holds,
// in two stages: the evidence of each candidate pair alone gives a first
// probability; the confident pairs give the in-step backbone of the two
// reports (see backbone.go), pairs near the backbone become candidates too
// (see windowPairs), and every pair is read again against the backbone. progress, when set, is called with the number of
// passages of both articles whose candidates are known.
func (c *corpus) alignPair(ctx context.Context, x, y int, cfg Config, progress func(int)) ([]link, float64, error) {
	all, ev, err := c.candidatePairs(ctx, x, y, cfg, progress)
	if err != nil {
		return nil, 0, err
	}
	all, ev, share := c.readAgainstBackbone(x, y, all, ev, cfg)
	links := make([]link, 0, len(all))
	for k, p := range all {
		if prob := ev[k].probability(2); prob >= linkageFloor {
			links = append(links, link{a: node{x, int(p.i)}, b: node{y, int(p.j)}, prob: prob})
		}
	}
	return links, share, nil
}

// candidatePairs returns the candidate pairs of articles x and y, in
// byScore order, with their evidence for the first stage.
func (c *corpus) candidatePairs(ctx context.Context, x, y int, cfg Config, progress func(int)) ([]pair, []evidence, error) {
	fx, fy := c.articles[x], c.articles[y]
	candX, err := c.candidates(ctx, fx, fy, cfg, progress)
	if err != nil {
		return nil, nil, err
	}
	candY, err := c.candidates(ctx, fy, fx, cfg, func(n int) {
		if progress != nil {
			progress(len(fx.vecs) + n)
		}
	})
	if err != nil {
		return nil, nil, err
	}
	all := sortedPairs(candX, candY)
	all = slices.CompactFunc(all, func(a, b pair) bool { return a.i == b.i && a.j == b.j })
	bestX := make([]float64, len(fx.vecs))
	bestY := make([]float64, len(fy.vecs))
	for _, p := range all {
		bestX[p.i] = max(bestX[p.i], p.score)
		bestY[p.j] = max(bestY[p.j], p.score)
	}
	ev := make([]evidence, len(all))
	for k, p := range all {
		ev[k] = c.pairEvidence(fx, fy, p, bestX, bestY)
	}
	return all, ev, nil
}

// readAgainstBackbone finds the backbone of articles x and y among their
// candidate pairs, adds the pairs near it (see windowPairs) and sets every
// pair's path evidence for the second stage. It returns the pairs, their
// evidence and the share of passages the backbone holds.
func (c *corpus) readAgainstBackbone(x, y int, all []pair, ev []evidence, cfg Config) ([]pair, []evidence, float64) {
	fx, fy := c.articles[x], c.articles[y]
	first := make([]float64, len(all))
	for k := range all {
		first[k] = ev[k].probability(1)
	}
	bb := newBackbone(all, first, cfg.BackboneScore, len(fx.vecs), len(fy.vecs), countTrue(fx.prose), countTrue(fy.prose))
	if near := windowPairs(fx, fy, bb, all); len(near) > 0 {
		bestX := make([]float64, len(fx.vecs))
		bestY := make([]float64, len(fy.vecs))
		for _, p := range all {
			bestX[p.i] = max(bestX[p.i], p.score)
			bestY[p.j] = max(bestY[p.j], p.score)
		}
		for _, p := range near {
			all = append(all, p)
			ev = append(ev, c.pairEvidence(fx, fy, p, bestX, bestY))
		}
	}
	for k, p := range all {
		bb.place(&ev[k], p)
	}
	return all, ev, bb.share
}

func countTrue(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// sortedPairs returns the candidates of both directions (candY's with i
// and j exchanged) in byScore order, a pair found in both directions
// twice. The two directions are sorted on two goroutines and merged:
// byScore is a total order, so the result is the one sorting all of them
// together gives.
func sortedPairs(candX, candY [][]pair) []pair {
	var fromX, fromY []pair
	var wg sync.WaitGroup
	wg.Go(func() {
		for _, list := range candX {
			fromX = append(fromX, list...)
		}
		slices.SortFunc(fromX, byScore)
	})
	for _, list := range candY {
		for _, p := range list {
			fromY = append(fromY, pair{p.j, p.i, p.score})
		}
	}
	slices.SortFunc(fromY, byScore)
	wg.Wait()
	all := make([]pair, 0, len(fromX)+len(fromY))
	for len(fromX) > 0 && len(fromY) > 0 {
		if byScore(fromY[0], fromX[0]) < 0 {
			all, fromY = append(all, fromY[0]), fromY[1:]
		} else {
			all, fromX = append(all, fromX[0]), fromX[1:]
		}
	}
	return append(append(all, fromX...), fromY...)
}

// window is how many passages on each side of where the backbone expects
// a passage's partner windowPairs proposes.
const window = 2

// minInStep is the share of passages a backbone must hold for windowPairs
// to read the reports as told in the same order.
const minInStep = 0.3

// windowPairs returns the pairs near the backbone that are not candidates
// yet: for each prose passage of x, the passages of y within window of
// where the backbone expects its partner, when the reports run in step.
// The backbone vouches for their order, as the anchors of Gale and
// Church's alignment of translations (1993) do: a loosely translated verse
// between two aligned ones is found although its words alone would not be
// enough, and of a line repeated word for word all through a long text
// (a formula, a refrain) the copy in its place is weighed even when the
// candidate search, which keeps a passage's few best partners, kept other
// copies. known holds the candidates.
func windowPairs(fx, fy *articleFeatures, bb *backbone, known []pair) []pair {
	if bb.share < minInStep {
		return nil
	}
	isKnown := make(map[[2]int32]bool, len(known))
	for _, p := range known {
		isKnown[[2]int32{p.i, p.j}] = true
	}
	var out []pair
	for i, prose := range fx.prose {
		if !prose {
			continue
		}
		at := int32(math.Round(bb.expected[i]))
		for j := max(0, at-window); j <= at+window && int(j) < len(fy.prose); j++ {
			if fy.prose[j] && !isKnown[[2]int32{int32(i), j}] {
				if s := dot(fx.vecs[i], fy.vecs[j]); s > 0 {
					out = append(out, pair{int32(i), j, s})
				}
			}
		}
	}
	return out
}

func filled(n int, v int32) []int32 {
	s := make([]int32, n)
	for i := range s {
		s[i] = v
	}
	return s
}
