package diffing

import (
	"math"
	"slices"
)

// termWeight is one term of a passage vector.
type termWeight struct {
	id int32
	w  float32
}

// vector is a sparse, L2-normalised term vector sorted by term id.
type vector []termWeight

// dot returns the dot product of two vectors (their cosine, as both are
// normalised).
func dot(a, b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

// sum adds vectors and normalises the result: the vector of passages read
// as one text.
func sum(vs ...vector) vector {
	switch len(vs) {
	case 1:
		return vs[0]
	case 2:
		return sum2(vs[0], vs[1])
	}
	var out vector
	for _, v := range vs {
		out = append(out, v...)
	}
	slices.SortFunc(out, func(a, b termWeight) int { return int(a.id - b.id) })
	n := 0
	for _, tw := range out {
		if n > 0 && out[n-1].id == tw.id {
			out[n-1].w += tw.w
			continue
		}
		out[n] = tw
		n++
	}
	out = out[:n]
	normalize(out)
	return out
}

// sum2 is sum of two vectors, merged rather than sorted: a term in both
// adds its two weights, in either order the same float.
func sum2(a, b vector) vector {
	out := make(vector, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			out = append(out, a[i])
			i++
		case a[i].id > b[j].id:
			out = append(out, b[j])
			j++
		default:
			out = append(out, termWeight{a[i].id, a[i].w + b[j].w})
			i++
			j++
		}
	}
	out = append(append(out, a[i:]...), b[j:]...)
	normalize(out)
	return out
}

func normalize(v vector) {
	var n float64
	for _, tw := range v {
		n += float64(tw.w) * float64(tw.w)
	}
	if n == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(n))
	for i := range v {
		v[i].w *= inv
	}
}

// similarity is the cosine of a and b plus the credit for near-synonyms
// (a soft cosine, as in Sidorov et al. 2014): a word of one passage whose
// near-synonym the other passage has, and the first lacks, adds
// synonymCredit times the product of their weights. synA and synB are the
// passages' synonymsOf. It returns the similarity and the number of
// near-synonym pairs, averaged over the two directions.
func similarity(a, b, synA, synB vector, synonymCredit float64) (float64, int) {
	s := dot(a, b)
	if synonymCredit == 0 || (synA == nil && synB == nil) {
		return s, 0
	}
	softAB, nAB := dotCount(synA, b)
	softBA, nBA := dotCount(synB, a)
	return min(1, s+synonymCredit*(softAB+softBA)/2), (nAB + nBA + 1) / 2
}

// dotCount returns the dot product of a and b and how many terms they
// share.
func dotCount(a, b vector) (float64, int) {
	var s float64
	var n int
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			n++
			i++
			j++
		}
	}
	return s, n
}

// denseVector is a vector spread over an array indexed by term id, so that
// products with sparse vectors need no merging. It is loaded for one
// passage and cleared after.
type denseVector struct {
	w   []float32
	has []bool
}

func newDenseVector(terms int) denseVector {
	return denseVector{w: make([]float32, terms), has: make([]bool, terms)}
}

func (d *denseVector) load(v vector) {
	for _, tw := range v {
		d.w[tw.id], d.has[tw.id] = tw.w, true
	}
}

func (d *denseVector) clear(v vector) {
	for _, tw := range v {
		d.w[tw.id], d.has[tw.id] = 0, false
	}
}

// denseSimilarity is similarity(a, b, synA, synB, synonymCredit) for a and
// synA loaded in dense vectors (synANil says whether synA was nil), with
// exactly the same result: each product is taken as similarity takes it
// and added in the same order, by increasing term id, and the terms b has
// and a lacks add +0, which changes no sum.
func denseSimilarity(a, synA *denseVector, synANil bool, b, synB vector, synonymCredit float64) (float64, int) {
	var s, softAB, softBA float64
	var nAB, nBA int
	for _, tw := range b {
		s += float64(a.w[tw.id]) * float64(tw.w)
		if synA.has[tw.id] {
			softAB += float64(synA.w[tw.id]) * float64(tw.w)
			nAB++
		}
	}
	if synonymCredit == 0 || (synANil && synB == nil) {
		return s, 0
	}
	for _, tw := range synB {
		if a.has[tw.id] {
			softBA += float64(tw.w) * float64(a.w[tw.id])
			nBA++
		}
	}
	return min(1, s+synonymCredit*(softAB+softBA)/2), (nAB + nBA + 1) / 2
}
