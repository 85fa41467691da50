package diffing

import (
	"context"
	"math"
	"slices"

	"github.com/parallax-reader/parallax/diffing/lexicon"
	"github.com/parallax-reader/parallax/model"

	"github.com/parallax-reader/parallax/internal/parallel"
)

// posting records that a passage holds a term, with the term's weight in
// the passage's vector.
type posting struct {
	passage int32
	w       float32
}

// corpus holds the features of every article being aligned: a dictionary
// of words and of their stems, document frequencies of stems over all
// prose passages, and per-article words, vectors and inverted indexes.
type corpus struct {
	words    map[string]int32 // normalised word → word id
	stemOf   []int32          // word id → term id (its stem, or the name it is a variant of)
	stems    map[string]int32 // stem → term id
	names    []string         // term id → the first normalised word seen with that stem
	stemText []string         // term id → the stem
	stop     []bool           // term id → is a stop word
	df       []int32          // term id → prose passages containing it
	weight   []float32        // term id → weight (see termWeights)
	related  [][]int32        // term id → terms of near-synonyms, sorted
	articles []*articleFeatures
}

// articleFeatures are one article's words, vectors and inverted index.
type articleFeatures struct {
	article *model.Article
	prose   []bool // passage → is prose (noise is never aligned)
	// ids are the word ids of the words of the prose passages, in order;
	// passage p's are ids[first[p]:first[p+1]].
	ids   []int32
	first []int32
	// numbers are the word ids of number phrases, passage p's from
	// numFirst[p] to numFirst[p+1].
	numbers, numFirst []int32
	vecs              []vector // passage → weighted vector
	synonyms          []vector // passage → synonymsOf its vector
	content           []int32  // passage → number of distinct informative terms
	// post lists, for each term t, the passages holding it, in order:
	// post[postStart[t]:postStart[t+1]].
	post      []posting
	postStart []int32
	// bigrams are each passage's distinct pairs of consecutive informative
	// terms, sorted: passage p's are bigrams[bigramStart[p]:bigramStart[p+1]]
	// (see indexBigrams).
	bigrams     []uint64
	bigramStart []int32
}

// wordIDs returns the word ids of the words of passage p.
func (f *articleFeatures) wordIDs(p int) []int32 {
	return f.ids[f.first[p]:f.first[p+1]]
}

// postings returns the passages holding term t, with its weight in each.
func (f *articleFeatures) postings(t int32) []posting {
	return f.post[f.postStart[t]:f.postStart[t+1]]
}

// stopWeight scales the weight of stop words: they still tell an exact
// repetition from a paraphrase, but never make a match on their own.
const stopWeight = 0.15

