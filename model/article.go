// Package model turns the text of a report into an Article: its metadata
// (title, date, author), its paragraphs and its passages (sentences, lines
// or paragraphs), each passage pointing at the exact bytes of the input it
// came from. Noise that outlets and aggregators glue into articles (photo
// credits, "SEE ALSO:", stray site names) is recognised and marked, never
// deleted, so offsets always refer to the input as read.
//
// model knows nothing about comparison or display; see package diffing for
// alignment and package tui for the screen.
package model

import (
	"fmt"
	"strings"
)

// Unit is the granularity at which an article is cut into passages.
type Unit int

const (
	// UnitSentence cuts paragraphs into sentences (the default).
	UnitSentence Unit = iota
	// UnitLine makes every non-empty line one passage, for pre-segmented input.
	UnitLine
	// UnitParagraph makes every paragraph one passage.
	UnitParagraph
)

// String returns the unit's name as used on the command line.
func (u Unit) String() string {
	switch u {
	case UnitLine:
		return "line"
	case UnitParagraph:
		return "paragraph"
	default:
		return "sentence"
	}
}

// ParseUnit reads a unit name as given on the command line.
func ParseUnit(s string) (Unit, error) {
	switch strings.ToLower(s) {
	case "sentence", "sentences":
		return UnitSentence, nil
	case "line", "lines":
		return UnitLine, nil
	case "paragraph", "paragraphs":
		return UnitParagraph, nil
	}
	return UnitSentence, fmt.Errorf("unknown unit %q (want sentence, line or paragraph)", s)
}

// Kind says what a passage is.
type Kind int

const (
	// KindText is article prose: a sentence, line or paragraph depending on
	// the unit.
	KindText Kind = iota
	// KindNoise is text that is not part of the report: photo credits,
	// "SEE ALSO:" and similar furniture, stray site names. It is shown but
	// never aligned.
	KindNoise
)

// Article is one report, parsed.
type Article struct {
	// Source names where the text came from: a file path, URL or seed name.
	Source string
	// Title, Date and Author come from metadata at the top of the text when
	// present; Date is ISO 8601 (2023-10-26) when it could be read as a date.
	Title, Date, Author string
	// Site is the publication's name when the text or page gives it.
	Site string
	// Unit is the granularity the passages were cut at.
	Unit Unit
	// Text is the text the passages were cut from; every offset in the
	// article indexes it. For a plain UTF-8 file it is the file's bytes as
	// read. When Derived is true it is text parallax derived from the input
	// (decoded from another encoding, invalid bytes replaced, or extracted
	// from Markdown or HTML), and offsets index this text, not the input.
	Text string
	// Format is the kind of document the text was read from.
	Format Format
	// Encoding names the encoding the input was decoded from, when known.
	Encoding string
	// Derived is true when Text is not the input's bytes as read.
	Derived bool
	// Notes say where parsing had to fall back from the usual rules, for
	// the reader to pass on as warnings.
	Notes []string
	// Metadata are the ranges of Text read as metadata rather than cut into
	// passages: "Title: …" lines at the top, a headline taken for the
	// title, a date label glued to the first paragraph. Every other byte
	// that is not white space lies in a passage.
	Metadata []Range
	// Paragraphs are the article's paragraphs in reading order.
	Paragraphs []Paragraph
	// Passages are the article's passages in reading order.
	Passages []Passage
}

// Paragraph is a run of passages that the input presents as one block.
type Paragraph struct {
	// Start and End are byte offsets of the paragraph's text in Article.Text.
	Start, End int
	// First and Last are the indexes of its first passage and one past its
	// last in Article.Passages.
	First, Last int
}

// Passage is the unit parallax aligns: a sentence, a line or a paragraph.
type Passage struct {
	// Start and End are byte offsets into Article.Text; Text is
	// Article.Text[Start:End].
	Start, End int
	// Text is the passage's original text, untouched.
	Text string
	// Paragraph is the index of the paragraph holding the passage.
	Paragraph int
	// Kind says whether the passage is prose or noise.
	Kind Kind
}

// KindName returns the passage kind as written in exports: the unit name
// ("sentence", "line", "paragraph") for prose, or "noise".
func (a *Article) KindName(p Passage) string {
	if p.Kind == KindNoise {
		return "noise"
	}
	return a.Unit.String()
}

// DisplayTitle returns the title, or the source when the text has none.
func (a *Article) DisplayTitle() string {
	if a.Title != "" {
		return a.Title
	}
	return a.Source
}
