package insight

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// Quotation is a direct quotation as one report gives it.
type Quotation struct {
	// Article indexes Alignment.Articles; Passage is the passage where the
	// quotation opens.
	Article, Passage int
	// Parts are the quoted words, without the quotation marks, in reading
	// order. A quotation interrupted by its attribution ("…,” he said. “…")
	// or continued into the next paragraph has several parts.
	Parts []Span
	// Speaker is who the report says spoke; zero when it does not say.
	Speaker Speaker
	// Via is the outlet or agency the report credits for the quotation
	// ("according to Reuters"); zero when none.
	Via Speaker
	// Headline is true for a quotation in the report's headline (its
	// Title, which no passage holds; Passage is then the first passage).
	Headline bool
	// paragraph and closed are used while reading the report.
	paragraph int
	closed    bool
	runsOn    bool // left open at the end of its paragraph
	single    bool
	straight  bool // opened by a straight mark, which may be stray
}

// Text returns the quoted words of art (the quotation's article), parts
// joined with " … ".
func (q Quotation) Text(art *model.Article) string {
	parts := make([]string, len(q.Parts))
	for k, p := range q.Parts {
		parts[k] = art.Text[p.Start:p.End]
	}
	return strings.Join(parts, partSeparator)
}

// Span returns the bytes from the quotation's first quoted word to its last.
func (q Quotation) Span() Span {
	return Span{q.Parts[0].Start, q.Parts[len(q.Parts)-1].End}
}

// minQuoteWords is the shortest quotation, in words: a single quoted word
// is a scare quote. (Single marks are apostrophes too; they open and close
// only at the edges of words.)
const minQuoteWords = 2

// quoteMark describes one quotation mark character.
type quoteMark struct {
	opens    bool   // may open a quotation
	closes   string // for an opener: the marks that close it
	single   bool
	straight bool // the same character opens and closes: which it does is read from the text around it
}

// Quotation marks recognised: straight, curly (English and German style)
// and guillemets. Only openers close quotations, with the marks listed.
var (
	straightDouble = quoteMark{opens: true, closes: "\"”“", straight: true}
	leftDouble     = quoteMark{opens: true, closes: "”\""}
	lowDouble      = quoteMark{opens: true, closes: "“”\""}
	leftGuillemet  = quoteMark{opens: true, closes: "»"}
	straightSingle = quoteMark{opens: true, closes: "'’", single: true, straight: true}
	leftSingle     = quoteMark{opens: true, closes: "’'", single: true}
	closingSingle  = quoteMark{single: true}
	backtick       = quoteMark{opens: true, closes: "'’", single: true}
)

// markOf returns what the quotation mark r does, and whether r is one.
func markOf(r rune) (quoteMark, bool) {
	switch r {
	case '"':
		return straightDouble, true
	case '“':
		return leftDouble, true
	case '„':
		return lowDouble, true
	case '«':
		return leftGuillemet, true
	case '»', '”':
		return quoteMark{}, true
	case '\'':
		return straightSingle, true
	case '‘':
		return leftSingle, true
	case '’', '\u201b':
		return closingSingle, true
	}
	return quoteMark{}, false
}

// isMark reports whether r is a quotation mark.
func isMark(r rune) bool {
	_, ok := markOf(r)
	return ok
}

// containsOpener reports whether s holds a double opening quotation mark.
func containsOpener(s string) bool { return strings.ContainsAny(s, "\"“„«") }

// quoteScanner finds quotations in one article's prose.
type quoteScanner struct {
	art    *model.Article
	a      int
	out    []Quotation
	cur    *Quotation // the open quotation, if any
	closes string     // marks that close it
	start  int        // where its current part started
	last   int        // end of the prose read so far
}

// findQuotations returns the quotations of an article, in reading order.
func findQuotations(a int, art *model.Article) []Quotation {
	s := &quoteScanner{art: art, a: a}
	for pi, para := range art.Paragraphs {
		prev := -1
		for p := para.First; p < para.Last; p++ {
			passage := art.Passages[p]
			if passage.Kind == model.KindNoise {
				continue
			}
			if prev >= 0 && p > prev+1 && s.cur != nil {
				// Noise inside a quotation: the quotation goes on after it,
				// in a new part, so its text never holds the noise.
				s.endPart()
				s.start = passage.Start
			}
			s.scan(pi, p, passage)
			prev = p
		}
		if s.cur != nil {
			s.endPart()
			s.cur.runsOn = true
			s.finish(false)
		}
	}
	return joinContinued(art, s.out)
}

