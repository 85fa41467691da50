package insight

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

// word is one word of an article's prose with what the analysis reads from
// it: where it is, its comparison form and its shape.
//
// Words are many (a million a report is not rare), so a word is small and
// holds no pointer: offsets are 32 bits (reports are far below 2 GB) and
// the normal form is a number into text.norms.
type word struct {
	start, end int32 // byte offsets into the article text
	normID     int32 // the normal form (diffing.Token.Norm), in text.norms
	passage    int32
	paragraph  int32
	gap        gapKind // what stands between the word before and this one
	upper      bool    // starts with an upper-case letter
	acronym    bool    // two to five letters, all upper case
	possessive bool    // ends in 's
	initial    bool    // first word of a sentence or of a quotation
	quoted     bool    // inside a quotation
	headline   bool    // in a passage written in title case, whose capitals say nothing
	opens      bool    // opens a sentence of the narration (text.opensSentence)
}

// gapKind classifies the text between two words, which most rules look
// at: nearly always a single space.
type gapKind int8

const (
	// gapBoundary: the words are in different paragraphs or noise stands
	// between them (or the word is the first); no phrase crosses it.
	gapBoundary gapKind = iota
	// gapSpace: only white space (or nothing) stands between them.
	gapSpace
	// gapPunct: punctuation stands between them.
	gapPunct
)

// text is one article read as a list of words.
type text struct {
	article int
	art     *model.Article
	words   []word
	norms   []string   // normal forms by number
	classes []lexClass // the word lists each normal form is in, by number
	tz      *tokenizer // reads more of the article's text (quotations) with the same numbers
}

// norm returns the normal form of word i.
func (t *text) norm(i int) string { return t.norms[t.words[i].normID] }

// is reports whether word i is in one of the lexical classes c.
func (t *text) is(i int, c lexClass) bool { return t.classes[t.words[i].normID]&c != 0 }

// formIs reports whether the normal form numbered id is in one of the
// lexical classes c.
func (t *text) formIs(id int32, c lexClass) bool { return t.classes[id]&c != 0 }

// passageOf returns the passage of word i.
func (t *text) passageOf(i int) int { return int(t.words[i].passage) }

// spanOf returns the bytes from word first to word last.
func (t *text) spanOf(first, last int) Span {
	return Span{int(t.words[first].start), int(t.words[last].end)}
}

// newText tokenizes the prose passages of article a. Noise is skipped.
func newText(a int, art *model.Article) *text {
	t := &text{article: a, art: art}
	// A report of n bytes spells a few thousand words in many ways but
	// seldom more than n/128 (4,100 in the first 100,000 words of the
	// King James Bible).
	tz := newTokenizer(256 + len(art.Text)/128)
	t.tz = tz
	var tokens []token
	// Prose averages over five bytes a word: room for all words at once
	// spares copying them as the list grows.
	t.words = make([]word, 0, len(art.Text)/5+1)
	for p, passage := range art.Passages {
		if passage.Kind == model.KindNoise {
			continue
		}
		tokens = tz.tokens(passage.Text, tokens[:0])
		base := int32(passage.Start)
		for _, tok := range tokens {
			start, end := base+tok.start, base+tok.end
			s := art.Text[start:end]
			t.words = append(t.words, word{
				start: start, end: end, normID: tok.norm, passage: int32(p), paragraph: int32(passage.Paragraph),
				upper:      startsUpper(s),
				acronym:    isAcronym(s),
				possessive: strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s"),
			})
		}
	}
	t.norms, t.classes = tz.norms, tz.classes
	for i := range t.words {
		t.words[i].gap = t.gapKind(i)
		t.words[i].initial = t.sentenceStart(i)
	}
	return t
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first)
}

// gapKind classifies the text before word i.
func (t *text) gapKind(i int) gapKind {
	gap, boundary := t.between(i)
	switch {
	case boundary:
		return gapBoundary
	case isSpace(gap):
		return gapSpace
	}
	return gapPunct
}

// isSpace reports whether s is only white space.
func isSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.TrimSpace(s[i:]) == ""
		}
		if !asciiSpace[s[i]] {
			return false
		}
	}
	return true
}

// asciiSpace marks the ASCII white space characters (as unicode.IsSpace).
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// titleCaseMinWords is the fewest longer words (four letters or more) a
// passage needs to be taken for a headline in title case.
const titleCaseMinWords = 4

