package diffing

import (
	"math"
)

// evidence is what the aligner knows about a candidate pair of passages,
// the inputs of the link model (see linkmodel.go). Each is a number a
// reader could check.
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
	// lengths is the ratio of the shorter passage's number of terms to the
	// longer's.
	lengths float64
	// bigrams is the Dice coefficient of the two passages' pairs of
	// consecutive informative words: phrases told alike.
	bigrams float64
	// onPath is 1 when the pair is on the reports' in-step backbone (see
	// backbone.go); rival is 1 when it is not but one of its passages is,
	// with another partner: then the pair competes with a pair in order.
	// offPath is the distance of the pair from where the backbone puts the
	// partner, as a share of the second report. A passage told out of
	// order with no partner in order is no worse for it: a moved passage
	// is still a match. All are 0 in the first stage, which finds the
	// backbone.
	onPath, rival, offPath float64
	// near is 1 for a pair where the backbone expects it, falling to 0 at
	// two passages away.
	near float64
	// inStep is the share of the shorter report's passages the backbone
	// holds: near 1 for reports told in the same order.
	inStep float64
}

// features lists the evidence as the link model reads it, bias first.
func (e *evidence) features(stage int) []float64 {
	same := 0.0
	if e.coverMin > 0.9999 {
		same = 1
	}
	f := []float64{1, e.similarity, e.similarity * e.similarity, e.coverMin, e.coverMax,
		e.rankMin, e.rankMax, e.mutual, e.neighbours, e.shared, e.lengths, e.bigrams, same}
	if stage == 2 {
		f = append(f, e.onPath, e.offPath*e.rival, e.inStep*e.rival, e.inStep*e.similarity, e.inStep*e.near)
	}
	return f
}

// probability returns the link model's probability that the pair is a
// link, from the weights of the given stage.
func (e *evidence) probability(stage int) float64 {
	w := linkWeights1[:]
	if stage == 2 {
		w = linkWeights2[:]
	}
	var z float64
	for k, x := range e.features(stage) {
		z += w[k] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// pairEvidence gathers the evidence of candidate p between passages of fx
// and fy, given each passage's best similarity. Path evidence is left to
// the caller.
func (c *corpus) pairEvidence(fx, fy *articleFeatures, p pair, bestX, bestY []float64) evidence {
	vi, vj := fx.vecs[p.i], fy.vecs[p.j]
	coverI, coverJ, shared := c.coverage(vi, vj)
	e := evidence{
		similarity: p.score,
		coverMin:   min(coverI, coverJ),
		coverMax:   max(coverI, coverJ),
		shared:     math.Log1p(float64(shared)),
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
	e.bigrams = c.bigramDice(fx.wordIDs(int(p.i)), fy.wordIDs(int(p.j)))
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

// bigramDice returns the Dice coefficient of the pairs of consecutive
// informative terms of two passages' words.
func (c *corpus) bigramDice(a, b []int32) float64 {
	pairsOf := func(ids []int32) [][2]int32 {
		var out [][2]int32
		prev := int32(-1)
		for _, id := range ids {
			t := c.stemOf[id]
			if c.stop[t] {
				continue
			}
			if prev >= 0 {
				out = append(out, [2]int32{prev, t})
			}
			prev = t
		}
		return out
	}
	pa, pb := pairsOf(a), pairsOf(b)
	if len(pa)+len(pb) == 0 {
		return 0
	}
	shared := 0
	for _, x := range pa {
		for _, y := range pb {
			if x == y {
				shared++
				break
			}
		}
	}
	return 2 * float64(shared) / float64(len(pa)+len(pb))
}
