package diffing

import (
	"math"
	"slices"

	"github.com/parallax-reader/parallax/diffing/lexicon"
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

// posting records that a passage holds a term, with the term's weight in
// the passage's vector.
type posting struct {
	passage int32
	w       float32
}

// corpus holds the features of every article being aligned: a dictionary
// of words and of their stems, document frequencies of stems over all
// prose passages, and per-article tokens, vectors and inverted indexes.
type corpus struct {
	words    map[string]int32 // normalised word → word id
	stemOf   []int32          // word id → term id (its stem)
	stems    map[string]int32 // stem → term id
	names    []string         // term id → the first normalised word seen with that stem
	stemText []string         // term id → the stem
	stop     []bool           // term id → is a stop word
	df       []int32          // term id → prose passages containing it
	weight   []float32        // term id → weight (see termWeights)
	related  [][]int32        // term id → terms of near-synonyms, sorted

	// scratch and scratchIDs are synonymsOf's working space, indexed by
	// term id and cleared after each use, so it sorts plain ids. They
	// make synonymsOf unsafe for concurrent use: give each goroutine its
	// own before running it in parallel.
	scratch    []float32
	scratchIDs []int32
	articles   []*articleFeatures
}

// articleFeatures are one article's tokens, vectors and inverted index.
type articleFeatures struct {
	prose    []bool      // passage → is prose (noise is never aligned)
	tokens   [][]Token   // passage → words, offsets into the article text
	terms    [][]int32   // passage → term id of each token, then of numberPhrases
	vecs     []vector    // passage → weighted vector
	synonyms []vector    // passage → synonymsOf its vector
	content  []int       // passage → number of distinct informative terms
	postings [][]posting // term id → passages holding it, in order
}

// stopWeight scales the weight of stop words: they still tell an exact
// repetition from a paraphrase, but never make a match on their own.
const stopWeight = 0.15

// newCorpus tokenizes and weighs every prose passage of articles, and
// looks up near-synonyms when synonyms is set.
func newCorpus(articles []*model.Article, synonyms bool) *corpus {
	c := &corpus{words: map[string]int32{}, stems: map[string]int32{}}
	var proseCount int
	for _, art := range articles {
		f := &articleFeatures{
			prose:  make([]bool, len(art.Passages)),
			tokens: make([][]Token, len(art.Passages)),
			terms:  make([][]int32, len(art.Passages)),
		}
		for p, passage := range art.Passages {
			if passage.Kind == model.KindNoise {
				continue
			}
			f.prose[p] = true
			proseCount++
			toks := Tokenize(passage.Text)
			terms := make([]int32, len(toks), len(toks)+1)
			for _, n := range numberPhrases(passage.Text, toks) {
				terms = append(terms, c.termOf(n)) // fourteen hundred = 1,400
			}
			for k := range toks {
				toks[k].Start += passage.Start
				toks[k].End += passage.Start
				terms[k] = c.termOf(toks[k].Norm)
			}
			f.tokens[p], f.terms[p] = toks, terms
		}
		c.articles = append(c.articles, f)
	}
	canon := c.nameVariants()
	for _, f := range c.articles {
		for _, terms := range f.terms {
			for k, t := range terms {
				terms[k] = canon[t]
			}
		}
	}
	seen := make([]int32, len(c.names)) // term id → last passage counted in df
	passage := int32(0)
	for _, f := range c.articles {
		for p, terms := range f.terms {
			if !f.prose[p] {
				continue
			}
			passage++
			for _, t := range terms {
				if seen[t] != passage {
					seen[t] = passage
					c.df[t]++
				}
			}
		}
	}
	c.weight = termWeights(c, proseCount)
	if synonyms {
		c.related = c.relatedTerms()
	}
	for _, f := range c.articles {
		f.vecs = make([]vector, len(f.terms))
		for p, terms := range f.terms {
			if !f.prose[p] {
				continue
			}
			f.vecs[p] = weigh(terms, c.weight)
		}
	}
	for _, f := range c.articles {
		f.synonyms = make([]vector, len(f.vecs))
		for p, v := range f.vecs {
			f.synonyms[p] = c.synonymsOf(v)
		}
		f.content = make([]int, len(f.terms))
		f.postings = make([][]posting, len(c.names))
		for p, v := range f.vecs {
			for _, tw := range v {
				if !c.stop[tw.id] {
					f.content[p]++
				}
				f.postings[tw.id] = append(f.postings[tw.id], posting{int32(p), tw.w})
			}
		}
	}
	return c
}

// termOf returns the term id of a normalised word (the id of its stem),
// adding both when new.
func (c *corpus) termOf(norm string) int32 {
	if id, ok := c.words[norm]; ok {
		return c.stemOf[id]
	}
	stem := lexicon.Stem(norm)
	term, ok := c.stems[stem]
	if !ok {
		term = int32(len(c.names))
		c.stems[stem] = term
		c.names = append(c.names, norm)
		c.stemText = append(c.stemText, stem)
		c.stop = append(c.stop, stopwords[norm])
		c.df = append(c.df, 0)
	}
	c.words[norm] = int32(len(c.stemOf))
	c.stemOf = append(c.stemOf, term)
	return term
}

// termWeights returns the weight of every term: the geometric mean of its
// inverse document frequency in the articles, ln(1 + N/df) over N prose
// passages, and its inverse frequency in the background corpus,
// ln(total/(count+1)). The first tells which words are distinctive in
// these reports; the second knows that a name is rarer than "said" even
// when two one-sentence reports give no statistics of their own. Stop
// words are scaled down by stopWeight.
func termWeights(c *corpus, proseCount int) []float32 {
	w := make([]float32, len(c.names))
	for id := range w {
		if c.df[id] == 0 {
			continue // merged into a variant spelling
		}
		local := math.Log(1 + float64(proseCount)/float64(c.df[id]))
		background := math.Log(lexicon.BackgroundTotal / float64(lexicon.Count(c.stemText[id])+1))
		w[id] = float32(math.Sqrt(local * background))
		if c.stop[id] {
			w[id] *= stopWeight
		}
	}
	return w
}

// weigh builds the normalised TF-IDF vector of a passage's term ids, with
// sublinear term frequency (1 + ln tf).
func weigh(terms []int32, weight []float32) vector {
	if len(terms) == 0 {
		return nil
	}
	sorted := slices.Clone(terms)
	slices.Sort(sorted)
	v := make(vector, 0, len(sorted))
	for i := 0; i < len(sorted); {
		j := i
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		tf := float32(1 + math.Log(float64(j-i)))
		v = append(v, termWeight{sorted[i], tf * weight[sorted[i]]})
		i = j
	}
	normalize(v)
	return v
}

// relatedTerms returns, for every term, the terms of the corpus whose words
// mean nearly the same (lexicon.Related), sorted.
func (c *corpus) relatedTerms() [][]int32 {
	out := make([][]int32, len(c.names))
	for stem, id := range c.stems {
		if c.stop[id] {
			continue
		}
		for _, r := range lexicon.Related(stem) {
			if rid, ok := c.stems[r]; ok && !c.stop[rid] {
				out[id] = append(out[id], rid)
			}
		}
		slices.Sort(out[id])
	}
	return out
}

// synonymsOf returns the near-synonyms of the informative words of v that
// v lacks, each weighted like the word of v it stands in for (the largest
// such weight when several words share a synonym), sorted by term id.
func (c *corpus) synonymsOf(v vector) vector {
	if c.related == nil {
		return nil
	}
	if c.scratch == nil {
		c.scratch = make([]float32, len(c.names))
	}
	ids := c.scratchIDs[:0]
	for _, tw := range v {
		for _, r := range c.related[tw.id] {
			if c.scratch[r] == 0 {
				if has(v, r) {
					continue
				}
				ids = append(ids, r)
			}
			c.scratch[r] = max(c.scratch[r], tw.w)
		}
	}
	c.scratchIDs = ids
	if len(ids) == 0 {
		return nil
	}
	slices.Sort(ids)
	out := make(vector, len(ids))
	for k, r := range ids {
		out[k] = termWeight{r, c.scratch[r]}
		c.scratch[r] = 0
	}
	return out
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

// has reports whether v holds term id.
func has(v vector, id int32) bool {
	_, ok := slices.BinarySearchFunc(v, id, func(tw termWeight, id int32) int { return int(tw.id - id) })
	return ok
}

// nameVariants returns, for every term, the term it is spelled as: words
// unknown to the background corpus (names, mostly) of six letters or more
// whose letter trigrams overlap by variantDice or more are one
// name spelled two ways (al-Baghdadi, Baghdadi; Qaddafi, Gaddafi), and
// take the id of the first seen.
func (c *corpus) nameVariants() []int32 {
	canon := make([]int32, len(c.names))
	for t := range canon {
		canon[t] = int32(t)
	}
	var rare []int32
	for t, stem := range c.stemText {
		if len(stem) >= 6 && isASCIILetters(stem) && !c.stop[t] && lexicon.Count(stem) == 0 {
			rare = append(rare, int32(t))
		}
	}
	byTrigram := map[string][]int32{}
	grams := make(map[int32][]string, len(rare))
	for _, t := range rare {
		g := trigrams(c.stemText[t])
		grams[t] = g
		for _, x := range g {
			byTrigram[x] = append(byTrigram[x], t)
		}
	}
	find := func(t int32) int32 {
		for canon[t] != t {
			t = canon[t]
		}
		return t
	}
	count := map[int32]int{}
	for _, t := range rare {
		clear(count)
		for _, x := range grams[t] {
			if len(byTrigram[x]) > maxTrigramPostings {
				continue
			}
			for _, u := range byTrigram[x] {
				if u > t {
					count[u]++
				}
			}
		}
		for u, n := range count {
			if 2*float64(n)/float64(len(grams[t])+len(grams[u])) >= variantDice {
				a, b := find(t), find(u)
				if a != b {
					canon[max(a, b)] = min(a, b)
				}
			}
		}
	}
	for t := range canon {
		canon[t] = find(int32(t))
	}
	return canon
}

// variantDice is the share of letter trigrams (Dice coefficient) two
// unknown words must have in common to be taken for one name: 0.86 for
// albaghdadi and baghdadi, 0.8 for qaddafi and gaddafi, 0.4 for a
// different name with the same start (larissa, larrabee).
const variantDice = 0.8

// maxTrigramPostings is how many unknown words a trigram may appear in and
// still propose variant pairs: commoner trigrams ("ing") prove nothing.
const maxTrigramPostings = 50

// trigrams returns the distinct letter trigrams of w.
func trigrams(w string) []string {
	var out []string
	for i := 0; i+3 <= len(w); i++ {
		if !slices.Contains(out, w[i:i+3]) {
			out = append(out, w[i:i+3])
		}
	}
	return out
}

func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
