// Package export writes an alignment and its analysis in formats other
// programs and people read outside the terminal UI: JSON for tools (the
// schema is documented in the README and read by the project's evaluation
// script), and Markdown and HTML comparison reports for people.
package export

import (
	"io"
	"math"

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
	Source string `json:"source"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Author string `json:"author,omitempty"`
	Site   string `json:"site,omitempty"`
	// Format is what the report was read from: text, markdown or html.
	Format string `json:"format"`
	// Encoding is the encoding the input was decoded from, when known.
	Encoding string `json:"encoding,omitempty"`
	// Text is the text parallax derived from the input (decoded, repaired
	// or extracted), which offsets then index; omitted when offsets index
	// the input file as read.
	Text     string    `json:"text,omitempty"`
	Passages []Passage `json:"passages"`
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
	Score      float64  `json:"score"`
	Similarity float64  `json:"similarity"`
	Relation   string   `json:"relation"`
	Members    []Member `json:"members"`
	Diff       []Span   `json:"diff"`
	Terms      []string `json:"terms,omitempty"`
}

// Member lists one article's passages in a match.
type Member struct {
	Article  int   `json:"article"`
	Passages []int `json:"passages"`
}

// Span is a run of words one article has and its partners lack, or,
// with Kind "moved", words its partners have too at another place.
type Span struct {
	Article int    `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Kind    string `json:"kind,omitempty"`
}

// NewDocument converts an alignment and its analysis to their JSON form.
func NewDocument(al *diffing.Alignment) Document {
	return newDocument(al, insight.Analyze(al))
}

// newDocument converts an alignment and an analysis of it.
func newDocument(al *diffing.Alignment, an *insight.Analysis) Document {
	doc := Document{Unit: unitOf(al), Articles: make([]Article, len(al.Articles)), Matches: make([]Match, len(al.Matches))}
	for a, art := range al.Articles {
		doc.Articles[a] = articleJSON(art)
		doc.Articles[a].Passages = make([]Passage, len(art.Passages))
		for p := range art.Passages {
			doc.Articles[a].Passages[p] = passageJSON(art, p)
		}
	}
	for m := range al.Matches {
		fillMatch(&doc.Matches[m], al, m)
	}
	doc.addInsight(al, an)
	return doc
}

// unitOf names the passage unit of the alignment: the first article's.
func unitOf(al *diffing.Alignment) string {
	if len(al.Articles) == 0 {
		return ""
	}
	return al.Articles[0].Unit.String()
}

// articleJSON converts a report's metadata; Passages is left to the caller.
func articleJSON(art *model.Article) Article {
	out := Article{Source: art.Source, Title: art.Title, Date: art.Date, Author: art.Author, Site: art.Site,
		Format: art.Format.String(), Encoding: art.Encoding}
	if art.Derived {
		out.Text = art.Text
	}
	return out
}

// passageJSON converts passage p of a report.
func passageJSON(art *model.Article, p int) Passage {
	passage := art.Passages[p]
	return Passage{Start: passage.Start, End: passage.End, Text: passage.Text, Kind: art.KindName(passage), Paragraph: passage.Paragraph}
}

// fillMatch converts match m into dst, reusing dst's slices.
func fillMatch(dst *Match, al *diffing.Alignment, m int) {
	match := &al.Matches[m]
	*dst = Match{Score: round(match.Score), Similarity: round(match.Similarity), Relation: match.Relation.String(),
		Terms: match.Terms, Members: dst.Members[:0], Diff: dst.Diff[:0]}
	if dst.Members == nil {
		dst.Members = make([]Member, 0, len(match.Members))
	}
	if dst.Diff == nil {
		dst.Diff = make([]Span, 0, len(match.Diff)+len(match.Moved))
	}
	for _, mem := range match.Members {
		dst.Members = append(dst.Members, Member{Article: mem.Article, Passages: mem.Passages})
	}
	for _, sp := range match.Diff {
		dst.Diff = append(dst.Diff, Span{Article: sp.Article, Start: sp.Start, End: sp.End, Text: al.Articles[sp.Article].Text[sp.Start:sp.End]})
	}
	for _, sp := range match.Moved {
		dst.Diff = append(dst.Diff, Span{Article: sp.Article, Start: sp.Start, End: sp.End,
			Text: al.Articles[sp.Article].Text[sp.Start:sp.End], Kind: "moved"})
	}
}

// round keeps four decimals, so exports are stable and short.
func round(f float64) float64 { return math.Round(f*1e4) / 1e4 }

// WriteJSON writes the alignment and its analysis as indented JSON, in
// the form of Document. Characters that could control a terminal showing
// the JSON (C0 controls, DEL, C1 controls, bidirectional controls) only ever appear
// escaped (\u001b, \u202e); invalid UTF-8 bytes become \ufffd.
//
// The analysis runs while the articles and matches are written, and long
// lists are encoded in parallel pieces written in order, so the output is
// the same however the work was scheduled. The JSON is written as it is
// made, never held whole; after an error, what was written stays written.
func WriteJSON(w io.Writer, al *diffing.Alignment) error {
	return writeJSON(w, al, insight.Analyze)
}

// writeJSON is WriteJSON with the analysis made by analyze.
func writeJSON(w io.Writer, al *diffing.Alignment, analyze func(*diffing.Alignment) *insight.Analysis) error {
	analysis := make(chan *insight.Analysis, 1)
	go func() { analysis <- analyze(al) }()
	s := newJSONStream(w)
	s.openObject()
	s.key("unit")
	s.string(unitOf(al))
	s.key("articles")
	s.openArray()
	for _, art := range al.Articles {
		s.next()
		s.openObject()
		articleJSON(art).writeFields(&s.jsonWriter)
		s.key("passages")
		s.array(len(art.Passages), func(w *jsonWriter, _, p int) { passageJSON(art, p).writeJSON(w) })
		s.closeObject()
	}
	s.closeArray()
	s.key("matches")
	scratch := make([]Match, s.workers)
	s.array(len(al.Matches), func(w *jsonWriter, worker, m int) {
		fillMatch(&scratch[worker], al, m)
		scratch[worker].writeJSON(w)
	})
	an := <-analysis
	s.key("quotes")
	s.array(len(an.Quotes), func(w *jsonWriter, _, k int) { quoteJSON(al, an.Quotes[k]).writeJSON(w) })
	s.key("facts")
	s.openObject()
	s.key("conflicts")
	s.array(len(an.Conflicts), func(w *jsonWriter, _, k int) { conflictJSON(al, an.Conflicts[k]).writeJSON(w) })
	s.key("items")
	s.array(len(an.Facts), func(w *jsonWriter, _, k int) { factJSON(al, an.Facts[k]).writeJSON(w) })
	s.closeObject()
	s.key("coverage")
	s.array(len(an.Coverage), func(w *jsonWriter, _, k int) { coverageJSON(al, an.Coverage[k]).writeJSON(w) })
	s.closeObject()
	s.buf = append(s.buf, '\n')
	return s.finish()
}
