package diffing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Token is one word of a text, with its place in the text and the form
// used to compare it.
type Token struct {
	// Start and End are byte offsets of the word in the text tokenized.
	Start, End int
	// Norm is the comparison form: lower case, accents removed, curly
	// apostrophes straightened, possessive 's and inner hyphens and
	// apostrophes dropped, thousands separators removed, number words
	// written as figures. The displayed text is always the original.
	Norm string
}

// Tokenize splits text into words. A word is a run of letters, digits and
// combining marks; an apostrophe or hyphen between letters, and a comma or
// point between digits, stay inside the word (Iran’s, Amir-Abdollahian,
// 1,400, 1.4, U.S.).
func Tokenize(text string) []Token {
	tokens := make([]Token, 0, len(text)/8+1) // English averages a word every 6 bytes
	for i := 0; ; {
		start, end := NextWord(text, i)
		if start < 0 && len(tokens) == 0 {
			return nil
		}
		if start < 0 {
			return tokens
		}
		tokens = append(tokens, Token{Start: start, End: end, Norm: Normalize(text[start:end])})
		i = end
	}
}

// NextWord returns the byte range of the first word of text at or after
// byte i (see Tokenize), or -1, -1 when there is none: Tokenize without
// normalising, for callers that normalise words their own way. ASCII,
// most of any English text, is classified by table without decoding.
func NextWord(text string, i int) (start, end int) {
	for i < len(text) && !wordByte[text[i]] {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			break
		}
		i += size
	}
	if i >= len(text) {
		return -1, -1
	}
	start = i
	for {
		for i < len(text) && wordByte[text[i]] {
			i++ // ASCII letters and digits, most of a word
		}
		if i >= len(text) {
			return start, i
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			if r, size = utf8.DecodeRuneInString(text[i:]); isWordRune(r) {
				i += size
				continue
			}
		}
		if !mayJoin(r) || !joinsWord(text, start, i, r, size) {
			return start, i
		}
		i += size
	}
}

// mayJoin reports whether r is punctuation that can sit inside a word
// (see joinsWord), which a space, most often, is not.
func mayJoin(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', ',', '.':
		return true
	}
	return false
}

// wordByte marks the bytes that are word runes by themselves: ASCII
// letters and digits. (A byte from 0x80 up starts or continues a longer
// character, which must be decoded.)
var wordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// joinsWord reports whether the punctuation r at text[i:] (size bytes) sits
// inside a word that began at start: an apostrophe or hyphen between
// letters, a comma or point between digits, or the points of an acronym.
func joinsWord(text string, start, i int, r rune, size int) bool {
	if !mayJoin(r) {
		return false
	}
	if i+size >= len(text) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	switch r {
	case ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	case '.':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return true
		}
		// U.S., U.N.: single capitals separated by points.
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

// Normalize returns the comparison form of one word (see Token.Norm).
func Normalize(word string) string {
	if isPlainLowerWord(word) {
		return numberOrWord(word) // most words: nothing to fold, no copy
	}
	if !isPlainASCII(word) {
		word = foldAccents(word)
	}
	w := strings.ToLower(word)
	if !isPlainASCII(w) {
		w = strings.ReplaceAll(w, "’", "'")
	}
	w = strings.TrimSuffix(w, "'s")
	if strings.ContainsAny(w, "'-‐‑") {
		w = wordJoiners.Replace(w)
	}
	if strings.ContainsAny(w, ",.") {
		w = normalizeNumber(w)
	}
	return numberOrWord(w)
}

// wordJoiners removes the apostrophes and hyphens inside a word.
var wordJoiners = strings.NewReplacer("'", "", "-", "", "‐", "", "‑", "")

// isPlainLowerWord reports whether s is made of ASCII lower-case letters
// and digits only, which Normalize leaves as they are.
func isPlainLowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// numberOrWord returns the figure of a number word (four → 4), or w.
func numberOrWord(w string) string {
	if len(w) < 3 || len(w) > 9 {
		return w // no number word is shorter or longer
	}
	if n, ok := numberWords[w]; ok {
		return n
	}
	return w
}

// normalizeNumber drops thousands separators (1,400 → 1400) and the points
// of acronyms (u.s → us); decimal points stay (1.4).
func normalizeNumber(w string) string {
	if w[0] >= '0' && w[0] <= '9' {
		return strings.ReplaceAll(w, ",", "")
	}
	return strings.ReplaceAll(w, ".", "")
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldAccents removes combining marks after canonical decomposition
// (é → e), so spellings with and without accents compare equal.
func foldAccents(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// numberWords maps the number words news prose spells out to figures.
var numberWords = map[string]string{
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
	"six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
	"eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
	"fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
	"nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
	"fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
	"ninety": "90", "hundred": "100", "thousand": "1000",
}
