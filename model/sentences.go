package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range [start, end) into some string.
type span struct{ start, end int }

// splitSentences cuts s into sentences and returns their byte ranges, trimmed
// of surrounding white space. It is a rule-based splitter tuned for news
// prose: a sentence ends at . ! ? or … (plus any closing quotes and brackets)
// when the next text starts a new sentence. It does not break inside decimals
// (1.4), numbers (1,400), before a lower-case continuation ("," he said),
// after titles (Mr., Dr.), after initials (John F. Kennedy) or after
// abbreviations such as U.S. or Calif. unless the next word is a typical
// sentence opener ("The", "He", ...). Chinese and Japanese sentences end at
// 。！？ with no space after them; a quotation closed after one (「…。」)
// goes on when a hiragana particle follows (「…。」と言った), as an English
// one does before a lower-case word.
func splitSentences(s string) []span {
	var out []span
	start := 0
	terminators := newLiterals(s, ".", "!", "?", "…", "。", "！", "？", "｡")
	for i := 0; i < len(s); {
		i = terminators.next(i)
		if i < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		j := i + size
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !isTerminator(r2) {
				break
			}
			j += sz
		}
		k := j
		for k < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[k:])
			if !isCloser(r2) {
				break
			}
			k += sz
		}
		if end, ok := sentenceEnd(s, i, j, k); ok {
			out = appendTrimmed(out, s, start, end)
			start = end
		}
		i = k
	}
	return appendTrimmed(out, s, start, len(s))
}

// appendTrimmed appends s[start:end] without its surrounding white space,
// unless nothing is left.
func appendTrimmed(out []span, s string, start, end int) []span {
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start < end {
		out = append(out, span{start, end})
	}
	return out
}

// sentenceEnd decides whether the terminators s[i:j], followed by the closing
// quotes and brackets s[j:k], end a sentence, and where.
func sentenceEnd(s string, i, j, k int) (int, bool) {
	m := k
	for m < len(s) {
		r, sz := utf8.DecodeRuneInString(s[m:])
		if !unicode.IsSpace(r) {
			break
		}
		m += sz
	}
	if m == len(s) {
		return k, true
	}
	next, nextSize := utf8.DecodeRuneInString(s[m:])
	if strings.ContainsFunc(s[i:j], isWideTerminator) {
		// No space follows these; a hiragana particle or a comma after a
		// closed quotation continues its sentence.
		goesOn := m == k && k > j && (unicode.Is(unicode.Hiragana, next) || next == '、' || next == '，')
		return k, !goesOn
	}
	if m == k {
		// No space after the punctuation: 1.4, U.S.-led, example.com stay
		// whole; text glued to a new quotation (said."According) does not.
		if k > j && isStraightQuote(lastRune(s[j:k])) && unicode.IsUpper(next) {
			return k - 1, true // the straight quote opened the next sentence
		}
		if isOpener(next) {
			after, _ := utf8.DecodeRuneInString(s[m+nextSize:])
			return k, unicode.IsUpper(after)
		}
		return 0, false
	}
	if unicode.IsLower(next) {
		return 0, false
	}
	if s[i:j] != "." {
		return k, true
	}
	word := wordBefore(s, i)
	nextWord := wordAt(s, m)
	switch {
	case word == "":
		return k, true
	case titleAbbreviations[word]:
		return 0, false
	case unicode.IsDigit(next):
		// "No. 1", "Oct. 7", "p. 12" continue; a sentence rarely ends on
		// such a word and starts with a figure.
		return k, !numberAbbreviations[word] && !monthAbbreviations[word]
	case isInitial(word), strings.Contains(word, "."), ambiguousAbbreviations[word], monthAbbreviations[word]:
		return k, sentenceOpeners[nextWord]
	}
	return k, true
}

// wordBefore returns the letters and inner dots just before s[i] (the "U.S"
// of "U.S."), or "" when the text before is not a word.
func wordBefore(s string, i int) string {
	b := i
	for b > 0 {
		r, sz := utf8.DecodeLastRuneInString(s[:b])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		b -= sz
	}
	return strings.TrimLeft(s[b:i], ".")
}

// wordAt returns the letters starting at s[m], skipping an opening quote.
func wordAt(s string, m int) string {
	for m < len(s) {
		r, sz := utf8.DecodeRuneInString(s[m:])
		if !isOpener(r) {
			break
		}
		m += sz
	}
	e := m
	for e < len(s) {
		r, sz := utf8.DecodeRuneInString(s[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += sz
	}
	return s[m:e]
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isInitial(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	return size == len(word) && unicode.IsUpper(r)
}

func isTerminator(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || isWideTerminator(r)
}

// isWideTerminator reports whether r ends a Chinese or Japanese sentence:
// the ideographic full stop (and its half-width form) and the full-width
// exclamation and question marks.
func isWideTerminator(r rune) bool {
	return r == '。' || r == '！' || r == '？' || r == '｡'
}

// isCloser reports whether r closes a quotation or bracket.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』', '）':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or bracket.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '„', '「', '『', '（':
		return true
	}
	return false
}

func isStraightQuote(r rune) bool { return r == '"' || r == '\'' }

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titleAbbreviations precede a name, so a capital after them never starts
// a sentence.
var titleAbbreviations = wordSet(
	"Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Gen", "Sen", "Sens",
	"Rep", "Reps", "Gov", "Lt", "Col", "Sgt", "Capt", "Maj", "Cmdr", "Adm",
	"Brig", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "St",
	"Fr", "Mt", "Ft", "Sr", "Jr", "Gens",
)

// numberAbbreviations precede a figure: "No. 1", "p. 12".
var numberAbbreviations = wordSet("No", "Nos", "no", "nos", "p", "pp", "Vol", "vol", "Art", "Fig", "fig", "Sec", "Ch", "ch", "Nr")

var monthAbbreviations = wordSet("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")

// ambiguousAbbreviations may end a sentence or sit inside one ("Acme Inc.
// said"); a capital after them starts a sentence only when it is a typical
// sentence opener.
var ambiguousAbbreviations = wordSet(
	"Inc", "Ltd", "Corp", "Co", "Bros", "etc", "vs", "approx", "Dept", "dept",
	"Govt", "Ave", "Blvd", "Rd", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn",
	"Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
	"Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
	"Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "est", "al",
)

// sentenceOpeners are words that commonly begin an English sentence.
var sentenceOpeners = wordSet(
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His",
	"Her", "Its", "Their", "Our", "My", "This", "That", "These", "Those",
	"There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As",
	"After", "Before", "When", "While", "If", "Although", "However",
	"Meanwhile", "Also", "Then", "Now", "For", "With", "By", "From", "To",
	"Some", "Many", "Most", "Other", "Others", "No", "Not", "What", "Who",
	"Why", "How", "Where", "One", "Last", "Earlier", "Later", "Still", "Such",
	"According", "Since", "Despite", "During", "Under", "Over", "Both",
	"Each", "All", "Officials", "Police",
)
