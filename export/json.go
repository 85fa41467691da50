// Package export writes an alignment and its analysis in formats other
// programs and people read outside the terminal UI: JSON for tools (the
// schema is documented in the README and read by the project's evaluation
// script), and Markdown and HTML comparison reports for people.
package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/insight"
	"github.com/parallax-reader/parallax/model"
)

// Document is the JSON form of an alignment and its analysis.
type Document struct {
	Unit     string    `json:"unit"`
	Articles []Article `json:"articles"`
	Matches  []Match   `json:"matches"`
	// Quotes, Facts and Coverage come from package insight.
	Quotes   []Quote    `json:"quotes"`
	Facts    Facts      `json:"facts"`
	Coverage []Coverage `json:"coverage"`
}

// Article is the JSON form of one report.
type Article struct {
	Source   string    `json:"source"`
	Title    string    `json:"title,omitempty"`
	Date     string    `json:"date,omitempty"`
	Author   string    `json:"author,omitempty"`
	Site     string    `json:"site,omitempty"`
	Passages []Passage `json:"passages"`

	// Format is what the report was read from: text, markdown or html.
	Format string `json:"format"`
	// Encoding is the encoding the input was decoded from, when known.
	Encoding string `json:"encoding,omitempty"`
	// Text is the text parallax derived from the input (decoded, repaired
	// or extracted), which offsets then index; omitted when offsets index
	// the input file as read.
	Text string `json:"text,omitempty"`
}

// Passage is the JSON form of one passage; Start and End are byte offsets
// into the input as read, or into the article's derived Text when it has
// one.
type Passage struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Paragraph int    `json:"paragraph"`
}

// Match is the JSON form of one match.
type Match struct {
	Score    float64  `json:"score"`
	Relation string   `json:"relation"`
	Members  []Member `json:"members"`
	Diff     []Span   `json:"diff"`
	Terms    []string `json:"terms,omitempty"`
}

// Member lists one article's passages in a match.
type Member struct {
	Article  int   `json:"article"`
	Passages []int `json:"passages"`
}

// Span is a run of words one article has and its partners lack.
type Span struct {
	Article int    `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
}

// NewDocument converts an alignment and its analysis to their JSON form.
func NewDocument(al *diffing.Alignment) Document {
	return newDocument(al, insight.Analyze(al))
}

// newDocument converts an alignment and an analysis of it.
func newDocument(al *diffing.Alignment, an *insight.Analysis) Document {
	doc := Document{Articles: make([]Article, len(al.Articles)), Matches: make([]Match, len(al.Matches))}
	for a, art := range al.Articles {
		if a == 0 {
			doc.Unit = art.Unit.String()
		}
		out := Article{Source: art.Source, Title: art.Title, Date: art.Date, Author: art.Author, Site: art.Site,
			Passages: make([]Passage, len(art.Passages)), Format: art.Format.String(), Encoding: art.Encoding}
		if art.Derived {
			out.Text = art.Text
		}
		for p, passage := range art.Passages {
			out.Passages[p] = Passage{Start: passage.Start, End: passage.End, Text: passage.Text,
				Kind: art.KindName(passage), Paragraph: passage.Paragraph}
		}
		doc.Articles[a] = out
	}
	for m, match := range al.Matches {
		out := Match{Score: round(match.Score), Relation: match.Relation.String(), Terms: match.Terms,
			Members: make([]Member, len(match.Members)), Diff: make([]Span, len(match.Diff))}
		for k, mem := range match.Members {
			out.Members[k] = Member{Article: mem.Article, Passages: mem.Passages}
		}
		for k, sp := range match.Diff {
			out.Diff[k] = Span{Article: sp.Article, Start: sp.Start, End: sp.End, Text: al.Articles[sp.Article].Text[sp.Start:sp.End]}
		}
		doc.Matches[m] = out
	}
	doc.addInsight(al, an)
	return doc
}

// round keeps four decimals, so exports are stable and short.
func round(f float64) float64 { return math.Round(f*1e4) / 1e4 }

// WriteJSON writes the alignment as indented JSON. Characters that could
// control a terminal showing the JSON (C0 controls, DEL, C1 controls,
// bidirectional controls) only ever appear escaped (\u001b, \u202e); invalid UTF-8 bytes
// become \ufffd.
func WriteJSON(w io.Writer, al *diffing.Alignment) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(NewDocument(al)); err != nil {
		return fmt.Errorf("encoding JSON: %w", err)
	}
	bw := bufio.NewWriter(w)
	escapeControls(bw, buf.Bytes())
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// escapeControls copies JSON to w, writing DEL, C1 and bidirectional
// control characters as \u escapes. encoding/json already escapes C0
// controls; these others it leaves raw. Such characters can only occur inside JSON strings,
// where an escape means the same character.
func escapeControls(w *bufio.Writer, data []byte) {
	done := 0
	for i := 0; i < len(data); i++ {
		// Only these lead bytes start a C1 control (U+0080–U+009F), U+061C
		// or a bidirectional control in the U+2000 block; DEL is one byte.
		c := data[i]
		if c == 0x7f {
			w.Write(data[done:i])
			w.WriteString(`\u007f`)
			done = i + 1
			continue
		}
		if c != 0xC2 && c != 0xD8 && c != 0xE2 {
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if (r >= 0x80 && r <= 0x9f) || model.IsBidiControl(r) {
			w.Write(data[done:i])
			fmt.Fprintf(w, `\u%04x`, r)
			done = i + size
		}
		i += size - 1
	}
	w.Write(data[done:])
}
