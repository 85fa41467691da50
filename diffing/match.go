package diffing

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/internal/parallel"
)

// maxTerms is how many shared terms a match reports.
const maxTerms = 6

// node is one passage of one article.
type node struct{ article, passage int }

// matchScratch is one goroutine's working space for buildMatch.
type matchScratch struct {
	synonyms synonymScratch
	diff     diffScratch
	moved    movedScratch
	sides    []side // reused: only a side's passages outlive its match
	vecs     []vector
}

// buildMatches builds the match of every group of linked passages, in
// parallel, each on its own; progress, when set, is called with the number
// of matches built.
func (c *corpus) buildMatches(ctx context.Context, groups []group, cfg Config, progress func(int)) ([]Match, error) {
	if len(groups) == 0 {
		return nil, ctx.Err()
	}
	matches := make([]Match, len(groups))
	scratch := make([]*matchScratch, parallel.Workers(len(groups)))
	err := parallel.Chunks(ctx, len(groups), matchChunk, func(w, lo, hi int) {
		if scratch[w] == nil {
			scratch[w] = &matchScratch{diff: newDiffScratch(len(c.stemOf))}
		}
		for k := lo; k < hi; k++ {
			matches[k] = c.buildMatch(groups[k], cfg, scratch[w])
		}
	}, progress)
	return matches, err
}

// side is one article's part of a match: its passages read as one text.
type side struct {
	article  int
	passages []int
	words    []word  // byte offsets into the article's text
	ids      []int32 // word id of each word
	owner    []int   // word → passage it belongs to
	vec      vector
	synonyms vector // synonymsOf vec
}

// buildMatch scores a group of linked passages, classifies it and finds the
// words each member has that the others lack.
func (c *corpus) buildMatch(g group, cfg Config, scratch *matchScratch) Match {
	var sides []*side
	for _, n := range g.nodes {
		if len(sides) == 0 || sides[len(sides)-1].article != n.article {
			if len(sides) == len(scratch.sides) {
				scratch.sides = append(scratch.sides, side{})
			}
			s := &scratch.sides[len(sides)]
			*s = side{article: n.article, words: s.words[:0], ids: s.ids[:0], owner: s.owner[:0]}
			sides = append(sides, s)
		}
		s := sides[len(sides)-1]
		f := c.articles[n.article]
		passage := f.article.Passages[n.passage]
		from := len(s.words)
		s.words = passageWords(passage.Text, s.words)
		for k := from; k < len(s.words); k++ {
			s.words[k].start += passage.Start
			s.words[k].end += passage.Start
			s.owner = append(s.owner, n.passage)
		}
		s.passages = append(s.passages, n.passage)
		s.ids = append(s.ids, f.wordIDs(n.passage)...)
	}
	for _, s := range sides {
		vs := scratch.vecs[:0]
		for _, p := range s.passages {
			vs = append(vs, c.articles[s.article].vecs[p])
		}
		scratch.vecs = vs
		s.vec = sum(vs...)
		if len(s.passages) == 1 {
			s.synonyms = c.articles[s.article].synonyms[s.passages[0]]
		} else {
			s.synonyms = c.synonymsOf(s.vec, &scratch.synonyms)
		}
	}

	m := Match{Relation: Identical, Score: g.prob}
	var total float64
	var pairs int
	for a := range sides {
		for b := a + 1; b < len(sides); b++ {
			score, _ := similarity(sides[a].vec, sides[b].vec, sides[a].synonyms, sides[b].synonyms, cfg.SynonymCredit)
			total += score
			pairs++
			changedA, changedB, shared := diffIDs(sides[a].ids, sides[b].ids, &scratch.diff)
			rel := relationOf(score, shared, changedA, changedB, cfg)
			m.Relation = min(m.Relation, rel)
			// Each side's differences are reported against the first other
			// side: with two reports, against each other.
			if a == 0 {
				movedA, movedB := movedWords(sides[a].ids, changedA, sides[b].ids, changedB, &scratch.moved)
				if b == 1 {
					m.Diff = append(m.Diff, spansOf(sides[a], changedA, movedA, false)...)
					m.Moved = append(m.Moved, spansOf(sides[a], changedA, movedA, true)...)
				}
				m.Diff = append(m.Diff, spansOf(sides[b], changedB, movedB, false)...)
				m.Moved = append(m.Moved, spansOf(sides[b], changedB, movedB, true)...)
			}
		}
	}
	m.Similarity = total / float64(pairs)
	if m.Relation != Identical && (m.Score < cfg.RelatedScore || m.Similarity < cfg.RelatedSimilarity) {
		m.Relation = Possible
	}
	m.Members = make([]Member, len(sides))
	for k, s := range sides {
		m.Members[k] = Member{Article: s.article, Passages: s.passages}
	}
	m.Terms = c.sharedTerms(sides)
	return m
}

