package diffing

import (
	"github.com/parallax-reader/parallax/model"
)

// word is the byte range of one word in the text it was read from.
type word struct{ start, end int }

// passageWords returns the byte ranges of the words of text (as Tokenize
// finds them), appended to buf.
func passageWords(text string, buf []word) []word {
	for i := 0; ; {
		start, end := NextWord(text, i)
		if start < 0 {
			return buf
		}
		buf = append(buf, word{start, end})
		i = end
	}
}

// articleWords are one article's words before the articles' dictionaries
// are merged: ids index the article's own list of normalised words, in the
// order they were first met. Tokenizing and normalising an article needs
// nothing from the others, so articles are read in parallel.
type articleWords struct {
	norms []string // local id → normalised word, in the order first met
	// ids holds the local id of every word of every prose passage, in
	// order; passage p's are ids[first[p]:first[p+1]]. Only ids are kept:
	// where a word lies is found again, for the passages of matches, whose
	// differences are reported, by reading them again (passageWords).
	ids   []int32
	first []int32
	// numbers are the local ids of the numbers spelled over several words
	// (numberPhrases), passage by passage, from numFirst[p] to
	// numFirst[p+1].
	numbers, numFirst []int32
}

// readWords tokenizes the prose passages of art. Each distinct spelling is
// normalised once: a passage's words are looked up by their text first.
// (Stems wait until the articles' words are merged, so that a word two
// articles share is stemmed once.)
// Normalised words get local ids in the order the sequential reading of
// the article meets them (a passage's number phrases, then its words),
// which is what makes term ids, and therefore every floating-point sum
// over a vector, the same however the articles are scheduled.
func readWords(art *model.Article) *articleWords {
	aw := &articleWords{
		first:    make([]int32, len(art.Passages)+1),
		numFirst: make([]int32, len(art.Passages)+1),
		ids:      make([]int32, 0, len(art.Text)/5),
	}
	// A spelling's normalised form, its local id once registered (-1
	// before), and whether it may scale a number phrase.
	type spelling struct {
		norm       string
		id         int32
		multiplier bool
	}
	spellings := map[string]int32{}
	var known []spelling
	ids := map[string]int32{}
	localID := func(norm string) int32 {
		id, ok := ids[norm]
		if !ok {
			id = int32(len(aw.norms))
			ids[norm] = id
			aw.norms = append(aw.norms, norm)
		}
		return id
	}
	var words []word
	var norms []string
	for p, passage := range art.Passages {
		aw.first[p] = int32(len(aw.ids))
		aw.numFirst[p] = int32(len(aw.numbers))
		if passage.Kind == model.KindNoise {
			continue
		}
		text := passage.Text
		words = passageWords(text, words[:0])
		from := len(aw.ids)
		scaled := false
		for _, w := range words {
			k, ok := spellings[text[w.start:w.end]]
			if !ok {
				norm := Normalize(text[w.start:w.end])
				k = int32(len(known))
				spellings[text[w.start:w.end]] = k
				known = append(known, spelling{norm: norm, id: -1, multiplier: isMultiplier(norm)})
			}
			scaled = scaled || known[k].multiplier
			aw.ids = append(aw.ids, k)
		}
		spelled := aw.ids[from:]
		if scaled { // only a multiplier word makes a number phrase
			norms = norms[:0]
			for _, k := range spelled {
				norms = append(norms, known[k].norm)
			}
			for _, n := range numberPhrases(text, words, norms) {
				aw.numbers = append(aw.numbers, localID(n)) // fourteen hundred = 1,400
			}
		}
		for i, k := range spelled {
			s := &known[k]
			if s.id < 0 {
				s.id = localID(s.norm)
			}
			spelled[i] = s.id
		}
	}
	aw.first[len(art.Passages)] = int32(len(aw.ids))
	aw.numFirst[len(art.Passages)] = int32(len(aw.numbers))
	return aw
}
