package insight

import (
	"sort"
)

// Coverage summarises what one report covers and whom it credits.
type Coverage struct {
	// Article indexes Alignment.Articles.
	Article int
	// Passages counts the report's prose passages; Matched those found in
	// some other report; Unique those found in none.
	Passages, Matched, Unique int
	// Shared has, for every other report, how many of this report's
	// passages it also tells.
	Shared []Share
	// Sources are the people, organisations and outlets the report credits
	// by name ("said", "told", "according to", "reported by", ...), most
	// credited first.
	Sources []Source
}

// Share is how many passages of one report another report also tells.
type Share struct {
	// Article is the other report.
	Article int
	// Passages counts the passages found in it.
	Passages int
}

// Fraction returns the share of the report's passages found in
// s.Article, from 0 to 1.
func (c Coverage) Fraction(s Share) float64 {
	if c.Passages == 0 {
		return 0
	}
	return float64(s.Passages) / float64(c.Passages)
}

// Source is someone a report credits, with how often.
type Source struct {
	// Name is how the report names them, without titles ("John Kirby",
	// "Pentagon", "IRNA"), or the unnamed source as written ("unnamed
	// sources").
	Name string
	// Key identifies the source across reports (see Speaker.Key).
	Key string
	// Kind is a person, organisation, place or name.
	Kind FactKind
	// Credits counts the statements the report credits to the source; a
	// pronoun referring back ("he said") does not count again.
	Credits int
	// Mentions are where the report names the source, one per credit.
	Mentions []Mention
}

// credit is one statement a report credits to a named source.
type credit struct {
	FactMention
	speaker Speaker
}

// coverage builds the coverage summary of every report.
func (an *analyzer) coverage() []Coverage {
	out := make([]Coverage, len(an.texts))
	for a := range an.texts {
		c := Coverage{Article: a}
		c.Passages, c.Matched, c.Unique = an.al.Counts(a)
		for b := range an.texts {
			if b != a {
				c.Shared = append(c.Shared, Share{Article: b, Passages: an.sharedPassages(a, b)})
			}
		}
		c.Sources = an.sources(a)
		out[a] = c
	}
	return out
}

// sharedPassages counts the prose passages of report a in a match that
// report b is part of.
func (an *analyzer) sharedPassages(a, b int) int {
	n := 0
	for p := range an.texts[a].art.Passages {
		m := an.al.MatchOf(a, p)
		if m < 0 {
			continue
		}
		if _, ok := an.al.Matches[m].Member(b); ok {
			n++
		}
	}
	return n
}

// sources groups the credits of report a by source.
func (an *analyzer) sources(a int) []Source {
	index := map[string]int{}
	var out []Source
	for _, c := range an.credits[a] {
		k, ok := index[c.speaker.Key]
		if !ok {
			k = len(out)
			index[c.speaker.Key] = k
			out = append(out, Source{Key: c.speaker.Key, Kind: an.kindOf(c.speaker.Key)})
		}
		s := &out[k]
		s.Credits++
		s.Mentions = append(s.Mentions, c.Mention)
		if name := c.speaker.Name; len(name) > len(s.Name) {
			s.Name = name
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Credits > out[j].Credits })
	return out
}
