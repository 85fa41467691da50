package diffing

import (
	"context"
	"slices"
)

// candidateChunk is how many passages a goroutine searches at a time, and
// how often the search reports progress.
const candidateChunk = 2048

// candidateScratch is one goroutine's working space for candidates,
// indexed by passage of the article searched and cleared after each use.
type candidateScratch struct {
	shared  []int32
	partial []float32
	touched []int32
}

// candidates returns, for every prose passage of from, its most similar
// passages of to (at least cfg.MinScore), best first. Only passages sharing
// an informative word (not a stop word, in at most cfg.MaxPostings
// passages) are considered. Walking the postings accumulates the part of
// the cosine that informative words make, at constant cost per posting;
// only the 2·cfg.MaxCandidates best by that part get their exact
// similarity (with stop words and near-synonyms) computed. Passages are
// searched in parallel, each on its own; progress, when set, is called
// with the number of passages done.
func (c *corpus) candidates(ctx context.Context, from, to *articleFeatures, cfg Config, progress func(int)) ([][]pair, error) {
	out := make([][]pair, len(from.vecs))
	scratch := make([]*candidateScratch, workers())
	err := forChunks(ctx, len(from.vecs), candidateChunk, func(w, lo, hi int) {
		if scratch[w] == nil {
			scratch[w] = &candidateScratch{shared: make([]int32, len(to.vecs)), partial: make([]float32, len(to.vecs))}
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
	shared, partial := s.shared, s.partial
	touched := s.touched[:0]
	defer func() { s.touched = touched }()
	for _, tw := range v {
		if c.stop[tw.id] {
			continue
		}
		post := to.postings(tw.id)
		if len(post) > cfg.MaxPostings {
			continue
		}
		for _, p := range post {
			if shared[p.passage] == 0 {
				touched = append(touched, p.passage)
			}
			shared[p.passage]++
			partial[p.passage] += tw.w * p.w
		}
	}
	// Passages whose informative words make less than a quarter of
	// MinScore cannot reach it by stop words and synonyms alone.
	floor := float32(cfg.MinScore / 4)
	n := 0
	for _, j := range touched {
		if partial[j] >= floor {
			touched[n] = j
			n++
		} else {
			shared[j], partial[j] = 0, 0
		}
	}
	touched = touched[:n]
	if keep := 2 * cfg.MaxCandidates; len(touched) > keep {
		touched = bestByPartial(touched, partial, keep, func(j int32) { shared[j], partial[j] = 0, 0 })
	}
	var list []pair
	for _, j := range touched {
		s, synonyms := similarity(v, to.vecs[j], from.synonyms[i], to.synonyms[j], cfg.SynonymCredit)
		n := int(shared[j]) + synonyms
		enough := n >= cfg.MinSharedTerms || (n == int(from.content[i]) && n == int(to.content[j]))
		if s >= cfg.MinScore && enough {
			list = append(list, pair{i, j, s})
		}
		shared[j], partial[j] = 0, 0
	}
	slices.SortFunc(list, byScore)
	if len(list) > cfg.MaxCandidates {
		list = list[:cfg.MaxCandidates]
	}
	return list
}

// bestByPartial keeps, in place, the keep passages of touched with the
// largest partial scores (ties to the earlier passage), in that order, and
// calls drop for every other. A bounded insertion keeps it linear in
// len(touched), where sorting them all cost the most of the search on long
// texts.
func bestByPartial(touched []int32, partial []float32, keep int, drop func(int32)) []int32 {
	better := func(a, b int32) bool {
		return partial[a] > partial[b] || (partial[a] == partial[b] && a < b)
	}
	n := 0 // touched[:n] holds the best so far, best first
	for _, j := range touched {
		if n == keep && !better(j, touched[n-1]) {
			drop(j)
			continue
		}
		if n == keep {
			drop(touched[n-1])
			n--
		}
		k := n
		for k > 0 && better(j, touched[k-1]) {
			touched[k] = touched[k-1]
			k--
		}
		touched[k] = j
		n++
	}
	return touched[:n]
}
