package diffing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text, with its place in the text and the form
// used to compare it.
type Token struct {
	// Start and End are byte offsets of the word in the text tokenized.
	Start, End int
	// Norm is the comparison form: compatibility forms folded (ﬁ = fi,
	// １４ = 14), lower case, accents and invisible format characters
	// removed, apostrophe-like marks made one, possessive 's and inner
	// hyphens and apostrophes dropped, thousands separators removed,
	// number words written as figures (see invisible.go). The displayed
	// text is always the original.
	Norm string
}

// Tokenize splits text into words. A word is a run of letters, digits and
// combining marks (in Chinese and Japanese, which put no spaces between
// words, a character of Chinese or a run of one kana; see wordBreak); an apostrophe or hyphen between letters, a comma or
// point between digits, a thin or no-break space between groups of digits,
// and an invisible format character stay inside the word (Iran’s,
// Amir-Abdollahian, 1,400, 1.4, 1 400, U.S., minis\u00adter), and so does a
// hyphen that breaks a word at a line end, with the line break.
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
	script := otherScript // of the last word rune read
	for {
		if i < len(text) && wordByte[text[i]] {
			if script != otherScript {
				return start, i // Latin after Chinese or Japanese
			}
			for i < len(text) && wordByte[text[i]] {
				i++ // ASCII letters and digits, most of a word
			}
		}
		if i >= len(text) {
			return start, i
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			if r, size = utf8.DecodeRuneInString(text[i:]); isWordRune(r) {
				s := scriptOf(r)
				if i > start && wordBreak(script, s) {
					return start, i
				}
				script = s
				i += size
				continue
			}
		}
		n := 0
		if mayJoin(r) {
			n = joinLength(text, start, i, r, size)
		}
		if n == 0 {
			return start, i
		}
		i += n
	}
}

// script tells the writing systems that put no spaces between words apart.
type script int8

const (
	otherScript    script = iota
	hanScript             // Chinese characters: each is a word
	hiraganaScript        // a run of hiragana is a word
	katakanaScript        // a run of katakana is a word
)

// scriptOf returns the script of a word rune as far as word breaks care.
func scriptOf(r rune) script {
	switch {
	case r < 0x2e80:
		return otherScript // below every CJK block: most text
	case unicode.Is(unicode.Han, r):
		return hanScript
	case unicode.Is(unicode.Hiragana, r):
		return hiraganaScript
	case unicode.Is(unicode.Katakana, r) || r == 'ー':
		return katakanaScript
	}
	return otherScript
}

// wordBreak reports whether a word ends between a rune of script before
// and one of script after: Chinese and Japanese are written without spaces,
// so a word ends after each Chinese character and wherever the script
// changes, as the word boundaries of Unicode's UAX #29 have it.
func wordBreak(before, after script) bool {
	return before != after || before == hanScript
}

// mayJoin reports whether r is punctuation, a space or a format character
// that can sit inside a word (see joinLength), which an ASCII space, most
// often, is not.
func mayJoin(r rune) bool {
	switch r {
	case '\'', '-', ',', '.', '`':
		return true
	}
	return r >= utf8.RuneSelf && (isApostrophe(r) || isHyphen(r) || isInvisible(r) || isDigitSpace(r))
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

// joinLength returns how many bytes of text[i:], starting with the
// punctuation, space or format character r (size bytes), continue a word
// that began at start, or 0 when the word ends there: an apostrophe or
// hyphen between word runes, a comma or point between digits, the points
// of an acronym, an invisible format character inside a word, a space
// between groups of digits, and a hyphen that breaks a word at a line end
// together with the line break (see invisible.go).
func joinLength(text string, start, i int, r rune, size int) int {
	if i+size >= len(text) {
		return 0
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	joined := false
	switch {
	case r == ',':
		joined = unicode.IsDigit(prev) && unicode.IsDigit(next)
	case r == '.':
		joined = unicode.IsDigit(prev) && unicode.IsDigit(next) ||
			unicode.IsUpper(prev) && unicode.IsUpper(next) && isSingleLetterBefore(text, start, i) // U.S., U.N.
	case isInvisible(r):
		joined = (isWordRune(prev) || isInvisible(prev)) && joinsAcrossInvisible(text, i+size)
	case isDigitSpace(r):
		joined = unicode.IsDigit(prev) && groupsOfThree(text, start, i, size)
	case isHyphen(r) && (next == '\n' || next == '\r'):
		if unicode.IsLetter(prev) && joinsAcrossLineBreak(text, start, i, size) {
			return size + lineBreakAfter(text, i+size)
		}
	default: // apostrophes and hyphens
		joined = isWordRune(prev) && isWordRune(next)
	}
	if joined {
		return size
	}
	return 0
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
		word = foldCompatibility(word)
	}
	w := strings.ToLower(word)
	if strings.ContainsRune(w, '`') {
		w = strings.ReplaceAll(w, "`", "'")
	}
	w = strings.TrimSuffix(w, "'s")
	if strings.ContainsAny(w, "'-‐") {
		w = wordJoiners.Replace(w)
	}
	if strings.ContainsAny(w, ",. ") {
		w = normalizeNumber(w)
	}
	return numberOrWord(w)
}

// wordJoiners removes the apostrophes and hyphens inside a word, and the
// line break after a hyphen that broke it at a line end.
var wordJoiners = strings.NewReplacer("'", "", "-", "", "‐", "", "\n", "", "\r", "", " ", "", "\t", "")

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

// normalizeNumber drops thousands separators (1,400 and 1 400 → 1400)
// and the points of acronyms (u.s → us); decimal points stay (1.4).
func normalizeNumber(w string) string {
	w = strings.ReplaceAll(w, " ", "")
	if w != "" && w[0] >= '0' && w[0] <= '9' {
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
