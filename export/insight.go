package export

import (
	"time"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/insight"
)

// Quote is the JSON form of one quotation across the reports.
type Quote struct {
	// Drifted is true when a version differs from the reference in wording
	// or attribution.
	Drifted  bool           `json:"drifted"`
	Variants []QuoteVariant `json:"variants"`
}

// QuoteVariant is one report's version of a quotation; the first of a
// quote's variants is the reference the others are compared with.
type QuoteVariant struct {
	Article               int        `json:"article"`
	Passage               int        `json:"passage"`
	Text                  string     `json:"text"`
	Parts                 []TextSpan `json:"parts"`
	Headline              bool       `json:"headline,omitempty"`
	Speaker               *Speaker   `json:"speaker,omitempty"`
	Via                   *Speaker   `json:"via,omitempty"`
	Wording               string     `json:"wording"`
	Attribution           string     `json:"attribution"`
	Similarity            float64    `json:"similarity"`
	Drift                 []TextSpan `json:"drift"`
	ReferenceDrift        []TextSpan `json:"reference_drift"`
	SpeakerDrift          []TextSpan `json:"speaker_drift,omitempty"`
	ReferenceSpeakerDrift []TextSpan `json:"reference_speaker_drift,omitempty"`
}

// TextSpan is a byte range of one article's input and its text; the
// article is given by the enclosing object.
type TextSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Speaker is the JSON form of a speaker or credited source. Confidence
// ("high", "medium", "low") and Cue (where the speaker was read from) are
// set for a quotation's speaker; Unresolved marks a pronoun or bare title
// that refers to no one the report names.
type Speaker struct {
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Name       string `json:"name,omitempty"`
	Key        string `json:"key,omitempty"`
	Unresolved bool   `json:"unresolved,omitempty"`
	Confidence string `json:"confidence,omitempty"`
	Cue        string `json:"cue,omitempty"`
}

// Facts is the JSON form of the facts: conflicts first, then every fact.
type Facts struct {
	Conflicts []Conflict `json:"conflicts"`
	Items     []Fact     `json:"items"`
}

// Fact is one fact with every report's mentions of it.
type Fact struct {
	Kind     string        `json:"kind"`
	Key      string        `json:"key"`
	Label    string        `json:"label"`
	Reports  []int         `json:"reports"`
	Mentions []FactMention `json:"mentions"`
}

// FactMention is one mention of a fact in one report.
type FactMention struct {
	Article  int       `json:"article"`
	Passage  int       `json:"passage"`
	Start    int       `json:"start"`
	End      int       `json:"end"`
	Text     string    `json:"text"`
	Quantity *Quantity `json:"quantity,omitempty"`
	Date     *Date     `json:"date,omitempty"`
}

// Quantity is the JSON form of a number and what it counts.
type Quantity struct {
	Value  float64 `json:"value"`
	Bound  string  `json:"bound"`
	Unit   string  `json:"unit"`
	Counts string  `json:"counts"`
	Event  string  `json:"event,omitempty"`
	Place  string  `json:"place,omitempty"`
}

// Date is the JSON form of a date; fields the text does not give are left
// out.
type Date struct {
	Key     string `json:"key"`
	Year    int    `json:"year,omitempty"`
	Month   int    `json:"month,omitempty"`
	Day     int    `json:"day,omitempty"`
	Weekday string `json:"weekday,omitempty"`
	Stamp   bool   `json:"stamp,omitempty"`
}

// Conflict is the JSON form of a disagreement in matched passages.
type Conflict struct {
	Kind     string        `json:"kind"`
	Severity string        `json:"severity"`
	Match    int           `json:"match"`
	Reason   string        `json:"reason"`
	Sides    []FactMention `json:"sides"`
}

// Coverage is the JSON form of one report's coverage summary.
type Coverage struct {
	Article  int      `json:"article"`
	Passages int      `json:"passages"`
	Matched  int      `json:"matched"`
	Unique   int      `json:"unique"`
	Shared   []Share  `json:"shared"`
	Sources  []Source `json:"sources"`
}

// Share is how many of a report's passages another report also tells.
type Share struct {
	Article  int     `json:"article"`
	Passages int     `json:"passages"`
	Share    float64 `json:"share"`
}

// Source is someone a report credits, with how often.
type Source struct {
	Name     string        `json:"name"`
	Key      string        `json:"key"`
	Kind     string        `json:"kind"`
	Credits  int           `json:"credits"`
	Mentions []FactMention `json:"mentions"`
}

// addInsight fills the quotes, facts and coverage sections.
func (doc *Document) addInsight(al *diffing.Alignment, an *insight.Analysis) {
	doc.Quotes = convertAll(al, an.Quotes, quoteJSON)
	doc.Facts = Facts{Conflicts: convertAll(al, an.Conflicts, conflictJSON), Items: convertAll(al, an.Facts, factJSON)}
	doc.Coverage = convertAll(al, an.Coverage, coverageJSON)
}

