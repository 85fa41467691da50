package insight

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	// paragraph and closed are used while reading the report.
	paragraph int
	closed    bool
	single    bool
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

// Minimum quotation lengths, in words: a single quoted word is a scare quote,
// and single quotation marks are also apostrophes, so they need more.
const (
	minQuoteWords       = 2
	minSingleQuoteWords = 3
)

// quoteMark describes one quotation mark character.
type quoteMark struct {
	opens  bool   // may open a quotation
	closes string // for an opener: the marks that close it
	single bool
}

// Quotation marks recognised: straight, curly (English and German style)
// and guillemets. Only openers close quotations, with the marks listed.
var (
	straightDouble = quoteMark{opens: true, closes: "\"”“"}
	leftDouble     = quoteMark{opens: true, closes: "”\""}
	lowDouble      = quoteMark{opens: true, closes: "“”\""}
	leftGuillemet  = quoteMark{opens: true, closes: "»"}
	straightSingle = quoteMark{opens: true, closes: "'’", single: true}
	leftSingle     = quoteMark{opens: true, closes: "’'", single: true}
	closingSingle  = quoteMark{single: true}
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
			s.finish(false)
		}
	}
	return joinContinued(art, s.out)
}

// scan reads one prose passage of paragraph pi.
func (s *quoteScanner) scan(pi, p int, passage model.Passage) {
	text := passage.Text
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '"' && c != '\'' {
			i++ // the only ASCII quotation marks
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		at := passage.Start + i
		m, isMark := markOf(r)
		switch {
		case !isMark:
		case s.cur != nil && strings.ContainsRune(s.closes, r) && s.canClose(text, i, size):
			s.part(at)
			s.finish(true)
		case s.cur != nil && m.opens && !m.single && !s.cur.single:
			// A new opening mark while a quotation is open: the open one
			// was never closed. End it before this one.
			s.part(at)
			s.finish(false)
			s.open(pi, p, at+size, m)
		case s.cur != nil && s.cur.single && m.opens && !m.single:
			s.cur = nil // the single mark was an apostrophe after all
			s.open(pi, p, at+size, m)
		case s.cur == nil && m.opens && s.canOpen(text, i, size, m):
			s.open(pi, p, at+size, m)
		}
		i += size
	}
	s.last = passage.End
}

// canOpen reports whether the mark at text[i:i+size] opens a quotation. A
// straight double mark opens when text follows it; a single mark only at
// the start of a word, so that apostrophes (Iran's, rock 'n' roll) do not.
func (s *quoteScanner) canOpen(text string, i, size int, m quoteMark) bool {
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	if !m.single {
		return i+size < len(text) && !unicode.IsSpace(next)
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	atWordStart := i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([—–-“\"", prev)
	return atWordStart && (unicode.IsLetter(next) || unicode.IsDigit(next))
}

// canClose reports whether the mark at text[i:i+size] closes the open
// quotation. A single mark inside a word is an apostrophe.
func (s *quoteScanner) canClose(text string, i, size int) bool {
	if !s.cur.single {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && !unicode.IsSpace(prev) && !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

func (s *quoteScanner) open(pi, p, at int, m quoteMark) {
	s.cur = &Quotation{Article: s.a, Passage: p, paragraph: pi, single: m.single}
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
	if words < minQuoteWords || (q.single && words < minSingleQuoteWords) {
		return
	}
	s.out = append(s.out, *q)
}

// joinContinued merges a quotation left open at the end of a paragraph with
// the quotation that opens the next paragraph: the convention for a quote
// running over several paragraphs.
func joinContinued(art *model.Article, qs []Quotation) []Quotation {
	var out []Quotation
	for _, q := range qs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if !last.closed && !last.single && q.paragraph == last.paragraph+1 && opensParagraph(art, q) {
				last.Parts = append(last.Parts, q.Parts...)
				last.closed, last.paragraph = q.closed, q.paragraph
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

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
