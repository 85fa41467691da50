package diffing

import (
	"math"
	"slices"
)

// evidence is what the aligner knows about a candidate pair of passages by
// themselves, the inputs of the link model's first stage (see
// linkmodel.go). Each is a number a reader could check.
type evidence struct {
	// similarity is the soft cosine of the two passages.
	similarity float64
	// coverMin and coverMax are the shares of each passage's weight that
	// lies on the words the other has: a sentence told as half of a longer
	// one is covered whole by it.
	coverMin, coverMax float64
	// rankMin and rankMax are the similarity over each passage's best
	// similarity with any passage of the other report: 1 for its best.
	rankMin, rankMax float64
	// mutual is 1 when each passage is the other's best.
	mutual float64
	// neighbours is the higher similarity of the pairs just before and
	// just after, in step: passages told in the same order.
	neighbours float64
	// shared is ln(1 + the informative words the passages share).
	shared float64
	// lengths is the ratio of the shorter passage's number of informative
	// terms to the longer's.
	lengths float64
	// bigrams is the Dice coefficient of the two passages' pairs of
	// consecutive informative words: phrases told alike.
	bigrams float64
	// same is 1 when the passages have the same terms.
	same float64
}

// pathEvidence is what the reports' in-step backbone (see backbone.go)
// says of a pair, the further inputs of the second stage.
type pathEvidence struct {
	// onPath is 1 when the pair is on the backbone; rival is 1 when it is
	// not but one of its passages is, with a partner more than one passage
	// away: then the pair competes with a pair in order. A passage told
	// out of order with no partner in order is no worse for it: a moved
	// passage is still a match.
	onPath, rival float64
	// offPath is the distance of the pair from where the backbone puts the
	// partner, as a share of the second report.
	offPath float64
	// near is 1 for a pair where the backbone expects it, falling to 0 at
	// two passages away.
	near float64
	// inStep is the share of the shorter report's passages the backbone
	// holds: near 1 for reports told in the same order all through.
	inStep float64
}

// features lists the evidence as the first stage reads it, bias first.
func (e *evidence) features() []float64 {
	return []float64{1, e.similarity, e.similarity * e.similarity, e.coverMin, e.coverMax,
		e.rankMin, e.rankMax, e.mutual, e.neighbours, e.shared, e.lengths, e.bigrams, e.same}
}

// features lists what the second stage reads beyond the first stage's
// inputs, for a pair of the given similarity.
func (e *pathEvidence) features(similarity float64) []float64 {
	return []float64{e.onPath, e.offPath * e.rival, e.inStep * e.rival, e.inStep * similarity, e.inStep * e.near}
}

// logit is the weighted sum of features by weights, which may be longer.
func logit(weights, features []float64) float64 {
	var z float64
	for k, x := range features {
		z += weights[k] * x
	}
	return z
}

// sigmoid turns a logit into a probability.
func sigmoid(z float64) float64 {
	return 1 / (1 + math.Exp(-z))
}

// pairEvidence gathers the evidence of candidate p between passages of fx
// and fy, given each passage's best similarity.
func (c *corpus) pairEvidence(fx, fy *articleFeatures, p pair, bestX, bestY []float64) evidence {
	vi, vj := fx.vecs[p.i], fy.vecs[p.j]
	coverI, coverJ, shared := c.coverage(vi, vj)
	e := evidence{
		similarity: p.score,
		coverMin:   min(coverI, coverJ),
		coverMax:   max(coverI, coverJ),
		shared:     math.Log1p(float64(shared)),
		bigrams:    dice(fx.bigramsOf(int(p.i)), fy.bigramsOf(int(p.j))),
	}
	if e.coverMin > 0.9999 {
		e.same = 1
	}
	rankI, rankJ := rank(p.score, bestX[p.i]), rank(p.score, bestY[p.j])
	e.rankMin, e.rankMax = min(rankI, rankJ), max(rankI, rankJ)
	if p.score >= bestX[p.i] && p.score >= bestY[p.j] {
		e.mutual = 1
	}
	if p.i > 0 && p.j > 0 && fx.prose[p.i-1] && fy.prose[p.j-1] {
		e.neighbours = dot(fx.vecs[p.i-1], fy.vecs[p.j-1])
	}
	if int(p.i)+1 < len(fx.vecs) && int(p.j)+1 < len(fy.vecs) && fx.prose[p.i+1] && fy.prose[p.j+1] {
		e.neighbours = max(e.neighbours, dot(fx.vecs[p.i+1], fy.vecs[p.j+1]))
	}
	ni, nj := fx.content[p.i], fy.content[p.j]
	e.lengths = float64(min(ni, nj)) / float64(max(1, max(ni, nj)))
	return e
}

// rank is similarity over best, the best similarity of the passage: 1 for
// its best pair (or a pair better than any candidate).
func rank(similarity, best float64) float64 {
	if similarity >= best {
		return 1
	}
	return similarity / best
}

// coverageOf returns the shares of a's and b's squared weights on the
// terms both have.
func coverageOf(a, b vector) (coverA, coverB float64) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			coverA += float64(a[i].w) * float64(a[i].w)
			coverB += float64(b[j].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return coverA, coverB
}

// coverage returns the shares of a's and b's squared weights on the terms
// both have, and how many informative terms they share.
func (c *corpus) coverage(a, b vector) (coverA, coverB float64, shared int) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			coverA += float64(a[i].w) * float64(a[i].w)
			coverB += float64(b[j].w) * float64(b[j].w)
			if !c.stop[a[i].id] {
				shared++
			}
			i++
			j++
		}
	}
	return coverA, coverB, shared
}

// bigramsOf returns the distinct pairs of consecutive informative terms of
// passage p, sorted (see indexBigrams).
func (f *articleFeatures) bigramsOf(p int) []uint64 {
	return f.bigrams[f.bigramStart[p]:f.bigramStart[p+1]]
}

// indexBigrams records, for every prose passage of f, its distinct pairs
// of consecutive informative terms (stop words skipped), each as one
// number, sorted, so that two passages' pairs compare by merging.
func (c *corpus) indexBigrams(f *articleFeatures) {
	f.bigramStart = make([]int32, len(f.prose)+1)
	f.bigrams = make([]uint64, 0, len(f.ids))
	for p, prose := range f.prose {
		f.bigramStart[p] = int32(len(f.bigrams))
		if !prose {
			continue
		}
		from := len(f.bigrams)
		prev := int32(-1)
		for _, id := range f.wordIDs(p) {
			t := c.stemOf[id]
			if c.stop[t] {
				continue
			}
			if prev >= 0 {
				f.bigrams = append(f.bigrams, uint64(prev)<<32|uint64(uint32(t)))
			}
			prev = t
		}
		own := f.bigrams[from:]
		slices.Sort(own)
		f.bigrams = f.bigrams[:from+len(slices.Compact(own))]
	}
	f.bigramStart[len(f.prose)] = int32(len(f.bigrams))
}

// dice returns the Dice coefficient of two sorted sets.
func dice(a, b []uint64) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}
