package diffing

import (
	"cmp"
	"context"
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

// alignPair returns the links between the prose passages of articles x and
// y, in four passes over the candidate pairs (see the package
// documentation): a one-to-one assignment, gaps between links in step,
// splits and merges, then facts told more than once. progress, when set,
// is called with the number of passages of both articles whose candidates
// are known.
func (c *corpus) alignPair(ctx context.Context, x, y int, cfg Config, progress func(int)) ([]pair, error) {
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

	// One-to-one: the best pairs first, each passage taken once (a greedy
	// maximum-weight matching, within a factor of two of the optimum).
	partnerX := filled(len(fx.vecs), -1)
	partnerY := filled(len(fy.vecs), -1)
	var links []pair
	for _, p := range all {
		if partnerX[p.i] < 0 && partnerY[p.j] < 0 {
			partnerX[p.i], partnerY[p.j] = p.j, p.i
			links = append(links, p)
		}
	}
	links = append(links, fillGaps(fx, fy, partnerX, partnerY, cfg)...)
	splits := joinNeighbours(fx, fy, links, partnerX, partnerY, cfg, false)
	splits = append(splits, joinNeighbours(fy, fx, swapped(links), partnerY, partnerX, cfg, true)...)
	links = append(links, c.repeats(fx, fy, all, links, splits, partnerX, partnerY, cfg)...)
	return append(links, splits...), nil
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

// maxGap is the longest run of passages fillGaps aligns between anchors.
const maxGap = 8

// fillGaps aligns, in order, the passages between two one-to-one links
// that are in step: when passages i0 and i1 of x are linked to j0 and j1
// of y, with as many passages between them on each side and none of those
// linked, the k-th passage after i0 pairs with the k-th after j0 when their
// similarity reaches cfg.GapRatio·cfg.MinScore. The anchors
// vouch for the order, as in Gale and Church's alignment of translations
// (1993); a loosely translated verse between two aligned ones is found
// although its words alone would not be enough. It marks the partners it
// links.
func fillGaps(fx, fy *articleFeatures, partnerX, partnerY []int32, cfg Config) []pair {
	if cfg.GapRatio <= 0 || cfg.GapRatio >= 1 {
		return nil
	}
	floor := cfg.GapRatio * cfg.MinScore
	var out []pair
	prev := int32(-1)
	for i := range partnerX {
		i1 := int32(i)
		j1 := partnerX[i1]
		if j1 < 0 {
			continue
		}
		i0 := prev
		prev = i1
		if i0 < 0 {
			continue
		}
		j0 := partnerX[i0]
		gap := i1 - i0
		if gap < 2 || gap > maxGap || j1-j0 != gap {
			continue
		}
		free := true
		for j := j0 + 1; j < j1; j++ {
			free = free && partnerY[j] < 0
		}
		if !free {
			continue
		}
		for k := int32(1); k < gap; k++ {
			a, b := i0+k, j0+k
			if !fx.prose[a] || !fy.prose[b] {
				continue
			}
			if s := dot(fx.vecs[a], fy.vecs[b]); s >= floor {
				partnerX[a], partnerY[b] = b, a
				out = append(out, pair{a, b, s})
			}
		}
	}
	return out
}

// swapped returns links with the two articles exchanged.
func swapped(links []pair) []pair {
	out := make([]pair, len(links))
	for k, l := range links {
		out[k] = pair{l.j, l.i, l.score}
	}
	return out
}

// joinNeighbours extends one-to-one links to splits and merges: a passage
// of `to` next to a linked one, itself unlinked, joins the link when the
// two read together are closer to the partner than the linked passage
// alone, and it has a similarity of at least cfg.SplitScore with the
// partner by itself (one report telling in two sentences what the other
// tells in one, or a quotation split around "he said"). It walks outwards
// on both sides, so a sentence may absorb several. partnerTo marks the
// passages it joins. When swap is set, from is the second article and the
// links are returned with i and j exchanged.
func joinNeighbours(from, to *articleFeatures, links []pair, partnerFrom, partnerTo []int32, cfg Config, swap bool) []pair {
	var out []pair
	for _, l := range links {
		if partnerFrom[l.i] != l.j || partnerTo[l.j] != l.i {
			continue
		}
		vi := from.vecs[l.i]
		joined := to.vecs[l.j]
		score := dot(vi, joined)
		for _, step := range []int32{-1, 1} {
			for n := l.j + step; n >= 0 && int(n) < len(to.vecs) && partnerTo[n] < 0 && to.prose[n]; n += step {
				own := dot(vi, to.vecs[n])
				if own < cfg.SplitScore {
					break // most neighbours: no need to read the two together
				}
				together := sum(joined, to.vecs[n])
				if dot(vi, together) <= score {
					break
				}
				partnerTo[n] = l.i
				joined, score = together, dot(vi, together)
				p := pair{l.i, n, own}
				if swap {
					p.i, p.j = p.j, p.i
				}
				out = append(out, p)
			}
		}
	}
	return out
}

// repeats links passages that tell a fact again: a pair that is not yet
// linked joins the matches of its passages when it is nearly as similar as
// each passage's best pair (cfg.RepeatRatio) and the joined match stays
// coherent: every passage of one side has a similarity of at least
// cfg.RepeatLinkage with every passage of the other (complete linkage), so
// repeats never chain unrelated passages together. A passage whose partner
// continues a run of both reports in step is explained by order, and a
// repeat of it must be in step too: this keeps the formulaic lines of long
// texts ("And the LORD spake unto Moses, saying") with their own verse.
func (c *corpus) repeats(fx, fy *articleFeatures, all, links, splits []pair, partnerX, partnerY []int32, cfg Config) []pair {
	if cfg.RepeatRatio > 1 {
		return nil
	}
	bestX := make([]float64, len(fx.vecs))
	bestY := make([]float64, len(fy.vecs))
	for _, p := range all {
		bestX[p.i] = max(bestX[p.i], p.score)
		bestY[p.j] = max(bestY[p.j], p.score)
	}
	inStep := func(i, j int32) bool {
		before := i > 0 && j > 0 && partnerX[i-1] == j-1
		after := int(i)+1 < len(partnerX) && int(j)+1 < len(partnerY) && partnerX[i+1] == j+1
		return before || after
	}
	g := newGroups(len(fx.vecs), len(fy.vecs))
	for _, l := range links {
		g.join(l)
	}
	for _, l := range splits {
		g.join(l)
	}
	var out []pair
	for _, p := range all {
		if p.score < cfg.MinScore || p.score < cfg.RepeatRatio*bestX[p.i] || p.score < cfg.RepeatRatio*bestY[p.j] {
			continue
		}
		if g.together(p) {
			continue
		}
		if px := partnerX[p.i]; px >= 0 && px != p.j && inStep(p.i, px) && !inStep(p.i, p.j) {
			continue
		}
		if py := partnerY[p.j]; py >= 0 && py != p.i && inStep(py, p.j) && !inStep(p.i, p.j) {
			continue
		}
		xs, ys := g.joined(p)
		if len(xs) > cfg.MaxGroup || len(ys) > cfg.MaxGroup || !coherent(fx, fy, xs, ys, cfg.RepeatLinkage) {
			continue
		}
		g.join(p)
		out = append(out, p)
	}
	return out
}

// coherent reports whether every passage of xs has a similarity of at
// least floor with every passage of ys.
func coherent(fx, fy *articleFeatures, xs, ys []int32, floor float64) bool {
	for _, a := range xs {
		for _, b := range ys {
			if dot(fx.vecs[a], fy.vecs[b]) < floor {
				return false
			}
		}
	}
	return true
}

// groups tracks which passages of two articles are linked into one match.
type groups struct {
	ofX, ofY []int32      // passage → group, or -1
	members  [][2][]int32 // group → its passages in each article
}

func newGroups(nx, ny int) *groups {
	return &groups{ofX: filled(nx, -1), ofY: filled(ny, -1)}
}

// together reports whether the passages of p are already in one group.
func (g *groups) together(p pair) bool {
	return g.ofX[p.i] >= 0 && g.ofX[p.i] == g.ofY[p.j]
}

// joined returns the passages of the group that linking p would make.
func (g *groups) joined(p pair) (xs, ys []int32) {
	if gi := g.ofX[p.i]; gi >= 0 {
		xs, ys = append(xs, g.members[gi][0]...), append(ys, g.members[gi][1]...)
	} else {
		xs = append(xs, p.i)
	}
	if gj := g.ofY[p.j]; gj >= 0 && gj != g.ofX[p.i] {
		xs, ys = append(xs, g.members[gj][0]...), append(ys, g.members[gj][1]...)
	} else if gj < 0 {
		ys = append(ys, p.j)
	}
	return xs, ys
}

// join links the passages of p, merging their groups.
func (g *groups) join(p pair) {
	xs, ys := g.joined(p)
	id := int32(len(g.members))
	g.members = append(g.members, [2][]int32{xs, ys})
	for _, a := range xs {
		g.ofX[a] = id
	}
	for _, b := range ys {
		g.ofY[b] = id
	}
}

func filled(n int, v int32) []int32 {
	s := make([]int32, n)
	for i := range s {
		s[i] = v
	}
	return s
}
