package insight

import "github.com/parallax-reader/parallax/diffing"

// tokenizer splits text into the words diffing.Tokenize finds, with the
// same offsets and normal forms (it finds them with diffing.NextWord), at a
// fraction of the cost on long texts: it normalises each distinct spelling
// once (a long report repeats a few thousand spellings hundreds of
// thousands of times). Normal forms are numbered, so that a word is four
// bytes and two words compare by number. TestTokenizerMatchesDiffing and
// FuzzTokenizer keep the tokenizer and diffing in step. A tokenizer is not
// safe for concurrent use.
type tokenizer struct {
	recent   *[spellCacheSize]spellCacheEntry
	norms    []string         // normal form by number
	classes  []lexClass       // the word lists each normal form is in, by number
	bySpell  map[string]int32 // spelling → number of its normal form
	byNormal map[string]int32 // normal form → number
	buf      []token          // the words of the last text, for callers that do not keep them
	seen     []uint32         // by number: the contentWords call that last saw the form
	calls    uint32           // contentWords calls so far
}

// token is one word found by a tokenizer: byte offsets into the text
// tokenized and the number of its normal form.
type token struct{ start, end, norm int32 }

// newTokenizer returns a tokenizer with room for about spellings distinct
// spellings.
func newTokenizer(spellings int) *tokenizer {
	return &tokenizer{recent: new([spellCacheSize]spellCacheEntry),
		norms: make([]string, 0, spellings), classes: make([]lexClass, 0, spellings),
		bySpell: make(map[string]int32, spellings), byNormal: make(map[string]int32, spellings)}
}

// The commonest spellings are looked up in a small table in front of the
// map, its entries holding the spelling itself: the map's key points into
// the article, a cache miss away, and a few hundred words ("the", "and",
// "said") make up most of any text. The table is direct-mapped by a hash
// of the spelling; a spelling that does not fit goes to the map.
const (
	spellCacheSize = 4096
	spellCacheLen  = 15
)

// spellCacheEntry is a spelling of up to spellCacheLen bytes and the
// number of its normal form.
type spellCacheEntry struct {
	n     uint8
	spell [spellCacheLen]byte
	id    int32
}

// tokens appends the words of text to buf and returns it.
func (tz *tokenizer) tokens(text string, buf []token) []token {
	for i := 0; ; {
		start, end := diffing.NextWord(text, i)
		if start < 0 {
			return buf
		}
		buf = append(buf, token{int32(start), int32(end), tz.normal(text[start:end])})
		i = end
	}
}

// normal returns the number of diffing.Normalize(word), normalising each
// spelling once.
func (tz *tokenizer) normal(word string) int32 {
	if len(word) > spellCacheLen {
		return tz.lookup(word)
	}
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(word); i++ {
		h = (h ^ uint32(word[i])) * 16777619
	}
	e := &tz.recent[h%spellCacheSize]
	if int(e.n) == len(word) && string(e.spell[:e.n]) == word {
		return e.id
	}
	id := tz.lookup(word)
	e.n, e.id = uint8(copy(e.spell[:], word)), id
	return id
}

// lookup returns the number of diffing.Normalize(word) from the map,
// normalising a spelling it meets for the first time.
func (tz *tokenizer) lookup(word string) int32 {
	if id, ok := tz.bySpell[word]; ok {
		return id
	}
	n := diffing.Normalize(word)
	id, ok := tz.byNormal[n]
	if !ok {
		id = int32(len(tz.norms))
		tz.norms = append(tz.norms, n)
		tz.classes = append(tz.classes, classesOf(n))
		tz.byNormal[n] = id
	}
	tz.bySpell[word] = id
	return id
}

// quoteWords returns the distinct normalised words of a quotation's parts
// of text that are not function words, in order, and the same of each
// part. (The parts joined by partSeparator have the words of the parts,
// in order: the separator holds none and no word runs across it.)
func (tz *tokenizer) quoteWords(text string, parts []Span) (content []string, partContent [][]string) {
	partContent = make([][]string, len(parts))
	var all []int32 // the words of every part
	for k, p := range parts {
		start := len(all)
		tz.buf = tz.tokens(text[p.Start:p.End], tz.buf[:0])
		for _, tok := range tz.buf {
			all = append(all, tok.norm)
		}
		partContent[k] = tz.distinctContent(all[start:])
	}
	return tz.distinctContent(all), partContent
}

// distinctContent returns the normal forms of words that are not function
// words, each once, in order.
func (tz *tokenizer) distinctContent(words []int32) []string {
	var out []string
	tz.calls++
	if n := len(tz.norms); len(tz.seen) < n {
		tz.seen = append(tz.seen, make([]uint32, n-len(tz.seen))...)
	}
	for _, id := range words {
		if tz.classes[id]&lexFunction == 0 && tz.seen[id] != tz.calls {
			tz.seen[id] = tz.calls
			out = append(out, tz.norms[id])
		}
	}
	return out
}
