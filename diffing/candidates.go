package diffing

import (
	"context"
	"slices"

	"github.com/parallax-reader/parallax/internal/parallel"
)

// candidateScratch is one goroutine's working space for candidates,
// indexed by passage of the article searched and cleared after each use.
type candidateScratch struct {
	acc      []accumulator // passage of the article searched → its sums
	touched  []int32
	best     []int32     // the touched passages scored
	dense    denseVector // the passage searched for
	synDense denseVector // its near-synonyms
}

// accumulator sums, for one passage of the article searched, what the
// postings walked so far share with the passage searched for: the number
// of informative words and their part of the cosine.
type accumulator struct {
	shared  int32
	partial float32
}

// candidates returns, for every prose passage of from, its most similar
// passages of to (at least cfg.CandidateScore), best first. Only passages sharing
// an informative word (not a stop word, in at most cfg.MaxPostings
// passages) are considered. Walking the postings accumulates the part of
// the cosine that informative words make, at constant cost per posting;
// only the 2·cfg.MaxCandidates best by that part get their exact
// similarity (with stop words and near-synonyms) computed. Passages are
// searched in parallel, each on its own; progress, when set, is called
// with the number of passages done.
func (c *corpus) candidates(ctx context.Context, from, to *articleFeatures, cfg Config, progress func(int)) ([][]pair, error) {
	out := make([][]pair, len(from.vecs))
	scratch := make([]*candidateScratch, parallel.Workers(len(from.vecs)))
	err := parallel.Chunks(ctx, len(from.vecs), candidateChunk, func(w, lo, hi int) {
		if scratch[w] == nil {
			scratch[w] = &candidateScratch{acc: make([]accumulator, len(to.vecs)),
				dense: newDenseVector(len(c.names)), synDense: newDenseVector(len(c.names))}
		}
		for i := lo; i < hi; i++ {
			out[i] = c.candidatesOf(int32(i), from, to, cfg, scratch[w])
		}
	}, progress)
	return out, err
}

// candidatesOf returns the candidates of passage i of from (see
// candidates).
func (c *corpus) candidatesOf(i int32, from, to *articleFeatures, cfg Config, s *candidateScratch) []pair {
	v := from.vecs[i]
	acc := s.acc
	touched := s.touched[:0]
	for _, tw := range v {
		if c.stop[tw.id] {
			continue
		}
		post := to.postings(tw.id)
		if len(post) > cfg.MaxPostings {
			continue
		}
		for _, p := range post {
			a := &acc[p.passage]
			if a.shared == 0 {
				touched = append(touched, p.passage)
			}
			a.shared++
			a.partial += tw.w * p.w
		}
	}
	// Passages whose informative words make less than a quarter of
	// CandidateScore cannot reach it by stop words and synonyms alone; of the
	// others, only the best 2·MaxCandidates by that part are scored.
	best := bestByPartial(touched, acc, float32(cfg.CandidateScore/4), 2*cfg.MaxCandidates, s.best[:0])
	var list []pair
	if len(best) > 0 {
		s.dense.load(v)
		s.synDense.load(from.synonyms[i])
		for _, j := range best {
			sim, synonyms := denseSimilarity(&s.dense, &s.synDense, from.synonyms[i] == nil, to.vecs[j], to.synonyms[j], cfg.SynonymCredit)
			n := int(acc[j].shared) + synonyms
			enough := n >= cfg.MinSharedTerms || (n == int(from.content[i]) && n == int(to.content[j]))
			if sim >= cfg.CandidateScore && enough {
				list = append(list, pair{i, j, sim})
			}
		}
		s.dense.clear(v)
		s.synDense.clear(from.synonyms[i])
	}
	for _, j := range touched {
		acc[j] = accumulator{}
	}
	s.touched, s.best = touched, best
	slices.SortFunc(list, byScore)
	if len(list) > cfg.MaxCandidates {
		list = list[:cfg.MaxCandidates]
	}
	return list
}

// bestByPartial appends to best, and returns, the keep passages of
// touched with the largest partial scores of at least floor (ties to the
// earlier passage), best first. A bounded insertion keeps it linear in
// len(touched), where sorting them all cost the most of the search on long
// texts.
func bestByPartial(touched []int32, acc []accumulator, floor float32, keep int, best []int32) []int32 {
	for _, j := range touched {
		pj := acc[j].partial
		if pj < floor {
			continue
		}
		n := len(best)
		if n == keep {
			last := best[n-1]
			if pj < acc[last].partial || pj == acc[last].partial && j > last {
				continue
			}
			n--
			best = best[:n]
		}
		best = append(best, j)
		k := n
		for k > 0 && (pj > acc[best[k-1]].partial || pj == acc[best[k-1]].partial && j < best[k-1]) {
			best[k] = best[k-1]
			k--
		}
		best[k] = j
	}
	return best
}