// markHeadlines flags the words of passages written in title case, whose
// capitals say nothing about names: every longer word is capitalised, and
// some capitalised word is one the reports also write in lower case in
// mid-sentence ("Convicted", "Of"), so the capitals are style.
func (t *text) markHeadlines(lower map[string]bool) {
	for start := 0; start < len(t.words); {
		end := start
		for end < len(t.words) && t.words[end].passage == t.words[start].passage {
			end++
		}
		long, upper, common := 0, 0, 0
		for k, w := range t.words[start:end] {
			if len(t.norms[w.normID]) >= 4 {
				long++
				if w.upper {
					upper++
				}
			}
			if w.upper && k > 0 && (lower[t.norms[w.normID]] || t.formIs(w.normID, lexFunction)) && !w.acronym {
				common++
			}
		}
		if long >= titleCaseMinWords && upper == long && common > 0 {
			for i := start; i < end; i++ {
				t.words[i].headline = true
			}
		}
		start = end
	}
}

// isAcronym reports whether s is two to five capital letters (IRNA, UN).
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 5*utf8.UTFMax {
		return false
	}
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// raw returns the text of word i as written.
func (t *text) raw(i int) string { return t.art.Text[t.words[i].start:t.words[i].end] }

// between returns the text from the end of word i-1 to the start of word i,
// and whether the two words are in different paragraphs or separated by
// noise, which no phrase crosses.
func (t *text) between(i int) (gap string, boundary bool) {
	if i == 0 {
		return "", true
	}
	prev, cur := t.words[i-1], t.words[i]
	if prev.paragraph != cur.paragraph || cur.passage > prev.passage+1 {
		return t.art.Text[prev.end:cur.start], true
	}
	return t.art.Text[prev.end:cur.start], false
}

// sentenceStart reports whether word i opens a sentence or a quotation.
func (t *text) sentenceStart(i int) bool {
	switch {
	case t.words[i].gap == gapBoundary:
		return true
	case t.art.Unit == model.UnitSentence && t.words[i-1].passage != t.words[i].passage:
		return true
	case t.words[i].gap == gapSpace:
		// After a heading in capitals run into the text ("VOLATILE
		// BORDER Fire crackled"), a capitalised word starts a sentence.
		return t.words[i].upper && t.allCaps(i-1) && !t.allCaps(i)
	}
	gap, _ := t.between(i)
	if strings.TrimSpace(gap) == "." && (t.is(i-1, lexTitleAbbreviation) || (t.isInitial(i-1) && t.words[i].upper)) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(gap)
	return strings.ContainsAny(gap, ".!?…:") || containsOpener(string(last))
}

// joined reports whether words i-1 and i belong to one phrase: only spaces
// stand between them, or the point of a title ("Mr. Biden").
func (t *text) joined(i int) bool {
	switch t.words[i].gap {
	case gapBoundary:
		return false
	case gapSpace:
		return true
	}
	gap, _ := t.between(i)
	switch strings.TrimSpace(gap) {
	case ".":
		return t.is(i-1, lexTitleAbbreviation) || (t.isInitial(i-1) && t.words[i].upper)
	case "'", "’":
		// A plural possessive inside a name: "Sudanese Peoples' Liberation
		// Army".
		return t.words[i-1].upper && t.words[i].upper && strings.HasSuffix(t.raw(i-1), "s") && strings.HasPrefix(gap, strings.TrimSpace(gap))
	case "-":
		// A hyphen set off by spaces, as tokenised corpora write every
		// hyphen ("Al - Sawarmi"), joins one word; not a dateline's dash
		// ("JAKARTA - President").
		if gap != " - " || t.allCaps(i-1) || t.allCaps(i) {
			return false
		}
		return t.words[i-1].upper == t.words[i].upper || (t.is(i-1, lexConnector) && t.words[i].upper) // "al - Hilu"
	}
	return false
}

// isInitial reports whether word i is an initial: one capital letter
// followed by a point ("Rabie A. Atti", "U. N.").
func (t *text) isInitial(i int) bool {
	w := t.words[i]
	return w.end-w.start == 1 && w.upper && int(w.end) < len(t.art.Text) && t.art.Text[w.end] == '.'
}

// allCaps reports whether word i is written in capitals and is longer
// than an acronym (a dateline: JAKARTA).
func (t *text) allCaps(i int) bool {
	raw := t.raw(i)
	return len(raw) > 1 && !hasLower(raw) && !t.words[i].acronym
}

// hasLower reports whether s holds a lower-case letter (without the
// allocation strings.ToUpper(s) != s would cost on every capitalised
// word).
func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return strings.IndexFunc(s[i:], unicode.IsLower) >= 0
		} else if 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// wordAt returns the index of the first word starting at or after offset.