// scan reads one prose passage of paragraph pi.
//
// Curly marks and guillemets say whether they open or close. A straight
// mark does not, and neither does a curly mark in a corpus that sets every
// mark off with spaces ("it, ” he said"), so the text around a mark decides
// (markShape). A mark shaped like an opener while a quotation is open means
// that quotation was never closed: it ends there, and a new one opens.
func (s *quoteScanner) scan(pi, p int, passage model.Passage) {
	text := s.art.Text
	for i := passage.Start; i < passage.End; {
		if c := text[i]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
			i++ // the only ASCII quotation marks
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '`' || (r == '\'' && s.doubledApostrophe(i, passage.End)) {
			// `` and '' stand for double marks in some wire copy
			// (``We will,'' he said), ` for a single opening mark.
			if i+1 < passage.End && text[i+1] == byte(r) {
				s.doubled(pi, p, i, r == '`')
				i += 2
				continue
			}
			if s.cur == nil && s.canOpen(text, i, 1, backtick, opener, passage.End) {
				s.open(pi, p, i+1, backtick)
			}
			i++
			continue
		}
		m, isMark := markOf(r)
		if !isMark {
			i += size
			continue
		}
		shape := either
		if r == '"' {
			shape = markShapeAt(text, i, size) // the one mark whose direction its shape tells
		}
		switch {
		case s.cur != nil && strings.ContainsRune(s.closes, r) && s.canClose(text, i, size, m, shape):
			s.part(i)
			s.finish(true)
		case s.cur != nil && m.opens && !m.single && !s.cur.single && (!m.straight || shape == opener):
			// A new opening mark while a quotation is open: the open one
			// was never closed. End it before this one.
			s.part(i)
			s.finishUnclosed()
			s.open(pi, p, i+size, m)
		case s.cur != nil && s.cur.single && m.opens && !m.single:
			s.cur = nil // the single mark was an apostrophe after all
			s.open(pi, p, i+size, m)
		case s.cur == nil && m.opens && s.canOpen(text, i, size, m, shape, passage.End):
			s.open(pi, p, i+size, m)
		}
		i += size
	}
	s.last = passage.End
}

// doubledApostrophe reports whether the ' at i is the first of two.
func (s *quoteScanner) doubledApostrophe(i, end int) bool {
	return i+1 < end && s.art.Text[i+1] == '\''
}

// doubled reads two backticks (an opener) or two apostrophes at byte i:
// a closer when a quotation is open, and otherwise an opener when a word
// follows them, as wire copy writes its quotation marks.
func (s *quoteScanner) doubled(pi, p, i int, backticks bool) {
	switch {
	case backticks && s.cur != nil && !s.cur.single:
		s.part(i)
		s.finishUnclosed()
		s.open(pi, p, i+2, straightDouble)
	case backticks:
		s.cur = nil
		s.open(pi, p, i+2, straightDouble)
	case s.cur != nil:
		s.part(i)
		s.finish(true)
	case markShapeAt(s.art.Text, i, 2) == opener:
		s.open(pi, p, i+2, straightDouble)
	}
}

// markShape is what the text around a quotation mark suggests it does.
type markShape int8

const (
	// either: space on both sides, as corpora tokenised word by word write
	// every mark ("it, ” he said"), or letters on both sides.
	either markShape = iota
	// opener: space, a bracket or a dash before, a word after (` "We`).
	opener
	// closer: a word or punctuation before, space or punctuation after
	// (`it," he`).
	closer
)

// markShapeAt returns the shape of the mark text[i:i+size].
func markShapeAt(text string, i, size int) markShape {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	openBefore := i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
	blankAfter := i+size >= len(text) || unicode.IsSpace(next) || strings.ContainsRune(",.;:!?)]}…", next)
	switch {
	case openBefore && !blankAfter:
		return opener
	case !openBefore && blankAfter:
		return closer
	}
	return either
}

