package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wrappedLineMax is the longest line, in bytes, that still looks like a
// hard-wrapped line of a longer paragraph. A block of lines that are all
// this short is one paragraph; a block with longer lines holds one
// paragraph per line (the usual shape of text copied from a web page).
const wrappedLineMax = 100

// line is one line of the input, without its line break.
type line struct{ start, end int }

// Parse cuts text into an Article. source names where the text came from.
// Parse never fails: validating the input (empty, binary, too large) is the
// loader's job.
func Parse(source, text string, unit Unit) *Article {
	return ParseDocument(Document{Source: source, Text: text}, unit)
}

// ParseDocument cuts a prepared document into an Article. Like Parse it
// never fails.
//
// With the sentence unit, a text with no sentence punctuation at all
// (transcripts, lists of headlines) is cut at line ends instead, so that it
// does not become one giant passage; a note on the article says so.
func ParseDocument(doc Document, unit Unit) *Article {
	a := &Article{Source: doc.Source, Text: doc.Text, Unit: unit,
		Format: doc.Format, Encoding: doc.Encoding, Derived: doc.Derived}
	lines := splitLines(doc.Text)
	body := 0
	if unit != UnitLine && doc.Format != FormatHTML {
		body = a.readMetadata(lines, doc.Title)
	}
	a.applyMetadata(doc)
	blocks := paragraphBlocks(doc.Text, lines[body:], unit)
	cut := unit
	if unit == UnitSentence && !hasSentencePunctuation(doc.Text, blocks) && hasLineBreakInside(blocks) {
		cut = UnitLine
		a.Notes = append(a.Notes, "has no sentence punctuation; each line is a passage")
	}
	furniture := furniture{known: doc.Noise, site: a.Site}
	for _, block := range blocks {
		a.addParagraph(block, cut, furniture)
	}
	a.readByline()
	return a
}

// applyMetadata sets the metadata the document declares, which wins over
// what the text says.
func (a *Article) applyMetadata(doc Document) {
	for _, f := range []struct {
		dst   *string
		value string
	}{
		{&a.Title, doc.Title}, {&a.Date, NormalizeDate(doc.Date)}, {&a.Author, doc.Author}, {&a.Site, doc.Site},
	} {
		if f.value != "" {
			*f.dst = f.value
		}
	}
}

// hasSentencePunctuation reports whether any paragraph holds a sentence
// terminator.
func hasSentencePunctuation(text string, blocks [][]line) bool {
	for _, block := range blocks {
		if strings.ContainsFunc(text[block[0].start:block[len(block)-1].end], isTerminator) {
			return true
		}
	}
	return false
}

// hasLineBreakInside reports whether some paragraph spans several lines.
func hasLineBreakInside(blocks [][]line) bool {
	for _, block := range blocks {
		if len(block) > 1 {
			return true
		}
	}
	return false
}

// splitLines returns every line of text; \n, \r\n and a lone \r all end a
// line.
func splitLines(text string) []line {
	var lines []line
	if strings.IndexByte(text, '\r') < 0 {
		for start := 0; start < len(text); {
			end := strings.IndexByte(text[start:], '\n')
			if end < 0 {
				return append(lines, line{start, len(text)})
			}
			lines = append(lines, line{start, start + end})
			start += end + 1
		}
		return lines
	}
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			lines = append(lines, line{start, i})
			start = i + 1
		case '\r':
			lines = append(lines, line{start, i})
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(text) {
		lines = append(lines, line{start, len(text)})
	}
	return lines
}

// isBlank reports whether the line holds only white space (a byte order mark
// counts as white space).
func isBlank(text string, l line) bool {
	return strings.TrimFunc(text[l.start:l.end], isSpaceOrBOM) == ""
}