// newCorpus tokenizes and weighs every prose passage of articles, and
// looks up near-synonyms when synonyms is set. Articles are read,
// counted and indexed in parallel; the dictionary is merged in article
// order, so the result is the same on any number of cores.
func newCorpus(ctx context.Context, articles []*model.Article, synonyms bool) (*corpus, error) {
	c := &corpus{words: map[string]int32{}, stems: map[string]int32{}}
	read := make([]*articleWords, len(articles))
	err := parallel.Chunks(ctx, len(articles), 1, func(_, lo, _ int) { read[lo] = readWords(articles[lo]) }, nil)
	if err != nil {
		return nil, err
	}
	var norms []string // word id → normalised word
	for a, aw := range read {
		global := make([]int32, len(aw.norms))
		for id, norm := range aw.norms {
			w, ok := c.words[norm]
			if !ok {
				w = int32(len(norms))
				c.words[norm] = w
				norms = append(norms, norm)
			}
			global[id] = w
		}
		for k, id := range aw.ids {
			aw.ids[k] = global[id]
		}
		for k, id := range aw.numbers {
			aw.numbers[k] = global[id]
		}
		f := &articleFeatures{article: articles[a], prose: make([]bool, len(articles[a].Passages)),
			ids: aw.ids, first: aw.first, numbers: aw.numbers, numFirst: aw.numFirst}
		for p, passage := range articles[a].Passages {
			f.prose[p] = passage.Kind != model.KindNoise
		}
		c.articles = append(c.articles, f)
		read[a] = nil
	}
	// Stem every distinct word once, in parallel, then give each stem a
	// term id in the order of the words: the order the articles, read one
	// after the other, first meet it.
	stems := make([]string, len(norms))
	err = parallel.Chunks(ctx, len(norms), stemChunk, func(_, lo, hi int) {
		for w := lo; w < hi; w++ {
			stems[w] = lexicon.Stem(norms[w])
		}
	}, nil)
	if err != nil {
		return nil, err
	}
	c.stemOf = make([]int32, len(norms))
	for w, norm := range norms {
		c.stemOf[w] = c.termOf(norm, stems[w])
	}
	canon := c.nameVariants()
	for w, t := range c.stemOf {
		c.stemOf[w] = canon[t]
	}

	// Count, per article, the prose passages holding each term, and keep
	// each passage's terms with their frequency (1 + ln tf) until the
	// weights are known.
	counts := make([][]int32, len(articles))
	err = parallel.Chunks(ctx, len(articles), 1, func(_, a, _ int) {
		counts[a] = c.articles[a].countTerms(c.stemOf, len(c.names))
	}, nil)
	if err != nil {
		return nil, err
	}
	proseCount := 0
	for a, f := range c.articles {
		for t, n := range counts[a] {
			c.df[t] += n
		}
		for _, prose := range f.prose {
			if prose {
				proseCount++
			}
		}
	}
	c.weight = termWeights(c, proseCount)
	if synonyms {
		c.related = c.relatedTerms()
	}
	err = parallel.Chunks(ctx, len(articles), 1, func(_, a, _ int) { c.index(c.articles[a]) }, nil)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// termOf returns the term id of stem, adding it, with norm as its name,
// when new.
func (c *corpus) termOf(norm, stem string) int32 {
	term, ok := c.stems[stem]
	if !ok {
		term = int32(len(c.names))
		c.stems[stem] = term
		c.names = append(c.names, norm)
		c.stemText = append(c.stemText, stem)
		c.stop = append(c.stop, stopwords[norm])
		c.df = append(c.df, 0)
	}
	return term
}

// countTerms turns every prose passage's words and number phrases into
// its terms, sorted, each with its sublinear frequency 1 + ln tf (the
// weights come later), as the passage's vector; and returns how many of
// the article's prose passages hold each of the terms.
func (f *articleFeatures) countTerms(stemOf []int32, terms int) []int32 {
	df := make([]int32, terms)
	tf := make([]int32, terms) // term → occurrences in the passage at hand
	seen := newIDSet(terms)
	var distinct []int32
	count := func(t int32) {
		if tf[t] == 0 {
			seen.add(t)
		}
		tf[t]++
	}
	bags := make([]termWeight, 0, len(f.ids)+len(f.numbers))
	ends := make([]int, len(f.prose))
	for p, prose := range f.prose {
		if prose {
			for _, id := range f.wordIDs(p) {
				count(stemOf[id])
			}
			for _, id := range f.numbers[f.numFirst[p]:f.numFirst[p+1]] {
				count(stemOf[id])
			}
			distinct = seen.drain(distinct[:0])
			for _, t := range distinct {
				w := float32(1) // 1 + ln 1
				if tf[t] > 1 {
					w = float32(1 + math.Log(float64(tf[t])))
				}
				bags = append(bags, termWeight{t, w})
				df[t]++
				tf[t] = 0
			}
		}
		ends[p] = len(bags)
	}
	f.vecs = make([]vector, len(f.prose))
	start := 0
	for p, end := range ends {
		if end > start {
			f.vecs[p] = vector(bags[start:end:end])
		}
		start = end
	}
	return df
}

// index weighs the vectors countTerms left (term frequency times the
// term's weight, normalised), looks up their near-synonyms and builds the
// inverted index.
func (c *corpus) index(f *articleFeatures) {
	for _, v := range f.vecs {
		for k := range v {
			v[k].w *= c.weight[v[k].id]
		}
		normalize(v)
	}
	// Near-synonyms go into one array, as the vectors do: a slice per
	// passage would cost a header and an allocation for a few entries.
	var scratch synonymScratch
	entries := 0
	for _, v := range f.vecs {
		entries += len(v)
	}
	all := make(vector, 0, 2*entries)
	ends := make([]int, len(f.vecs))
	for p, v := range f.vecs {
		all = c.appendSynonyms(all, v, &scratch)
		ends[p] = len(all)
	}
	f.synonyms = make([]vector, len(f.vecs))
	start := 0
	for p, end := range ends {
		if end > start {
			f.synonyms[p] = all[start:end:end]
		}
		start = end
	}
	f.content = make([]int32, len(f.vecs))
	f.postStart = make([]int32, len(c.names)+1)
	for p, v := range f.vecs {
		for _, tw := range v {
			if !c.stop[tw.id] {
				f.content[p]++
			}
			f.postStart[tw.id+1]++
		}
	}
	for t := range len(c.names) {
		f.postStart[t+1] += f.postStart[t]
	}
	f.post = make([]posting, f.postStart[len(c.names)])
	next := slices.Clone(f.postStart[:len(c.names)])
	for p, v := range f.vecs {
		for _, tw := range v {
			f.post[next[tw.id]] = posting{int32(p), tw.w}
			next[tw.id]++
		}
	}
	c.indexBigrams(f)
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

// synonymScratch is synonymsOf's working space, indexed by term id and
// cleared after each use. Each goroutine needs its own.
type synonymScratch struct {
	weight []float32
	in     []bool // term → is in the vector looked up
	ids    idSet  // the near-synonyms found
	sorted []int32
}

// synonymsOf returns the near-synonyms of the informative words of v that
// v lacks, each weighted like the word of v it stands in for (the largest
// such weight when several words share a synonym), sorted by term id; nil
// when there are none.
func (c *corpus) synonymsOf(v vector, s *synonymScratch) vector {
	if out := c.appendSynonyms(nil, v, s); len(out) > 0 {
		return out
	}
	return nil
}

// appendSynonyms appends synonymsOf(v) to dst.
func (c *corpus) appendSynonyms(dst, v vector, s *synonymScratch) vector {
	if c.related == nil {
		return dst
	}
	if s.weight == nil {
		s.weight = make([]float32, len(c.names))
		s.in = make([]bool, len(c.names))
		s.ids = newIDSet(len(c.names))
	}
	for _, tw := range v {
		s.in[tw.id] = true
	}
	for _, tw := range v {
		for _, r := range c.related[tw.id] {
			if s.weight[r] == 0 {
				if s.in[r] {
					continue
				}
				s.ids.add(r)
			}
			s.weight[r] = max(s.weight[r], tw.w)
		}
	}
	for _, tw := range v {
		s.in[tw.id] = false
	}
	s.sorted = s.ids.drain(s.sorted[:0])
	for _, r := range s.sorted {
		dst = append(dst, termWeight{r, s.weight[r]})
		s.weight[r] = 0
	}
	return dst
}
