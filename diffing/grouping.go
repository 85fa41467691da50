package diffing

import (
	"cmp"
	"slices"
)

// link is a candidate pair of passages of two different articles with the
// link model's probability that they tell the same thing.
type link struct {
	a, b node // a.article < b.article
	prob float64
}

// group is a set of passages of several articles that tell the same thing,
// and the mean probability of its links.
type group struct {
	nodes []node
	prob  float64
}

// byProbability orders links most probable first, then by position, so
// that every choice made in that order is deterministic.
func byProbability(x, y link) int {
	switch {
	case x.prob > y.prob:
		return -1
	case x.prob < y.prob:
		return 1
	}
	if c := compareNodes(x.a, y.a); c != 0 {
		return c
	}
	return compareNodes(x.b, y.b)
}

func compareNodes(x, y node) int {
	if x.article != y.article {
		return cmp.Compare(x.article, y.article)
	}
	return cmp.Compare(x.passage, y.passage)
}

// coherentGroups joins linked passages into groups, most probable links
// first. A link joins the groups of its two passages only if the joined
// group stays coherent: every two of its passages from different articles
// are themselves a link of at least cfg.MinScore (complete linkage), and
// no article has more than cfg.MaxGroup passages in it. So a match is a
// set of passages that tell the same thing pairwise, never a chain of
// links that drifts from one fact to another, and when two links conflict
// the more probable one wins. With two articles a group is a passage and
// its partners (one sentence told as several), or several passages that
// all match each other.
func (c *corpus) coherentGroups(links []link, inStep [][]float64, cfg Config) []group {
	articles := c.articles
	slices.SortFunc(links, byProbability)
	prob := newLinkTable(articles, links)
	groupOf := make([][]int32, len(articles))
	for a, f := range articles {
		groupOf[a] = filled(len(f.prose), -1)
	}
	var members [][]node // group id → its passages; nil once merged away
	nodesOf := func(n node) []node {
		if g := groupOf[n.article][n.passage]; g >= 0 {
			return members[g]
		}
		return []node{n}
	}
	perArticle := make([]int, len(articles))
	for _, l := range links {
		if l.prob < cfg.MinScore {
			break
		}
		ga, gb := groupOf[l.a.article][l.a.passage], groupOf[l.b.article][l.b.passage]
		if ga >= 0 && ga == gb {
			continue
		}
		xs, ys := nodesOf(l.a), nodesOf(l.b)
		if !fits(xs, ys, perArticle, cfg.MaxGroup) || !hasPivot(xs, ys, prob, cfg.MinScore) ||
			!allLinked(xs, ys, prob, linkageFloor) || !adds(xs, ys, articles) {
			continue
		}
		if spans(xs, l) && spans(ys, l) && l.prob < repeatRatio*min(meanProbability(xs, prob), meanProbability(ys, prob)) {
			continue // two matches of their own, not one fact told twice
		}
		joined := append(append(make([]node, 0, len(xs)+len(ys)), xs...), ys...)
		id := int32(len(members))
		members = append(members, joined)
		for _, n := range joined {
			groupOf[n.article][n.passage] = id
		}
		for _, g := range []int32{ga, gb} {
			if g >= 0 {
				members[g] = nil
			}
		}
	}

	for id, nodes := range members {
		if nodes != nil {
			members[id] = joinSplits(nodes, articles, groupOf, cfg)
		}
	}
	c.fillSandwiches(members, groupOf, inStep, cfg)
	var out []group
	for _, nodes := range members {
		if nodes == nil {
			continue
		}
		slices.SortFunc(nodes, compareNodes)
		out = append(out, group{nodes: nodes, prob: meanProbability(nodes, prob)})
	}
	slices.SortFunc(out, func(x, y group) int { return compareNodes(x.nodes[0], y.nodes[0]) })
	return out
}

// repeatRatio is how probable, as a share of the links of two matches, a
// link between them must be for the two to join: a fact told twice in both
// reports links its two tellings nearly as strongly as each telling links
// its partner, where two neighbouring verses of two translations, each
// matched with its own, link each other less.
const repeatRatio = 0.8

// spans reports whether nodes hold passages of both articles of link l.
func spans(nodes []node, l link) bool {
	var a, b bool
	for _, n := range nodes {
		a = a || n.article == l.a.article
		b = b || n.article == l.b.article
	}
	return a && b
}