// canOpen reports whether the mark at text[i:i+size] opens a quotation. A
// curly or low opening mark always opens; a straight double mark unless it
// is shaped like a closer; a single mark only at the start of a word, so
// that apostrophes (Iran's, rock 'n' roll) do not.
func (s *quoteScanner) canOpen(text string, i, size int, m quoteMark, shape markShape, end int) bool {
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	if !m.single {
		if m.straight {
			return shape == opener || (shape == either && i+size < end && !unicode.IsSpace(next))
		}
		return i+size < end
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	atWordStart := i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([—–-“\"", prev)
	if !m.straight && unicode.IsSpace(next) {
		// ‘ set off by spaces in a tokenised corpus: a word must follow.
		after, _ := utf8.DecodeRuneInString(text[i+size+1:])
		return atWordStart && (unicode.IsLetter(after) || unicode.IsDigit(after))
	}
	return atWordStart && (unicode.IsLetter(next) || unicode.IsDigit(next))
}

// canClose reports whether the mark at text[i:i+size] closes the open
// quotation. A straight mark shaped like an opener does not: the open
// quotation was left unclosed (scan). A single mark inside a word, or
// before the end of a contraction set off by a space ("we ’ ll"), is an
// apostrophe.
func (s *quoteScanner) canClose(text string, i, size int, m quoteMark, shape markShape) bool {
	if !s.cur.single {
		return !m.straight || shape != opener
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsSpace(prev) && unicode.IsSpace(next) {
		return !contractionAfter(text[i+size:])
	}
	return i > 0 && !unicode.IsSpace(prev) && !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// contractionAfter reports whether s (the text after an apostrophe set off
// by spaces) starts with the end of a contraction: " s", " ll", " t".
func contractionAfter(s string) bool {
	s = strings.TrimLeft(s, " ")
	k := 0
	for k < len(s) && k < 3 && 'a' <= s[k] && s[k] <= 'z' {
		k++
	}
	if k == len(s) || (k < len(s) && unicode.IsLetter(rune(s[k]))) {
		return false
	}
	switch s[:k] {
	case "s", "t", "ll", "re", "ve", "d", "m":
		return true
	}
	return false
}

func (s *quoteScanner) open(pi, p, at int, m quoteMark) {
	s.cur = &Quotation{Article: s.a, Passage: p, paragraph: pi, single: m.single, straight: m.straight}
	s.closes = m.closes
	s.start = at
}

// part ends the current part of the open quotation at byte end.
func (s *quoteScanner) part(end int) {
	start, end := trimSpan(s.art.Text, s.start, end)
	if start < end {
		s.cur.Parts = append(s.cur.Parts, Span{start, end})
	}
}

// endPart ends the current part at the end of the prose read so far.
func (s *quoteScanner) endPart() { s.part(max(s.last, s.start)) }

// finishUnclosed ends a quotation cut short by the next opening mark. A
// report that runs a quotation over several paragraphs opens each with a
// mark and closes only the last, and a corpus that joins the paragraphs
// keeps the marks: such a quotation ends on the end of a sentence and is
// kept. Otherwise, when a straight mark opened it, that mark may have been
// stray, and what follows it narration: it is dropped. (A curly opening
// mark says what it does; only its closing mark is missing.)
func (s *quoteScanner) finishUnclosed() {
	if q := s.cur; len(q.Parts) > 0 && !q.single {
		last := q.Parts[len(q.Parts)-1]
		text := s.art.Text[last.Start:last.End]
		switch {
		case !q.straight:
		case !endsSentence(text) || opensWithAttribution(s.art.Text[q.Parts[0].Start:q.Parts[0].End]):
			s.cur = nil
			return
		case len(q.Parts) == 1 && sentences(text) > maxJoinedSentences:
			// Too long for a paragraph of a quotation: a stray mark
			// before narration. The quotation ends with its sentence.
			q.Parts[0].End = last.Start + firstSentenceEnd(text)
		}
		s.finish(false)
		return
	}
	s.cur = nil
}

// maxJoinedSentences is the most sentences a paragraph of a quotation run
// into the next (its closing mark left out) is taken to hold.
const maxJoinedSentences = 3

// firstSentenceEnd returns where the first sentence of s ends (after its
// point), or len(s).
func firstSentenceEnd(s string) int {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if s[i+1] == ' ' && (isUpperASCII(s[i+2]) || s[i+2] >= utf8.RuneSelf) {
				return i + 1
			}
		}
	}
	return len(s)
}

// endsSentence reports whether s ends like a sentence: a full stop, a
// question or exclamation mark or an ellipsis, perhaps before a closing
// bracket or single mark.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " )]’'")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// finish records the open quotation when it is long enough to count.
func (s *quoteScanner) finish(closed bool) {
	q := s.cur
	s.cur = nil
	q.closed = closed
	if len(q.Parts) == 0 || (q.single && !closed) {
		return
	}
	words := 0
	for _, p := range q.Parts {
		words += fieldCount(s.art.Text[p.Start:p.End])
	}
	if words < minQuoteWords {
		return
	}
	s.out = append(s.out, *q)
}

// joinContinued merges a quotation left open at the end of a paragraph with
// the quotation that opens the next paragraph: the convention for a quote
// running over several paragraphs. A quotation left open that does not go
// on in the next paragraph was opened by a stray mark, or its closing mark
// is missing: opened by a straight mark, it ends with its first sentence,
// or is dropped when it starts with an attribution, so that a stray mark
// never makes a quotation of the narration after it.
func joinContinued(art *model.Article, qs []Quotation) []Quotation {
	var out []Quotation
	for _, q := range qs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.runsOn && q.paragraph == last.paragraph+1 && opensParagraph(art, q) && !strayStart(art, *last) {
				last.Parts = append(last.Parts, q.Parts...)
				last.closed, last.runsOn, last.paragraph = q.closed, q.runsOn, q.paragraph
				continue
			}
			if strayRun(art, last) {
				out = out[:n-1]
			}
		}
		out = append(out, q)
	}
	if n := len(out); n > 0 && strayRun(art, &out[n-1]) {
		out = out[:n-1]
	}
	return out
}

