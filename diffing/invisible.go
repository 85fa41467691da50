package diffing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/parallax-reader/parallax/diffing/lexicon"
)

// Web pages and copied text carry characters a reader never sees, and
// typographic forms of characters a reader sees as the plain ones. Words
// are compared as the reader sees them:
//
//   - format characters inside a word vanish: the soft hyphen (U+00AD),
//     the zero-width space, non-joiner and joiner (U+200B to U+200D), the
//     word joiner (U+2060) and a stray byte order mark (U+FEFF);
//   - compatibility forms fold (NFKD): ligatures (ﬁ = fi), full-width
//     letters and digits (１４００ = 1400);
//   - every apostrophe-like mark is one apostrophe (won’t = wonʼt = won't);
//   - a no-break, thin, narrow or figure space between digits, before a
//     group of three, is a thousands separator (1 400 = 1,400 = 1400);
//   - a word hyphenated at a line end inside a paragraph is one word when
//     the lexicon knows it joined (communi-/cation) or knows both halves
//     (well-/known, kept hyphenated, which compares as well-known does).

// Invisible holds the format characters that may sit inside a word
// without being seen: the soft hyphen, the zero-width space, non-joiner
// and joiner, the word joiner and the byte order mark.
const Invisible = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

// isInvisible reports whether r is one of Invisible.
func isInvisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// isApostrophe reports whether r is a mark used as an apostrophe inside
// words. The modifier letter apostrophe (U+02BC) is a letter to Unicode,
// so it is a word rune already; Normalize folds it with the others.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '′', '＇', '`':
		return true
	}
	return false
}

// isDigitSpace reports whether r is a space that typesetting puts between
// groups of digits.
func isDigitSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u2007', '\u2009', '\u202f':
		return true
	}
	return false
}

// isHyphen reports whether r is a hyphen that may join the parts of a word.
func isHyphen(r rune) bool {
	return r == '-' || r == '‐' || r == '‑'
}

// joinsAcrossInvisible reports whether the format character at text[i:]
// sits inside a word: a word rune comes after the run of format characters
// it starts (the word rune before it is the caller's to know).
func joinsAcrossInvisible(text string, i int) bool {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isInvisible(r) {
			return isWordRune(r)
		}
		i += size
	}
	return false
}

// groupsOfThree reports whether the space at text[i:] (size bytes) is a
// thousands separator: the word so far, since its start or its last
// separator, is one to three digits, and exactly three digits follow.
func groupsOfThree(text string, start, i, size int) bool {
	group := text[start:i]
	if k := strings.LastIndexFunc(group, func(r rune) bool { return !unicode.IsDigit(r) }); k >= 0 {
		_, sep := utf8.DecodeRuneInString(group[k:])
		group = group[k+sep:]
	}
	if n := utf8.RuneCountInString(group); n < 1 || n > 3 {
		return false
	}
	rest := text[i+size:]
	for k := 0; k < 3; k++ {
		r, s := utf8.DecodeRuneInString(rest)
		if !unicode.IsDigit(r) {
			return false
		}
		rest = rest[s:]
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsDigit(r)
}

// lineBreakAfter returns how many bytes of text[i:] are a line break
// inside a paragraph (\n or \r\n, then the next line's indentation), or 0.
func lineBreakAfter(text string, i int) int {
	j := i
	if j < len(text) && text[j] == '\r' {
		j++
	}
	if j >= len(text) || text[j] != '\n' {
		return 0
	}
	j++
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= len(text) || text[j] == '\n' || text[j] == '\r' {
		return 0 // a blank line ends the paragraph
	}
	return j - i
}

// suspended are the words after which a hyphen at a line end is a
// suspended hyphen ("pre-\nand post-war"), not a broken word.
var suspended = map[string]bool{"and": true, "or": true, "nor": true, "to": true}

// joinsAcrossLineBreak reports whether the hyphen at text[i:] (size
// bytes), at the end of a line, breaks a word that began at start: the
// lexicon knows the two halves joined (communi-/cation), or knows both
// halves (well-/known).
func joinsAcrossLineBreak(text string, start, i, size int) bool {
	brk := lineBreakAfter(text, i+size)
	if brk == 0 {
		return false
	}
	left := text[start:i]
	if k := strings.LastIndexFunc(left, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		_, sep := utf8.DecodeRuneInString(left[k:])
		left = left[k+sep:]
	}
	from := i + size + brk
	to := from
	for to < len(text) {
		r, s := utf8.DecodeRuneInString(text[to:])
		if !unicode.IsLetter(r) {
			break
		}
		to += s
	}
	right := text[from:to]
	if left == "" || right == "" {
		return false
	}
	l, r := strings.ToLower(left), strings.ToLower(right)
	if suspended[r] {
		return false
	}
	if known(l + r) {
		return true
	}
	return known(l) && known(r)
}

// known reports whether the lexicon has seen a word with the stem of w.
func known(w string) bool {
	return lexicon.Count(lexicon.Stem(w)) > 0
}

// foldCompatibility returns word with compatibility forms decomposed
// (NFKD), the accents of Latin, Greek and Cyrillic letters and invisible
// format characters dropped, apostrophe-like marks made one apostrophe,
// and the result recomposed. The marks of other scripts are kept: a
// Devanagari vowel sign or the voicing mark of a kana (て, で) is part of
// the letter, not an accent.
func foldCompatibility(word string) string {
	d := norm.NFKD.String(word)
	var b strings.Builder
	b.Grow(len(d))
	accented := false // the last letter is one whose marks are accents
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
			if !accented {
				b.WriteRune(r) // a vowel sign or a voicing mark: part of the letter
			}
		case isInvisible(r):
		case isApostrophe(r):
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
			accented = unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
		}
	}
	return norm.NFC.String(b.String())
}
