package insight

import (
	"sort"
	"strconv"
)

// FactKind says what a fact is.
type FactKind int8

const (
	// KindQuantity is a number with what it counts.
	KindQuantity FactKind = iota
	// KindDate is a weekday or a calendar date.
	KindDate
	// KindPerson is a named person.
	KindPerson
	// KindOrganisation is a named organisation: a government body, an
	// agency, a company, a group.
	KindOrganisation
	// KindPlace is a named place.
	KindPlace
	// KindName is a name whose kind the text does not show.
	KindName
)

// String returns the kind's name as written in exports.
func (k FactKind) String() string {
	switch k {
	case KindQuantity:
		return "quantity"
	case KindDate:
		return "date"
	case KindPerson:
		return "person"
	case KindOrganisation:
		return "organisation"
	case KindPlace:
		return "place"
	default:
		return "name"
	}
}

// Span is a half-open byte range [Start, End) of an article's Text.
type Span struct{ Start, End int }

// Mention is a place in one report: the article, the passage (to jump to in
// the reading view) and the exact bytes.
type Mention struct {
	Article, Passage int
	Span
}

// FactMention is one report's mention of a fact.
type FactMention struct {
	Mention
	// Quantity is set for quantities, Date for dates.
	Quantity *Quantity
	Date     *Date
}

// Fact is a quantity, date or name, with every report's mentions of it.
type Fact struct {
	Kind FactKind
	// Key is the comparison form mentions are grouped by: "1400 person",
	// "2023-10-27", "thursday", "kirby", "united nations".
	Key string
	// Label is how the fact reads, from its first mention as written (raw
	// article text: make it printable before display).
	Label string
	// Mentions are in report order, then reading order.
	Mentions []FactMention
	// Reports are the indexes of the articles that carry the fact, ascending.
	Reports []int
}

// OnlyIn returns the report that alone carries the fact, if one does.
func (f Fact) OnlyIn() (int, bool) {
	if len(f.Reports) == 1 {
		return f.Reports[0], true
	}
	return 0, false
}

// factLabel describes a quantity as the report gives it, with where and
// what happened when the sentence says: "at least 12 times in Iraq
// (attacked)".
func factLabel(written string, q *Quantity) string {
	if q == nil {
		return written
	}
	if q.Place != "" {
		written += " in " + q.Place
	}
	if q.Event != "" {
		written += " (" + q.Event + ")"
	}
	return written
}

// quantityKey is the grouping key of a quantity: its value and singular noun.
func quantityKey(q Quantity) string {
	return strconv.FormatFloat(q.Value, 'f', -1, 64) + " " + q.Head
}

// groupFacts groups mentions (given report by report) by kind and key:
// quantities first, then dates, then names, each in the order of their
// first mention.
func groupFacts(mentions []FactMention, kinds []FactKind, keys []string, labels []string) []Fact {
	type id struct {
		kind FactKind
		key  string
	}
	index := map[id]int{}
	var facts []Fact
	for k, m := range mentions {
		id := id{kinds[k], keys[k]}
		f, ok := index[id]
		if !ok {
			f = len(facts)
			index[id] = f
			facts = append(facts, Fact{Kind: kinds[k], Key: keys[k], Label: labels[k]})
		}
		facts[f].Mentions = append(facts[f].Mentions, m)
		if r := facts[f].Reports; len(r) == 0 || r[len(r)-1] != m.Article {
			facts[f].Reports = append(facts[f].Reports, m.Article)
		}
	}
	// Figures and dates first: they are what reports most often disagree on.
	sort.SliceStable(facts, func(i, j int) bool { return facts[i].Kind < facts[j].Kind })
	return facts
}