func (t *text) wordAt(offset int) int {
	return sort.Search(len(t.words), func(i int) bool { return int(t.words[i].start) >= offset })
}

// passageAt returns the index of the passage holding byte offset, or the
// nearest passage before it.
func passageAt(art *model.Article, offset int) int {
	p := sort.Search(len(art.Passages), func(i int) bool { return art.Passages[i].Start > offset }) - 1
	return max(p, 0)
}

// isName reports whether word i can be part of a name: capitalised and, at
// the start of a sentence, known as a name from elsewhere (names are
// capitalised in mid-sentence too; "The" and "Meanwhile" are not).
func (t *text) isName(i int, g *gazetteer) bool {
	w := t.words[i]
	if !w.upper || w.headline || t.isCalendar(i) || t.is(i, lexStopCapital) {
		return false // not capitalised, in a headline, a date or a time zone
	}
	if w.end-w.start < 2 {
		// A lone letter (I, A) is no name, unless it is an initial
		// before a name or another initial ("Rabie A. Atti", "U. S.").
		return t.isInitial(i) && ((i+1 < len(t.words) && t.joined(i+1)) || (i > 0 && t.isInitial(i-1) && t.joined(i)))
	}
	if t.allCaps(i) && w.paragraph == t.words[max(i-1, 0)].paragraph && i > 0 && t.words[i].gap != gapBoundary {
		return false // a word in capitals inside a paragraph is a heading or shouting ("VOLATILE BORDER")
	}
	raw := t.raw(i)
	if k := strings.LastIndexAny(raw, "-‐‑"); k >= 0 {
		// "Iran-affiliated" describes; "Amir-Abdollahian" names.
		r, _ := utf8.DecodeRuneInString(raw[k+1:])
		if r < utf8.RuneSelf && raw[k] == '-' && unicode.IsLower(r) {
			return false
		}
	}
	if w.initial && !w.acronym && hasLower(raw) {
		// A capitalised word opening a sentence is a name when the
		// reports capitalise it in mid-sentence too, or when it opens a
		// run of names: a title ("Senator Maria Olsen") or a word the
		// reports never write in lower case and no word list holds
		// ("Taban Deng"). (An upper-case word, a dateline, is a name.)
		norm := t.norms[w.normID]
		if g.capitalised[norm] {
			return true
		}
		if t.is(i, lexPlaceName) {
			return true // "Iraq said", "Khartoum reported"
		}
		if i+1 >= len(t.words) || !t.joined(i+1) || !t.words[i+1].upper || t.words[i+1].initial || !t.isName(i+1, g) {
			return false
		}
		return t.is(i, lexTitle|lexConnector) || t.unknownWord(i, g)
	}
	return true
}

// unknownWord reports whether word i is no word of the lexicon and the
// reports never write it in lower case in mid-sentence: at the start of a
// sentence, most likely a name.
func (t *text) unknownWord(i int, g *gazetteer) bool {
	w := t.words[i]
	return t.classes[w.normID] == 0 && !g.lower[t.norms[w.normID]] && w.end-w.start > 2
}

// isNameLike reports whether word i can name a speaker: a name, or a
// capitalised unknown word opening its sentence ("Kiir denied the
// claims").
func (t *text) isNameLike(i int, g *gazetteer) bool {
	w := t.words[i]
	if !w.upper {
		return false
	}
	return t.isName(i, g) || (w.initial && !w.headline && !t.isCalendar(i) && t.unknownWord(i, g))
}

// isCalendar reports whether word i names a weekday or a month (such words
// are dates, not names). "May" and "March" are months only when capitalised.
//
// Abbreviations ("Thu", "Nov") are calendar words next to a figure or
// another calendar word ("Thu Nov 10, 2011", "Nov. 10"), so that a person
// named Jan is not a month.
func (t *text) isCalendar(i int) bool {
	if t.is(i, lexWeekday) || (t.is(i, lexMonth) && len(t.norm(i)) > 3) {
		return true
	}
	if !t.is(i, lexCalendarAbbreviation) || !t.words[i].upper {
		return false
	}
	near := func(k int) bool {
		if k < 0 || k >= len(t.words) || t.words[k].paragraph != t.words[i].paragraph {
			return false
		}
		raw := t.raw(k)
		return (raw[0] >= '0' && raw[0] <= '9') || t.is(k, lexWeekday|lexMonth|lexCalendarAbbreviation)
	}
	return near(i-1) || near(i+1)
}
