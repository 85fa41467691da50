package model

import (
	"regexp"
	"strings"
	"time"
)

// metadataLine is a "key: value" line at the top of a report.
var metadataLine = regexp.MustCompile(`^(?i)(title|headline|date|published|updated|author|byline|by|source|site)\s*:\s*(\S.{0,300})$`)

// inlineDate is a date label glued to the start of the first paragraph, as
// in the seed " date 2023-10-26 The White House on Thursday ...".
var inlineDate = regexp.MustCompile(`^(?i)(?:date|published|updated)\s*:?\s+(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s+|$)`)

// maxTitleWords is the longest line, in words, taken for a title.
const maxTitleWords = 25

// dateLayouts are the date forms recognised in metadata.
var dateLayouts = []string{
	"2006-01-02", time.RFC3339, "2006-01-02 15:04", "2006-01-02 15:04:05",
	"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan. 2, 2006",
	"2 January 2006", "2 Jan 2006", "Monday, January 2, 2006",
	"Mon, 02 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05 -0700",
	"Monday 2 January 2006", "Monday, 2 January 2006", "2006/01/02",
}

// isoDateTime is a timestamp that opens with an ISO 8601 date, in any of
// the forms web pages write after it (2023-10-26T14:05:00.000+0000).
var isoDateTime = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}`)

// NormalizeDate returns value as an ISO 8601 date (2023-10-26) when it can be
// read as one, and value unchanged otherwise. A timestamp keeps the date it
// was written with, whatever its time zone.
func NormalizeDate(value string) string {
	value = strings.TrimSpace(value)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, value); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if m := isoDateTime.FindStringSubmatch(value); m != nil {
		if _, err := time.Parse("2006-01-02", m[1]); err == nil {
			return m[1]
		}
	}
	return value
}

// readMetadata reads metadata from the top of the text: "key: value" lines,
// a date label glued to the first paragraph, and a title line. It returns the
// index of the first line of the body; when a date label opens the first
// body line, that line is narrowed to the text after it. What it reads is
// recorded in a.Metadata. title is the title the document declares, if
// any: a headline that says something else is not metadata but the first
// line of the body.
func (a *Article) readMetadata(lines []line, title string) int {
	i := 0
	for ; i < len(lines); i++ {
		if isBlank(a.Text, lines[i]) {
			continue
		}
		l := trimLine(a.Text, lines[i])
		m := metadataLine.FindStringSubmatch(a.Text[l.start:l.end])
		if m == nil {
			break
		}
		a.setMetadata(strings.ToLower(m[1]), strings.TrimSpace(m[2]))
		a.Metadata = append(a.Metadata, Range{l.start, l.end})
	}
	if i == len(lines) {
		return i
	}
	first := trimLine(a.Text, lines[i])
	if m := inlineDate.FindStringSubmatchIndex(a.Text[first.start:first.end]); m != nil {
		if a.Date == "" {
			a.Date = a.Text[first.start+m[2] : first.start+m[3]]
		}
		label := trimLine(a.Text, line{first.start, first.start + m[1]})
		a.Metadata = append(a.Metadata, Range{label.start, label.end})
		first.start += m[1]
		lines[i] = first
		if first.start == first.end {
			i++
		}
		return i
	}
	if a.Title == "" && a.isTitleLine(lines, i) {
		headline := a.Text[first.start:first.end]
		if title != "" && !sameHeadline(headline, title) {
			return i
		}
		a.Title = headline
		a.Metadata = append(a.Metadata, Range{first.start, first.end})
		i++
	}
	return i
}

// sameHeadline reports whether a headline line says the same as a title
// declared elsewhere, ignoring case and spacing.
func sameHeadline(headline, title string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(headline), " "), strings.Join(strings.Fields(title), " "))
}

// setMetadata records one "key: value" pair.
func (a *Article) setMetadata(key, value string) {
	switch key {
	case "title", "headline":
		a.Title = value
	case "date", "published", "updated":
		if a.Date == "" {
			a.Date = NormalizeDate(value)
		}
	case "author", "byline", "by":
		a.Author = value
	case "source", "site":
		a.Site = value
	}
}

// isTitleLine reports whether lines[i] reads as a headline: a short line
// standing as a paragraph of its own, not ending like a sentence or a
// label, with more text after it.
func (a *Article) isTitleLine(lines []line, i int) bool {
	l := trimLine(a.Text, lines[i])
	text := a.Text[l.start:l.end]
	if text == "" || len(strings.Fields(text)) > maxTitleWords || i+1 >= len(lines) {
		return false
	}
	switch lastRune(text) {
	case '.', ',', ';', ':', '…':
		return false
	}
	var block []line
	for _, next := range lines[i:] {
		if isBlank(a.Text, next) {
			break
		}
		block = append(block, trimLine(a.Text, next))
	}
	// A line standing alone, or in a block of lines too long to be a
	// wrapped paragraph, is a paragraph of its own.
	return len(block) == 1 || len(paragraphBlocks(a.Text, block, UnitSentence)[0]) == 1
}
