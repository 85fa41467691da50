package diffing

import (
	"cmp"
	"context"
	"math"
	"slices"
	"sync"

	"github.com/parallax-reader/parallax/internal/parallel"
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

// alignPair returns the candidate pairs of articles x and y that the link
// model (see linkmodel.go) gives a probability of at least linkageFloor,
// as links, and the share of passages their backbone holds. The model
// reads each pair in two stages: the evidence of the pair alone gives a
// first probability; the confident pairs give the in-step backbone of the
// two reports (see backbone.go), pairs near the backbone become
// candidates too (see windowPairs), and every pair is read again against
// the backbone. progress, when set, is called with the number of passages
// of both articles whose candidates are known.
func (c *corpus) alignPair(ctx context.Context, x, y int, cfg Config, progress func(int)) ([]link, float64, error) {
	cands, err := c.candidatePairs(ctx, x, y, cfg, progress)
	if err != nil {
		return nil, 0, err
	}
	scores, err := c.firstStage(ctx, cands, cands.pairs)
	if err != nil {
		return nil, 0, err
	}
	bb := newBackbone(cands.pairs, scores, cfg.BackboneScore, cands.fx, cands.fy)
	if near := windowPairs(cands.fx, cands.fy, bb, cands.pairs); len(near) > 0 {
		more, err := c.firstStage(ctx, cands, near)
		if err != nil {
			return nil, 0, err
		}
		cands.pairs = append(cands.pairs, near...)
		scores = append(scores, more...)
	}
	links := make([]link, 0, len(cands.pairs))
	for k, p := range cands.pairs {
		path := bb.place(p)
		prob := sigmoid(scores[k].second + logit(linkWeights2[len(linkWeights1):], path.features(p.score)))
		if prob >= linkageFloor {
			links = append(links, link{a: node{x, int(p.i)}, b: node{y, int(p.j)}, prob: prob})
		}
	}
	return links, bb.share, nil
}

// pairCandidates are the candidate pairs of two articles, in byScore order,
// with each passage's best similarity among them.
type pairCandidates struct {
	fx, fy       *articleFeatures
	pairs        []pair
	bestX, bestY []float64
}

// candidatePairs returns the candidate pairs of articles x and y.
func (c *corpus) candidatePairs(ctx context.Context, x, y int, cfg Config, progress func(int)) (*pairCandidates, error) {
	fx, fy := c.articles[x], c.articles[y]
	candX, err := c.candidates(ctx, fx, fy, cfg, progress)
	if err != nil {
		return nil, err
	}
	candY, err := c.candidates(ctx, fy, fx, cfg, func(n int) {
		if progress != nil {
			progress(len(fx.vecs) + n)
		}
	})
	if err != nil {
		return nil, err
	}
	all := sortedPairs(candX, candY)
	all = slices.CompactFunc(all, func(a, b pair) bool { return a.i == b.i && a.j == b.j })
	cands := &pairCandidates{fx: fx, fy: fy, pairs: all, bestX: make([]float64, len(fx.vecs)), bestY: make([]float64, len(fy.vecs))}
	for _, p := range all {
		cands.bestX[p.i] = max(cands.bestX[p.i], p.score)
		cands.bestY[p.j] = max(cands.bestY[p.j], p.score)
	}
	return cands, nil
}

// stageScore is what the link model makes of a pair before the backbone
// is known: the first stage's probability, and the second stage's
// weighted sum of the same evidence (the backbone's part is added later).
type stageScore struct {
	first, second float64
}

// firstStage scores pairs of cands' articles on their own evidence, in
// parallel chunks, each pair's result in its own place.
func (c *corpus) firstStage(ctx context.Context, cands *pairCandidates, pairs []pair) ([]stageScore, error) {
	out := make([]stageScore, len(pairs))
	err := parallel.Chunks(ctx, len(pairs), evidenceChunk, func(_, lo, hi int) {
		for k := lo; k < hi; k++ {
			e := c.pairEvidence(cands.fx, cands.fy, pairs[k], cands.bestX, cands.bestY)
			f := e.features()
			out[k] = stageScore{first: sigmoid(logit(linkWeights1[:], f)), second: logit(linkWeights2[:], f)}
		}
	}, nil)
	return out, err
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
