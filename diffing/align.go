package diffing

import (
	"context"
	"sort"

	"github.com/parallax-reader/parallax/model"
)

// Config tunes the aligner. Build one with DefaultConfig and change fields.
type Config struct {
	// MinScore is the lowest similarity, from 0 to 1, at which two passages
	// may match. Raising it makes parallax stricter.
	MinScore float64
	// RewordedScore and RewordedOverlap are the lowest similarity and the
	// lowest word overlap (WordDiff.Overlap) at which a match counts as the
	// same sentence edited; below either, its passages are only related.
	RewordedScore, RewordedOverlap float64
	// MinSharedTerms is how many informative words two passages must share
	// to match, unless those are all the informative words either has: one
	// shared word ("immediately") is a coincidence more often than a fact.
	MinSharedTerms int
	// MaxCandidates is how many of its most similar partners each passage
	// keeps as candidates.
	MaxCandidates int
	// MaxPostings is how many passages a word may appear in and still
	// propose candidate pairs. Commoner words still count in scores; the cap
	// keeps the candidate search near-linear in the length of the articles.
	MaxPostings int
	// Progress, when set, is called as alignment advances, from the
	// goroutine running it: phase names the stage (PhaseIndex, PhaseMatch,
	// PhaseDiff) and done of total counts its work, in passages or matches.
	Progress func(phase Phase, done, total int)
}

// Phase names a stage of alignment, for progress reports.
type Phase string

// The stages of alignment, in order.
const (
	PhaseIndex Phase = "indexing words"
	PhaseMatch Phase = "matching passages"
	PhaseDiff  Phase = "comparing words"
)

// report calls cfg.Progress when it is set.
func (cfg Config) report(phase Phase, done, total int) {
	if cfg.Progress != nil {
		cfg.Progress(phase, done, total)
	}
}

// DefaultConfig returns the settings parallax uses unless told otherwise.
func DefaultConfig() Config {
	return Config{
		MinScore:        0.12,
		RewordedScore:   0.45,
		RewordedOverlap: 0.5,
		MinSharedTerms:  2,
		MaxCandidates:   8,
		MaxPostings:     200,
	}
}

// Align finds the passages of articles that tell the same thing and the
// words that differ between them.
func Align(articles []*model.Article, cfg Config) *Alignment {
	al, _ := AlignContext(context.Background(), articles, cfg)
	return al
}

// AlignContext is Align that stops early, returning ctx.Err(), when ctx is
// cancelled (a newer alignment has made this one useless, or the user quit).
func AlignContext(ctx context.Context, articles []*model.Article, cfg Config) (*Alignment, error) {
	cfg.report(PhaseIndex, 0, len(articles))
	c := newCorpus(articles)
	cfg.report(PhaseIndex, len(articles), len(articles))
	links := newLinks(articles)
	pairs := len(articles) * (len(articles) - 1) / 2
	done := 0
	for x := range articles {
		for y := x + 1; y < len(articles); y++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			cfg.report(PhaseMatch, done, pairs)
			for _, e := range c.alignPair(x, y, cfg) {
				links.union(node{x, int(e.i)}, node{y, int(e.j)})
			}
			done++
		}
	}
	cfg.report(PhaseMatch, pairs, pairs)
	al := &Alignment{Articles: articles}
	groups := links.groups()
	for k, group := range groups {
		if k%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			cfg.report(PhaseDiff, k, len(groups))
		}
		al.Matches = append(al.Matches, c.buildMatch(group, cfg))
	}
	cfg.report(PhaseDiff, len(groups), len(groups))
	al.index()
	return al, nil
}

// pair is a scored candidate pair: passage i of one article and passage j
// of another.
type pair struct {
	i, j  int32
	score float64
}