// convertAll converts every item with convert; empty, never nil, when
// there are none.
func convertAll[T, J any](al *diffing.Alignment, items []T, convert func(*diffing.Alignment, T) J) []J {
	out := make([]J, len(items))
	for k, item := range items {
		out[k] = convert(al, item)
	}
	return out
}

// spanText returns the text of a span of an article.
func spanText(al *diffing.Alignment, article int, s insight.Span) string {
	return al.Articles[article].Text[s.Start:s.End]
}

// textSpans converts spans of an article.
func textSpans(al *diffing.Alignment, article int, ss []insight.Span) []TextSpan {
	out := make([]TextSpan, len(ss))
	for k, s := range ss {
		out[k] = TextSpan{s.Start, s.End, spanText(al, article, s)}
	}
	return out
}

// speakerJSON converts a speaker; nil when the report names none.
func speakerJSON(s insight.Speaker) *Speaker {
	if s.Text == "" {
		return nil
	}
	return &Speaker{Text: s.Text, Start: s.Span.Start, End: s.Span.End, Name: s.Name, Key: s.Key,
		Unresolved: s.Unresolved(), Confidence: s.Confidence.String(), Cue: s.Cue.String()}
}

// quoteJSON converts a quotation across the reports.
func quoteJSON(al *diffing.Alignment, q insight.Quote) Quote {
	out := Quote{Drifted: q.Drifted()}
	ref := q.Variants[0].Article
	for _, v := range q.Variants {
		out.Variants = append(out.Variants, QuoteVariant{
			Article: v.Article, Passage: v.Passage, Text: v.Text(al.Articles[v.Article]),
			Parts: textSpans(al, v.Article, v.Parts), Headline: v.Headline, Speaker: speakerJSON(v.Speaker), Via: speakerJSON(v.Via),
			Wording: v.Wording.String(), Attribution: v.Attribution.String(), Similarity: round(v.Similarity),
			Drift: textSpans(al, v.Article, v.Drift), ReferenceDrift: textSpans(al, ref, v.ReferenceDrift),
			SpeakerDrift: textSpans(al, v.Article, v.SpeakerDrift), ReferenceSpeakerDrift: textSpans(al, ref, v.ReferenceSpeakerDrift),
		})
	}
	return out
}

// mentionJSON converts a mention of a fact.
func mentionJSON(al *diffing.Alignment, m insight.FactMention) FactMention {
	out := FactMention{Article: m.Article, Passage: m.Passage, Start: m.Start, End: m.End, Text: spanText(al, m.Article, m.Span)}
	if q := m.Quantity; q != nil {
		out.Quantity = &Quantity{Value: q.Value, Bound: q.Bound.String(), Unit: q.Unit, Counts: q.Head, Event: q.Event, Place: q.Place}
	}
	if d := m.Date; d != nil {
		out.Date = &Date{Key: d.Key(), Year: d.Year, Month: d.Month, Day: d.Day, Stamp: d.Stamp}
		if d.Weekday >= 0 {
			out.Date.Weekday = time.Weekday(d.Weekday).String()
		}
	}
	return out
}

// conflictJSON converts a conflict.
func conflictJSON(al *diffing.Alignment, c insight.Conflict) Conflict {
	return Conflict{Kind: c.Kind.String(), Severity: c.Severity.String(), Match: c.Match,
		Reason: c.Reason, Sides: []FactMention{mentionJSON(al, c.Sides[0]), mentionJSON(al, c.Sides[1])}}
}

// factJSON converts a fact with its mentions.
func factJSON(al *diffing.Alignment, f insight.Fact) Fact {
	out := Fact{Kind: f.Kind.String(), Key: f.Key, Label: f.Label, Reports: f.Reports}
	for _, m := range f.Mentions {
		out.Mentions = append(out.Mentions, mentionJSON(al, m))
	}
	return out
}

// coverageJSON converts one report's coverage summary.
func coverageJSON(al *diffing.Alignment, c insight.Coverage) Coverage {
	out := Coverage{Article: c.Article, Passages: c.Passages, Matched: c.Matched, Unique: c.Unique,
		Shared: []Share{}, Sources: []Source{}}
	for _, s := range c.Shared {
		out.Shared = append(out.Shared, Share{Article: s.Article, Passages: s.Passages, Share: round(c.Fraction(s))})
	}
	for _, s := range c.Sources {
		src := Source{Name: s.Name, Key: s.Key, Kind: s.Kind.String(), Credits: s.Credits}
		for _, m := range s.Mentions {
			src.Mentions = append(src.Mentions, mentionJSON(al, insight.FactMention{Mention: m}))
		}
		out.Sources = append(out.Sources, src)
	}
	return out
}
