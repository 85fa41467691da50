package insight

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/diffing"
)

// tokenizer splits text into the words diffing.Tokenize finds, with the
// same offsets and normal forms, at a fraction of the cost on long texts:
// it walks ASCII a byte at a time and normalises each distinct spelling
// once (a long report repeats a few thousand spellings hundreds of
// thousands of times). Normal forms are numbered, so that a word is four
// bytes and two words compare by number. TestTokenizerMatchesDiffing and
// FuzzTokenizer keep the tokenizer and diffing in step. A tokenizer is not
// safe for concurrent use.
type tokenizer struct {
	norms    []string         // normal form by number
	bySpell  map[string]int32 // spelling → number of its normal form
	byNormal map[string]int32 // normal form → number
	buf      []token          // the words of the last text, for callers that do not keep them
}

// token is one word found by a tokenizer: byte offsets into the text
// tokenized and the number of its normal form.
type token struct{ start, end, norm int32 }

func newTokenizer() *tokenizer {
	return &tokenizer{bySpell: map[string]int32{}, byNormal: map[string]int32{}}
}

// tokens appends the words of text to buf and returns it.
func (tz *tokenizer) tokens(text string, buf []token) []token {
	for i := 0; i < len(text); {
		r, size := decodeRune(text, i)
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(text) {
			r, size = decodeRune(text, i)
			if isWordRune(r) || joinsWord(text, start, i, r, size) {
				i += size
				continue
			}
			break
		}
		buf = append(buf, token{int32(start), int32(i), tz.normal(text[start:i])})
	}
	return buf
}

// normal returns the number of diffing.Normalize(word), normalising each
// spelling once.
func (tz *tokenizer) normal(word string) int32 {
	if id, ok := tz.bySpell[word]; ok {
		return id
	}
	n := diffing.Normalize(word)
	id, ok := tz.byNormal[n]
	if !ok {
		id = int32(len(tz.norms))
		tz.norms = append(tz.norms, n)
		tz.byNormal[n] = id
	}
	tz.bySpell[word] = id
	return id
}

// decodeRune decodes the rune at text[i:], ASCII without a call.
func decodeRune(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// isWordRune reports whether r belongs to a word: a letter, a digit or a
// combining mark (as in diffing).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// joinsWord reports whether the punctuation r at text[i:] (size bytes) sits
// inside a word that began at start, as diffing decides it: an apostrophe
// or hyphen between letters, a comma or point between digits, or the
// points of an acronym.
func joinsWord(text string, start, i int, r rune, size int) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', ',', '.':
	default:
		return false
	}
	if i+size >= len(text) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	next, _ := decodeRune(text, i+size)
	switch r {
	case ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	case '.':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return true
		}
		return unicode.IsUpper(prev) && unicode.IsUpper(next) && isSingleLetterBefore(text, start, i)
	}
	return isWordRune(prev) && isWordRune(next)
}

// isSingleLetterBefore reports whether the word text[start:i] ends in a
// letter that stands alone since the word began or since the last point.
func isSingleLetterBefore(text string, start, i int) bool {
	seg := text[start:i]
	if dot := strings.LastIndexByte(seg, '.'); dot >= 0 {
		seg = seg[dot+1:]
	}
	return utf8.RuneCountInString(seg) == 1
}