// alignPair returns the links between the prose passages of articles x and y.
//
// Candidates come from the inverted index: only passages sharing an
// informative word are ever scored. Links are chosen in three passes: a
// greedy one-to-one assignment by descending score; then splits and merges,
// where a passage left over joins the match of its neighbour when the two
// read together are closer to the partner than the neighbour alone (one
// report telling as two sentences what the other tells as one); then
// repeats, where a left-over passage that is strongly similar to an already
// matched one joins its match.
func (c *corpus) alignPair(x, y int, cfg Config) []pair {
	fx, fy := c.articles[x], c.articles[y]
	candX := c.candidates(fx, fy, cfg)
	candY := c.candidates(fy, fx, cfg)
	all := make([]pair, 0, len(candX)*2)
	seen := map[[2]int32]bool{}
	for i, list := range candX {
		for _, p := range list {
			seen[[2]int32{int32(i), p.j}] = true
			all = append(all, pair{int32(i), p.j, p.score})
		}
	}
	for j, list := range candY {
		for _, p := range list {
			if !seen[[2]int32{p.j, int32(j)}] {
				all = append(all, pair{p.j, int32(j), p.score})
			}
		}
	}
	sort.Slice(all, func(a, b int) bool {
		if all[a].score != all[b].score {
			return all[a].score > all[b].score
		}
		if all[a].i != all[b].i {
			return all[a].i < all[b].i
		}
		return all[a].j < all[b].j
	})

	partnerX := filled(len(fx.vecs), -1)
	partnerY := filled(len(fy.vecs), -1)
	var links []pair
	for _, p := range all {
		if partnerX[p.i] < 0 && partnerY[p.j] < 0 {
			partnerX[p.i], partnerY[p.j] = p.j, p.i
			links = append(links, p)
		}
	}
	links = append(links, c.splits(fx, fy, candX, partnerX, partnerY, false)...)
	links = append(links, c.splits(fy, fx, candY, partnerY, partnerX, true)...)
	return links
}

// splits links each unmatched passage of `from` to the match of its
// neighbour, when reading the two together brings them closer to the
// neighbour's partner, or when it is itself strongly similar to that
// partner. When swapped, from is the second article and links are returned
// with i and j exchanged.
func (c *corpus) splits(from, to *articleFeatures, cand [][]pair, partnerFrom, partnerTo []int32, swapped bool) []pair {
	var links []pair
	for i, list := range cand {
		if partnerFrom[i] >= 0 || len(list) == 0 {
			continue
		}
		best := list[0]
		neighbour := partnerTo[best.j]
		if neighbour < 0 {
			continue
		}
		single := dot(from.vecs[neighbour], to.vecs[best.j])
		together := dot(sum(from.vecs[neighbour], from.vecs[i]), to.vecs[best.j])
		adjacent := abs(int(neighbour)-i) == 1
		if (adjacent && together > single) || best.score >= 0.6 {
			p := pair{int32(i), best.j, best.score}
			if swapped {
				p.i, p.j = p.j, p.i
			}
			links = append(links, p)
		}
	}
	return links
}

// candidates returns, for every prose passage of from, its most similar
// passages of to (at least cfg.MinScore), best first. Only passages sharing
// an informative word (not a stop word, in at most cfg.MaxPostings
// passages) are considered; their exact cosine is then computed.
func (c *corpus) candidates(from, to *articleFeatures, cfg Config) [][]pair {
	out := make([][]pair, len(from.vecs))
	shared := make([]int32, len(to.vecs))
	var touched []int32
	for i, v := range from.vecs {
		touched = touched[:0]
		for _, tw := range v {
			if c.stop[tw.id] {
				continue
			}
			post := to.postings[tw.id]
			if len(post) > cfg.MaxPostings {
				continue
			}
			for _, p := range post {
				if shared[p.passage] == 0 {
					touched = append(touched, p.passage)
				}
				shared[p.passage]++
			}
		}
		var list []pair
		for _, j := range touched {
			s := dot(v, to.vecs[j])
			n := int(shared[j])
			enough := n >= cfg.MinSharedTerms || (n == from.content[i] && n == to.content[j])
			if s >= cfg.MinScore && enough {
				list = append(list, pair{int32(i), j, s})
			}
			shared[j] = 0
		}
		sort.Slice(list, func(a, b int) bool {
			if list[a].score != list[b].score {
				return list[a].score > list[b].score
			}
			return list[a].j < list[b].j
		})
		if len(list) > cfg.MaxCandidates {
			list = list[:cfg.MaxCandidates]
		}
		out[i] = list
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

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