// strayRun reports whether q, left open at the end of its paragraph and
// not continued in the next, was opened by a stray straight mark before an
// attribution; one that runs over several sentences is cut at the end of
// its first.
func strayRun(art *model.Article, q *Quotation) bool {
	if !q.runsOn || !q.straight || len(q.Parts) != 1 {
		return false
	}
	text := art.Text[q.Parts[0].Start:q.Parts[0].End]
	if opensWithAttribution(text) {
		return true
	}
	if sentences(text) > 1 {
		// The quotation ends with its sentence: "saw “a crater about
		// two metres wide …. Observers believe …" to the paragraph's end.
		q.Parts[0].End = q.Parts[0].Start + firstSentenceEnd(text)
	}
	return false
}

// strayStart reports whether q was opened by a straight mark right before
// an attribution.
func strayStart(art *model.Article, q Quotation) bool {
	return q.straight && opensWithAttribution(art.Text[q.Parts[0].Start:q.Parts[0].End])
}

// opensWithAttribution reports whether text starts with an attribution:
// a name of one to three capitalised words or a pronoun, then a verb of
// saying ("Gaskin told reporters", "he said"). A quotation left open that
// starts so was opened by a mark that closed the quotation before.
func opensWithAttribution(text string) bool {
	i := 0
	for k := 0; k < 4; k++ {
		start, end := diffing.NextWord(text, i)
		if start < 0 {
			return false
		}
		w := text[start:end]
		norm := diffing.Normalize(w)
		switch {
		case k > 0 && speechVerbs[norm]:
			return true
		case k == 0 && pronouns[norm] && norm != "i" && norm != "we":
		case k < 3 && startsUpper(w) && !functionWords[norm]:
		default:
			return false
		}
		i = end
	}
	return false
}

// sentences counts the sentences of s: the ends of sentences followed by
// more text, plus one.
func sentences(s string) int {
	n := 1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if i+2 < len(s) && s[i+1] == ' ' && (isUpperASCII(s[i+2]) || s[i+2] >= utf8.RuneSelf) {
				n++
			}
		}
	}
	return n
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// opensParagraph reports whether only a quotation mark stands before the
// first part of q in its paragraph.
func opensParagraph(art *model.Article, q Quotation) bool {
	para := art.Paragraphs[q.paragraph]
	lead := strings.TrimSpace(art.Text[para.Start:q.Parts[0].Start])
	r, size := utf8.DecodeRuneInString(lead)
	m, _ := markOf(r)
	return size == len(lead) && m.opens
}

// fieldCount returns len(strings.Fields(s)) without making the fields.
func fieldCount(s string) int {
	n, inField := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// trimSpan narrows text[start:end] to exclude surrounding white space.
func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// namesSomething reports whether quotation q names something rather than
// quoting anyone's words: a title or nickname in capitals ("Million Dollar
// Mermaid", Anthony "Fat Tony" Salerno), or words that a naming word
// introduces (nicknamed the "Jail Blazers", known as the "genius grant",
// aka "wimpy cores", a group called "Sons of the Desert").
func (t *text) namesSomething(q Quotation) bool {
	if len(q.Parts) != 1 {
		return false
	}
	first, end := t.wordAt(q.Parts[0].Start), t.wordAt(q.Parts[0].End)
	if first >= end {
		return false
	}
	if k := first - 1; k >= 0 && t.words[first].gap != gapBoundary {
		if t.is(k, lexDeterminer) && k > 0 {
			k--
		}
		if t.is(k, lexNamingWord) || (t.norm(k) == "as" && k > 0 && t.is(k-1, lexNamingWord)) {
			return true
		}
		if t.norm(k) == "called" && k > 0 && !t.is(k-1, lexPronoun) && t.norm(k-1) != "what" {
			return true
		}
	}
	if end-first > maxTitleWords || sentences(t.art.Text[q.Parts[0].Start:q.Parts[0].End]) > 1 {
		return false
	}
	capitals := 0
	for i := first; i < end; i++ {
		w := t.words[i]
		switch {
		case w.upper:
			capitals++
		case len(t.norms[w.normID]) >= 4:
			return false // a longer word in lower case: words, not a title
		}
	}
	return capitals >= 2 || (capitals == end-first && !t.words[first].initial)
}

// maxTitleWords is the longest quotation taken for a title in capitals.
const maxTitleWords = 12

// withoutNames drops the quotations that name something (namesSomething).
func (t *text) withoutNames(qs []Quotation) []Quotation {
	out := qs[:0]
	for _, q := range qs {
		if !t.namesSomething(q) {
			out = append(out, q)
		}
	}
	return out
}