// relationOf classifies one pair of sides.
func relationOf(score float64, shared int, changedA, changedB []bool, cfg Config) Relation {
	if !anyTrue(changedA) && !anyTrue(changedB) && len(changedA) == len(changedB) {
		return Identical
	}
	overlap := 1.0
	if n := len(changedA) + len(changedB); n > 0 {
		overlap = 2 * float64(shared) / float64(n)
	}
	if score >= cfg.RewordedScore && overlap >= cfg.RewordedOverlap {
		return Reworded
	}
	return Related
}

func anyTrue(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// movedWords marks, among the words the diff of two sides changed, those
// the other side has too, among its own changed words: the same word at
// another place (said, Reuters), which is no difference of wording. Each
// word of one side pairs with at most one of the other. The marks are
// returned in scratch's arrays, valid until its next use.
func movedWords(idsA []int32, changedA []bool, idsB []int32, changedB []bool, scratch *movedScratch) (movedA, movedB []bool) {
	movedA, movedB = cleared(scratch.a, len(idsA)), cleared(scratch.b, len(idsB))
	scratch.a, scratch.b = movedA, movedB
	if scratch.count == nil {
		scratch.count = map[int32]int{}
	}
	count := scratch.count
	mark := func(ids []int32, changed []bool, others []int32, otherChanged []bool, moved []bool) {
		clear(count)
		for k, id := range others {
			if otherChanged[k] {
				count[id]++
			}
		}
		for k, id := range ids {
			if changed[k] && count[id] > 0 {
				moved[k] = true
				count[id]--
			}
		}
	}
	mark(idsA, changedA, idsB, changedB, movedA)
	mark(idsB, changedB, idsA, changedA, movedB)
	return movedA, movedB
}

// movedScratch is the working space of movedWords.
type movedScratch struct {
	a, b  []bool
	count map[int32]int
}

// spansOf turns the changed words of a side that are moved (or, when
// wantMoved is false, that are not) into spans: one per run of such words,
// never crossing from one passage into the next.
func spansOf(s *side, changed, moved []bool, wantMoved bool) []Span {
	var spans []Span
	pick := func(k int) bool { return changed[k] && moved[k] == wantMoved }
	for k := 0; k < len(changed); k++ {
		if !pick(k) {
			continue
		}
		end := k
		for end+1 < len(changed) && pick(end+1) && s.owner[end+1] == s.owner[k] {
			end++
		}
		spans = append(spans, Span{Article: s.article, Start: s.words[k].start, End: s.words[end].end})
		k = end
	}
	return spans
}

// sharedTerms returns the informative words every side has, the most
// informative first.
func (c *corpus) sharedTerms(sides []*side) []string {
	type shared struct {
		id     int32
		weight float32 // summed over the sides, in side order
	}
	var ids []shared
	next := make([]int, len(sides)) // per side, the next entry of its vector to look at
	for _, tw := range sides[0].vec {
		if c.stop[tw.id] {
			continue
		}
		weight, everywhere := tw.w, true
		for k := 1; k < len(sides) && everywhere; k++ {
			v := sides[k].vec
			for next[k] < len(v) && v[next[k]].id < tw.id {
				next[k]++
			}
			if everywhere = next[k] < len(v) && v[next[k]].id == tw.id; everywhere {
				weight += v[next[k]].w
			}
		}
		if everywhere {
			ids = append(ids, shared{tw.id, weight})
		}
	}
	slices.SortFunc(ids, func(a, b shared) int {
		if a.weight != b.weight {
			return cmp.Compare(b.weight, a.weight)
		}
		return strings.Compare(c.names[a.id], c.names[b.id])
	})
	terms := make([]string, min(len(ids), maxTerms))
	for k := range terms {
		terms[k] = c.names[ids[k].id]
	}
	return terms
}
