package diffing

import (
	"math"
	"sort"

	"github.com/parallax-reader/parallax/model"
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
	if len(vs) == 1 {
		return vs[0]
	}
	acc := map[int32]float32{}
	for _, v := range vs {
		for _, tw := range v {
			acc[tw.id] += tw.w
		}
	}
	out := make(vector, 0, len(acc))
	for id, w := range acc {
		out = append(out, termWeight{id, w})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
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

// posting records that a passage contains a term with a weight.
type posting struct {
	passage int32
	w       float32
}

// corpus holds the features of every article being aligned: a shared term
// dictionary, document frequencies over all prose passages, per-passage
// tokens and vectors, and per-article inverted indexes.
type corpus struct {
	terms    map[string]int32
	names    []string // term id → normalised word
	stop     []bool   // term id → is a stop word
	df       []int32  // term id → prose passages containing it
	articles []*articleFeatures
}

// articleFeatures are one article's tokens, vectors and inverted index.
type articleFeatures struct {
	prose    []bool    // passage → is prose (noise is never aligned)
	tokens   [][]Token // passage → words, offsets into the article text
	ids      [][]int32 // passage → term id of each token
	vecs     []vector  // passage → weighted vector
	content  []int     // passage → number of distinct informative words
	postings [][]posting
}

// stopWeight scales the weight of stop words: they still tell an exact
// repetition from a paraphrase, but never make a match on their own.
const stopWeight = 0.15

// newCorpus tokenizes and weighs every prose passage of articles.
func newCorpus(articles []*model.Article) *corpus {
	c := &corpus{terms: map[string]int32{}}
	var proseCount int
	for _, art := range articles {
		f := &articleFeatures{
			prose:  make([]bool, len(art.Passages)),
			tokens: make([][]Token, len(art.Passages)),
			ids:    make([][]int32, len(art.Passages)),
		}
		for p, passage := range art.Passages {
			if passage.Kind == model.KindNoise {
				continue
			}
			f.prose[p] = true
			proseCount++
			toks := Tokenize(passage.Text)
			ids := make([]int32, len(toks))
			seen := map[int32]bool{}
			for k := range toks {
				toks[k].Start += passage.Start
				toks[k].End += passage.Start
				ids[k] = c.termID(toks[k].Norm)
				if !seen[ids[k]] {
					seen[ids[k]] = true
					c.df[ids[k]]++
				}
			}
			f.tokens[p], f.ids[p] = toks, ids
		}
		c.articles = append(c.articles, f)
	}
	idf := make([]float32, len(c.names))
	for id := range idf {
		idf[id] = float32(math.Log(1 + float64(proseCount)/float64(c.df[id])))
		if c.stop[id] {
			idf[id] *= stopWeight
		}
	}
	for _, f := range c.articles {
		f.vecs = make([]vector, len(f.ids))
		f.content = make([]int, len(f.ids))
		f.postings = make([][]posting, len(c.names))
		for p, ids := range f.ids {
			f.vecs[p] = weigh(ids, idf)
			for _, tw := range f.vecs[p] {
				if !c.stop[tw.id] {
					f.content[p]++
				}
				f.postings[tw.id] = append(f.postings[tw.id], posting{int32(p), tw.w})
			}
		}
	}
	return c
}

// termID returns the id of a normalised word, adding it when new.
func (c *corpus) termID(norm string) int32 {
	if id, ok := c.terms[norm]; ok {
		return id
	}
	id := int32(len(c.names))
	c.terms[norm] = id
	c.names = append(c.names, norm)
	c.stop = append(c.stop, stopwords[norm])
	c.df = append(c.df, 0)
	return id
}

// weigh builds the normalised TF-IDF vector of a passage's term ids, with
// sublinear term frequency (1 + ln tf).
func weigh(ids []int32, idf []float32) vector {
	if len(ids) == 0 {
		return nil
	}
	tf := map[int32]int{}
	for _, id := range ids {
		tf[id]++
	}
	v := make(vector, 0, len(tf))
	for id, n := range tf {
		v = append(v, termWeight{id, (1 + float32(math.Log(float64(n)))) * idf[id]})
	}
	sort.Slice(v, func(i, j int) bool { return v[i].id < v[j].id })
	normalize(v)
	return v
}
