package diffing

import (
	"math"

	"github.com/parallax-reader/parallax/model"
)

// word is one word of a passage: its byte range in the passage's text and
// the id of its normalised form. Offsets are relative to the passage so
// that 32 bits hold them; the few words of a passage longer than 2 GiB
// that start past that are not compared.
type word struct{ start, end, id int32 }

// articleWords are one article's words before the articles' dictionaries
// are merged: ids index the article's own list of normalised words, in the
// order they were first met. Tokenizing, normalising and stemming an
// article needs nothing from the others, so articles are read in parallel.
type articleWords struct {
	norms []string // local id → normalised word, in the order first met
	words []word   // the words of every prose passage, in order
	// first[p] is the index in words of passage p's first word;
	// first[p+1] ends them.
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
		words:    make([]word, 0, len(art.Text)/6),
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
	var norms []string
	for p, passage := range art.Passages {
		aw.first[p] = int32(len(aw.words))
		aw.numFirst[p] = int32(len(aw.numbers))
		if passage.Kind == model.KindNoise {
			continue
		}
		text := passage.Text
		from := len(aw.words)
		scaled := false
		for i := 0; i <= math.MaxInt32; {
			start, end := nextWord(text, i)
			if start < 0 || end > math.MaxInt32 {
				break
			}
			k, ok := spellings[text[start:end]]
			if !ok {
				norm := Normalize(text[start:end])
				k = int32(len(known))
				spellings[text[start:end]] = k
				known = append(known, spelling{norm: norm, id: -1, multiplier: isMultiplier(norm)})
			}
			scaled = scaled || known[k].multiplier
			aw.words = append(aw.words, word{int32(start), int32(end), k})
			i = end
		}
		words := aw.words[from:]
		if scaled { // only a multiplier word makes a number phrase
			norms = norms[:0]
			for _, w := range words {
				norms = append(norms, known[w.id].norm)
			}
			for _, n := range numberPhrases(text, words, norms) {
				aw.numbers = append(aw.numbers, localID(n)) // fourteen hundred = 1,400
			}
		}
		for k := range words {
			s := &known[words[k].id]
			if s.id < 0 {
				s.id = localID(s.norm)
			}
			words[k].id = s.id
		}
	}
	aw.first[len(art.Passages)] = int32(len(aw.words))
	aw.numFirst[len(art.Passages)] = int32(len(aw.numbers))
	return aw
}