// meanProbability is the mean probability of the links between passages
// of nodes (a pair that is no link, such as the halves of a split, does
// not count).
func meanProbability(nodes []node, prob *linkTable) float64 {
	var sum float64
	var n int
	for x, u := range nodes {
		for _, v := range nodes[x+1:] {
			if u.article == v.article {
				continue
			}
			if p, ok := prob.lookup(u, v); ok {
				sum += p
				n++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// joinSplits extends a group to the halves of a sentence told as two: a
// passage of another article next to the group's passages there, itself
// in no group, joins when the group has a single passage u of some
// article, the neighbour reaches cfg.SplitScore with u by itself, and the
// group's passages of its article read together come closer to u with it
// than without (one report telling in two sentences what the other tells
// in one, or a quotation split around "he said"). It walks outwards on
// both sides, so a sentence may absorb several, up to cfg.MaxGroup.
// groupOf marks the passages it adds.
func joinSplits(nodes []node, articles []*articleFeatures, groupOf [][]int32, cfg Config) []node {
	count := make([]int, len(articles)) // article → its passages in the group
	single := make([]node, len(articles))
	for _, n := range nodes {
		count[n.article]++
		single[n.article] = n
	}
	id := groupOf[nodes[0].article][nodes[0].passage]
	for a, u := range single {
		if count[a] != 1 {
			continue
		}
		vu := articles[a].vecs[u.passage]
		for b := range articles {
			if b == a || count[b] == 0 {
				continue
			}
			f := articles[b]
			var own []node
			for _, n := range nodes {
				if n.article == b {
					own = append(own, n)
				}
			}
			if len(own) == 0 {
				continue
			}
			vecs := make([]vector, 0, cfg.MaxGroup)
			for _, n := range own {
				vecs = append(vecs, f.vecs[n.passage])
			}
			joined := sum(vecs...)
			score := dot(vu, joined)
			first, last := own[0].passage, own[0].passage
			for _, n := range own {
				first, last = min(first, n.passage), max(last, n.passage)
			}
			for _, step := range []int{-1, 1} {
				start := first
				if step > 0 {
					start = last
				}
				for p := start + step; p >= 0 && p < len(f.prose) && count[b] < cfg.MaxGroup; p += step {
					if !f.prose[p] || groupOf[b][p] >= 0 || !splitOf(vu, f.vecs[p], cfg.SplitScore) {
						break
					}
					together := sum(joined, f.vecs[p])
					if dot(vu, together) <= score {
						break
					}
					joined, score = together, dot(vu, together)
					nodes = append(nodes, node{b, p})
					groupOf[b][p] = id
					count[b]++
				}
			}
		}
	}
	return nodes
}

// fillSandwiches gives a passage left alone between two matches that run
// in step to the one of them it is closer to: when passages p-1 and p+1 of
// an article are in groups whose passages in some other article follow
// one another (or in one group), p, in no group, joins the group whose
// passages in the other articles share more with it, as Gale and Church
// (1993) align a sentence translated as two between two anchors. It needs
// only one informative word in common: the order vouches for the rest.
func (c *corpus) fillSandwiches(members [][]node, groupOf [][]int32, inStep [][]float64, cfg Config) {
	articles := c.articles
	for b, f := range articles {
		for p := 1; p+1 < len(f.prose); p++ {
			if !f.prose[p] || groupOf[b][p] >= 0 {
				continue
			}
			g1, g2 := groupOf[b][p-1], groupOf[b][p+1]
			if g1 < 0 || g2 < 0 || !follow(members[g1], members[g2], b, inStep[b]) {
				continue
			}
			best, bestScore := int32(-1), 0.0
			for _, g := range []int32{g1, g2} {
				var vecs []vector
				own := 0
				for _, n := range members[g] {
					if n.article == b {
						own++
					} else {
						vecs = append(vecs, articles[n.article].vecs[n.passage])
					}
				}
				if own >= cfg.MaxGroup {
					continue
				}
				others := sum(vecs...)
				if _, _, shared := c.coverage(f.vecs[p], others); shared > 0 {
					if s := dot(f.vecs[p], others); s > bestScore {
						best, bestScore = g, s
					}
				}
			}
			if best >= 0 {
				members[best] = append(members[best], node{b, p})
				groupOf[b][p] = best
			}
		}
	}
}

// sandwichInStep is the share of passages the backbone of two articles
// must hold for fillSandwiches to trust their order that far: reports told
// in the same order all through (translations, edited copies).
const sandwichInStep = 0.6

// follow reports whether, in some article other than b that runs in step
// with it (inStep, by article), the passages of group x come right before
// those of group y, or the groups are one.
func follow(x, y []node, b int, inStep []float64) bool {
	if &x[0] == &y[0] {
		return true
	}
	last := map[int]int{}
	for _, n := range x {
		if n.article != b && inStep[n.article] >= sandwichInStep {
			last[n.article] = max(last[n.article], n.passage)
		}
	}
	for _, n := range y {
		if l, ok := last[n.article]; ok && n.article != b {
			first := n.passage
			for _, m := range y {
				if m.article == n.article {
					first = min(first, m.passage)
				}
			}
			if first == l+1 {
				return true
			}
		}
	}
	return false
}

// splitOf reports whether part may be half of what whole tells: their
// similarity reaches floor, or most of part's weight is on words whole has
// (a short sentence cut from a long one shares little of the long one's
// weight, but its own words are the long one's).
func splitOf(whole, part vector, floor float64) bool {
	if dot(whole, part) >= floor {
		return true
	}
	_, covered := coverageOf(whole, part)
	return covered >= splitCover
}

// splitCover is the share of a passage's weight on words of another that
// makes it a possible half of the other.
const splitCover = 0.5

// fits reports whether joining xs and ys leaves every article at most
// limit passages. perArticle is scratch space, left zeroed.
func fits(xs, ys []node, perArticle []int, limit int) bool {
	ok := true
	for _, n := range xs {
		perArticle[n.article]++
	}
	for _, n := range ys {
		perArticle[n.article]++
		ok = ok && perArticle[n.article] <= limit
	}
	for _, n := range xs {
		ok = ok && perArticle[n.article] <= limit
	}
	for _, n := range xs {
		perArticle[n.article] = 0
	}
	for _, n := range ys {
		perArticle[n.article] = 0
	}
	return ok
}

// adds reports whether joining xs and ys makes the passages of each
// article that ends up with several in the group read closer, together,
// to the rest of the group than they did without the newcomers: a second
// partner must tell something of the first passage that the first partner
// does not (a sentence told as two), not merely sit next to it.
func adds(xs, ys []node, articles []*articleFeatures) bool {
	if !shareAnArticle(xs, ys) {
		return true // nobody gets a second passage of their own
	}
	joined := append(append(make([]node, 0, len(xs)+len(ys)), xs...), ys...)
	for _, newcomers := range [][]node{ys, xs} {
		for _, n := range newcomers {
			var before, after, rest []vector
			for _, m := range joined {
				v := articles[m.article].vecs[m.passage]
				switch {
				case m.article != n.article:
					rest = append(rest, v)
				case slices.Contains(newcomers, m):
					after = append(after, v)
				default:
					before = append(before, v)
					after = append(after, v)
				}
			}
			if len(before) == 0 {
				continue
			}
			others := sum(rest...)
			if dot(sum(after...), others) <= dot(sum(before...), others) {
				return false
			}
		}
	}
	return true
}

// shareAnArticle reports whether xs and ys hold passages of one article.
func shareAnArticle(xs, ys []node) bool {
	for _, u := range xs {
		for _, v := range ys {
			if u.article == v.article {
				return true
			}
		}
	}
	return false
}

// linkageFloor is the lowest probability of a candidate pair the grouping
// reads: every two passages of a group from different articles must be
// linked at least this strongly (see allLinked).
const linkageFloor = 0.15

// allLinked reports whether every passage of xs and every passage of ys
// from another article are linked with a probability of at least floor (a
// pair that is no candidate counts 0): complete linkage, so that no two
// passages of a match are plainly about different things.
func allLinked(xs, ys []node, prob *linkTable, floor float64) bool {
	for _, u := range xs {
		for _, v := range ys {
			if u.article != v.article && prob.of(u, v) < floor {
				return false
			}
		}
	}
	return true
}

// hasPivot reports whether the group xs and ys would make has a pivot: a
// passage linked with a probability of at least floor to every passage of
// the group from another article. Every two passages of such a group are
// at most two confident links apart, both through the pivot: a match can
// gather what several reports say of one fact, but never drift along a
// chain of links from one fact to another.
func hasPivot(xs, ys []node, prob *linkTable, floor float64) bool {
	joined := append(append(make([]node, 0, len(xs)+len(ys)), xs...), ys...)
	for _, pivot := range joined {
		ok := true
		for _, n := range joined {
			if n.article != pivot.article && prob.of(pivot, n) < floor {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// linkTable holds the probability of every link by its two passages.
type linkTable struct {
	offset []int // article → number of passages before its own
	prob   map[uint64]float64
}

func newLinkTable(articles []*articleFeatures, links []link) *linkTable {
	t := &linkTable{offset: make([]int, len(articles)), prob: make(map[uint64]float64, len(links))}
	for a := 1; a < len(articles); a++ {
		t.offset[a] = t.offset[a-1] + len(articles[a-1].prose)
	}
	for _, l := range links {
		t.prob[t.key(l.a, l.b)] = l.prob
	}
	return t
}

// key is the map key of the pair of passages u and v, in either order.
func (t *linkTable) key(u, v node) uint64 {
	gu, gv := uint64(t.offset[u.article]+u.passage), uint64(t.offset[v.article]+v.passage)
	if gu > gv {
		gu, gv = gv, gu
	}
	return gu<<32 | gv
}

// lookup returns the probability of the link between u and v, and whether
// they are one.
func (t *linkTable) lookup(u, v node) (float64, bool) {
	p, ok := t.prob[t.key(u, v)]
	return p, ok
}

// of returns the probability of the link between u and v, or 0 when they
// are no candidate pair.
func (t *linkTable) of(u, v node) float64 {
	return t.prob[t.key(u, v)]
}