func isSpaceOrBOM(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// trimLine narrows l to its text without surrounding white space.
func trimLine(text string, l line) line {
	for l.start < l.end {
		r, sz := utf8.DecodeRuneInString(text[l.start:l.end])
		if !isSpaceOrBOM(r) {
			break
		}
		l.start += sz
	}
	for l.end > l.start {
		r, sz := utf8.DecodeLastRuneInString(text[l.start:l.end])
		if !isSpaceOrBOM(r) {
			break
		}
		l.end -= sz
	}
	return l
}

// paragraphBlocks groups lines into paragraphs. Blank lines separate
// blocks; inside a block, a line break ends a paragraph where the text is
// evidently not hard-wrapped (see paragraphEndsAfter). In line mode a block
// is kept whole and every line becomes a passage later.
func paragraphBlocks(text string, lines []line, unit Unit) [][]line {
	var blocks [][]line
	var block []line
	flush := func() {
		if len(block) == 0 {
			return
		}
		if unit == UnitLine {
			blocks = append(blocks, block)
			block = nil
			return
		}
		longest := 0
		for _, l := range block {
			longest = max(longest, l.end-l.start)
		}
		start := 0
		for k := range block {
			if k == len(block)-1 || paragraphEndsAfter(text, block, k, longest) {
				blocks = append(blocks, block[start:k+1])
				start = k + 1
			}
		}
		block = nil
	}
	for _, l := range lines {
		if isBlank(text, l) {
			flush()
			continue
		}
		block = append(block, trimLine(text, l))
	}
	flush()
	return blocks
}

// paragraphEndsAfter reports whether a paragraph ends at the line break
// after block[k]. Text copied from web pages has one paragraph per line;
// hard-wrapped text has lines of about the same length that break anywhere.
// So a break ends a paragraph next to a line too long to be a wrapped line,
// after a clearly short line that ends a sentence, and around furniture
// lines such as "SEE ALSO:".
func paragraphEndsAfter(text string, block []line, k, longest int) bool {
	l, next := block[k], block[k+1]
	length := l.end - l.start
	s := text[l.start:l.end]
	switch {
	case length > wrappedLineMax, next.end-next.start > wrappedLineMax:
		return true
	case endsSentence(s) && length*4 < longest*3:
		return true
	}
	return kindOf(s) == KindNoise || kindOf(text[next.start:next.end]) == KindNoise
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// inside closing quotes, or with a colon.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, isCloser)
	r := lastRune(s)
	return isTerminator(r) || r == ':'
}

// addParagraph cuts one paragraph's lines into passages at the given unit
// and appends them. A paragraph that is furniture as a whole (a caption, a
// byline, a line naming the site) is one noise passage; in line mode each
// line is judged on its own.
func (a *Article) addParagraph(block []line, cut Unit, furniture furniture) {
	p := Paragraph{Start: block[0].start, End: block[len(block)-1].end, First: len(a.Passages)}
	index := len(a.Paragraphs)
	switch {
	case cut == UnitLine:
		for _, l := range block {
			kind := kindOf(a.Text[l.start:l.end])
			if furniture.covers(a.Text, l.start, l.end) {
				kind = KindNoise
			}
			a.addPassage(index, l.start, l.end, kind)
		}
	case furniture.covers(a.Text, p.Start, p.End):
		a.addPassage(index, p.Start, p.End, KindNoise)
	case cut == UnitParagraph:
		a.addPassage(index, p.Start, p.End, kindOf(a.Text[p.Start:p.End]))
	default:
		a.addSentences(index, p.Start, p.End)
	}
	p.Last = len(a.Passages)
	if p.Last > p.First {
		a.Paragraphs = append(a.Paragraphs, p)
	}
}

// kindOf classifies a whole line or paragraph.
func kindOf(s string) Kind {
	spans := noiseSpans(s)
	if len(spans) == 1 && strings.TrimSpace(s[:spans[0].start]) == "" && strings.TrimSpace(s[spans[0].end:]) == "" {
		return KindNoise
	}
	return KindText
}

// addSentences splits the paragraph text[start:end] into noise spans and the
// sentences between them.
func (a *Article) addSentences(paragraph, start, end int) {
	defer a.joinStrayQuotes(len(a.Passages))
	s := a.Text[start:end]
	prose := 0
	spans := noiseSpans(s)
	for k, n := range spans {
		a.addProse(paragraph, start, s[:n.start], prose)
		next := len(s)
		if k+1 < len(spans) {
			next = spans[k+1].start
		}
		n.end += danglingPunctuation(s[n.end:next])
		a.addPassage(paragraph, start+n.start, start+n.end, KindNoise)
		prose = n.end
	}
	a.addProse(paragraph, start, s, prose)
}

// joinStrayQuotes joins each passage from a.Passages[first] on that holds
// nothing but quotation marks and brackets (a closing quote left after a
// sentence's end, an opening one before a credit) to the passage next to
// it: an opening one to the passage after it, any other to the one before.
// A passage alone in its paragraph stays as it is.
func (a *Article) joinStrayQuotes(first int) {
	passages := a.Passages
	kept := passages[:first]
	for i := first; i < len(passages); i++ {
		p := passages[i]
		if !isStrayQuote(p.Text) {
			kept = append(kept, p)
			continue
		}
		hasNext := i+1 < len(passages)
		switch {
		case hasNext && (len(kept) == first || isOpeningQuote(p.Text)):
			passages[i+1].Start = p.Start
			passages[i+1].Text = a.Text[p.Start:passages[i+1].End]
		case len(kept) > first:
			prev := &kept[len(kept)-1]
			prev.End = p.End
			prev.Text = a.Text[prev.Start:p.End]
		default:
			kept = append(kept, p)
		}
	}
	a.Passages = kept
}

// isStrayQuote reports whether s holds only quotation marks and brackets.
func isStrayQuote(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return isOpener(r) || isCloser(r) || unicode.IsSpace(r) }) == ""
}

// isOpeningQuote reports whether s opens quotations or brackets and closes
// none (a straight quote counts as both).
func isOpeningQuote(s string) bool {
	return !strings.ContainsFunc(s, isCloser)
}

// danglingPunctuation returns the length of the commas, semicolons and
// colons (and the white space among them) that open s, where a noise span
// that interrupted a sentence left them: "Getty Images, with …". They
// belong to the noise passage, not to the sentence after it.
func danglingPunctuation(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ';', ':':
			n = i + 1
		case ' ', '\t', '\r', '\n':
		default:
			return n
		}
	}
	return n
}

// addProse adds the sentences of s[from:], where s starts at byte base of
// the article text.
func (a *Article) addProse(paragraph, base int, s string, from int) {
	for _, sp := range splitSentences(s[from:]) {
		a.addPassage(paragraph, base+from+sp.start, base+from+sp.end, KindText)
	}
}

func (a *Article) addPassage(paragraph, start, end int, kind Kind) {
	a.Passages = append(a.Passages, Passage{
		Start:     start,
		End:       end,
		Text:      a.Text[start:end],
		Paragraph: paragraph,
		Kind:      kind,
	})
}
