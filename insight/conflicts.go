package insight

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/diffing"
)

// Severity says how sure a conflict is.
type Severity int8

const (
	// Soft conflicts may both be right: a bound and a figure that fits it
	// ("at least 1,400" / "1,400"), an approximation and a close figure
	// ("nearly 40" / 38), dates a day apart, different sources credited.
	Soft Severity = iota + 1
	// Hard conflicts cannot both be right: different figures, different
	// days, a quotation credited to different people.
	Hard
)

// String returns the severity's name as written in exports.
func (s Severity) String() string {
	if s == Hard {
		return "hard"
	}
	return "soft"
}

// ConflictKind says what disagrees.
type ConflictKind int8

const (
	// QuantityConflict is the same quantity with different figures.
	QuantityConflict ConflictKind = iota
	// DateConflict is the same event on different days.
	DateConflict
	// ActorConflict is the same statement credited to different people or
	// sources.
	ActorConflict
	// SpellingConflict is the same name spelled differently.
	SpellingConflict
)

// String returns the kind's name as written in exports.
func (k ConflictKind) String() string {
	switch k {
	case DateConflict:
		return "date"
	case ActorConflict:
		return "actor"
	case SpellingConflict:
		return "spelling"
	default:
		return "quantity"
	}
}

// Conflict is a disagreement between two reports in passages that tell the
// same thing.
type Conflict struct {
	Kind     ConflictKind
	Severity Severity
	// Match indexes Alignment.Matches: the passages that disagree.
	Match int
	// Sides are the two mentions, the earlier report's first.
	Sides [2]FactMention
	// Reason explains the classification in a few words.
	Reason string
}

// approximateTolerance is how far, relative to the figure, an
// approximation ("about 900", "nearly 40") may be from another figure and
// still agree softly.
const approximateTolerance = 0.1

// compareQuantities classifies two figures given for the same thing.
func compareQuantities(a, b Quantity) (severity Severity, reason string, agree bool) {
	if a.Value == b.Value {
		if a.Bound == b.Bound {
			return 0, "", true
		}
		return Soft, "the same figure, qualified differently", false
	}
	if fits(a, b.Value) || fits(b, a.Value) {
		return Soft, "different figures, but one is a bound or an approximation the other fits", false
	}
	return Hard, "different figures", false
}

// fits reports whether value is consistent with the qualified figure q.
func fits(q Quantity, value float64) bool {
	switch q.Bound {
	case AtLeast:
		return value >= q.Value
	case AtMost:
		return value <= q.Value
	case About:
		return math.Abs(value-q.Value) <= approximateTolerance*q.Value
	}
	return false
}

// findConflicts compares the quantities, dates and credited sources of the
// passages in each match, the first report against each other report;
// a match that is only possible is left out, since its passages may not
// tell the same thing.
// Mentions that agree are set aside first; a conflict is reported only when
// exactly one mention of a kind (of a counted noun, for quantities) is left
// on each side, so that two facts of one sentence are never compared with
// the wrong partner. Mentions are looked up by passage, so the cost grows
// with the number of matches and mentions, not their product.
func (an *analyzer) findConflicts() []Conflict {
	n := len(an.texts)
	quantities, dates, credits, names := make([]passageIndex, n), make([]passageIndex, n), make([]passageIndex, n), make([]passageIndex, n)
	for a := range an.texts {
		quantities[a] = indexByPassage(len(an.quantities[a]), func(k int) int { return an.quantities[a][k].Passage })
		dates[a] = indexByPassage(len(an.dates[a]), func(k int) int { return an.dates[a][k].Passage })
		credits[a] = indexByPassage(len(an.credits[a]), func(k int) int { return an.credits[a][k].Passage })
		names[a] = indexByPassage(len(an.names[a]), func(k int) int { return an.names[a][k].Passage })
	}
	var out []Conflict
	for m, match := range an.al.Matches {
		if match.Relation == diffing.Possible {
			continue // not sure the passages tell the same thing: no conflict between them
		}
		ref := match.Members[0]
		for _, other := range match.Members[1:] {
			a, b := ref.Article, other.Article
			xs := pick(an.quantities[a], quantities[a].in(ref.Passages))
			ys := pick(an.quantities[b], quantities[b].in(other.Passages))
			out = append(out, quantityConflicts(m, xs, ys)...)
			xs = pick(an.dates[a], dates[a].in(ref.Passages))
			ys = pick(an.dates[b], dates[b].in(other.Passages))
			out = append(out, dateConflicts(m, xs, ys)...)
			out = append(out, actorConflicts(m, pick(an.credits[a], credits[a].in(ref.Passages)), pick(an.credits[b], credits[b].in(other.Passages)))...)
			if an.capitalInDiff(&an.al.Matches[m], a, b) {
				out = append(out, nameConflicts(m, an.names[a], an.names[b], names[a].in(ref.Passages), names[b].in(other.Passages))...)
			}
		}
	}
	return append(out, an.quoteConflicts()...)
}

// capitalInDiff reports whether the words in which the members of a
// match from articles a and b differ hold a capital: only then can a name
// be spelled differently.
func (an *analyzer) capitalInDiff(match *diffing.Match, a, b int) bool {
	for _, d := range match.Diff {
		if d.Article != a && d.Article != b {
			continue
		}
		text := an.texts[d.Article].art.Text[d.Start:d.End]
		for i := 0; i < len(text); i++ {
			if c := text[i]; ('A' <= c && c <= 'Z') || c >= utf8.RuneSelf {
				return true
			}
		}
	}
	return false
}

// passageIndex lists the mentions (of one sort) of one report by passage:
// the indexes of the mentions ordered by passage, then by index, and the
// passage of each. A match's mentions are found by binary search, with no
// map to build for every report.
type passageIndex struct {
	order    []int // mention indexes by passage
	passages []int // passages[k] is the passage of mention order[k]
}

// indexByPassage indexes n mentions by the passage each is in. Mentions
// come in reading order, so the order is most often already right.
func indexByPassage(n int, passage func(k int) int) passageIndex {
	idx := passageIndex{order: make([]int, n), passages: make([]int, n)}
	for k := range n {
		idx.order[k], idx.passages[k] = k, passage(k)
	}
	if !sort.IntsAreSorted(idx.passages) {
		sort.Sort(byPassage(idx))
	}
	return idx
}

// byPassage sorts an index by passage, then by mention.
type byPassage passageIndex

func (b byPassage) Len() int { return len(b.order) }
func (b byPassage) Less(i, j int) bool {
	if b.passages[i] != b.passages[j] {
		return b.passages[i] < b.passages[j]
	}
	return b.order[i] < b.order[j]
}
func (b byPassage) Swap(i, j int) {
	b.order[i], b.order[j] = b.order[j], b.order[i]
	b.passages[i], b.passages[j] = b.passages[j], b.passages[i]
}

// in returns the indexes of the mentions in the passages, ascending: the
// order of the mentions themselves.
func (idx passageIndex) in(passages []int) []int {
	var out []int
	for k, p := range passages {
		if k > 0 && slices.Contains(passages[:k], p) {
			continue
		}
		for at := sort.SearchInts(idx.passages, p); at < len(idx.passages) && idx.passages[at] == p; at++ {
			out = append(out, idx.order[at])
		}
	}
	if !sort.IntsAreSorted(out) {
		sort.Ints(out)
	}
	return out
}

// pick returns the items at the indexes.
func pick[T any](items []T, indexes []int) []T {
	var out []T
	for _, k := range indexes {
		out = append(out, items[k])
	}
	return out
}

func quantityConflicts(m int, xs, ys []FactMention) []Conflict {
	byHead := map[string][2][]FactMention{}
	var heads []string
	for _, x := range xs {
		h := byHead[x.Quantity.Head]
		if len(h[0]) == 0 && len(h[1]) == 0 {
			heads = append(heads, x.Quantity.Head)
		}
		h[0] = append(h[0], x)
		byHead[x.Quantity.Head] = h
	}
	for _, y := range ys {
		h := byHead[y.Quantity.Head]
		h[1] = append(h[1], y)
		byHead[y.Quantity.Head] = h
	}
	var out []Conflict
	var lefts, rights []FactMention // what no figure of the same noun answers
	agree := func(x, y FactMention) bool {
		_, _, ok := compareQuantities(*x.Quantity, *y.Quantity)
		return ok
	}
	for _, head := range heads {
		h := byHead[head]
		left, right := setAside(h[0], h[1], agree)
		if len(left) == 1 && len(right) == 1 {
			sev, reason, _ := compareQuantities(*left[0].Quantity, *right[0].Quantity)
			out = append(out, Conflict{Kind: QuantityConflict, Severity: sev, Match: m, Sides: [2]FactMention{left[0], right[0]}, Reason: reason})
			continue
		}
		lefts, rights = append(lefts, left...), append(rights, right...)
	}
	for _, y := range ys {
		if len(byHead[y.Quantity.Head][0]) == 0 {
			rights = append(rights, y) // a noun the first side does not count
		}
	}
	// "roughly 21,000 people" / "about 20,000 refugees": one count of
	// people left on each side is the same count, whatever else the
	// passages count ("four bombs").
	lefts, rights = countsOfPeople(lefts), countsOfPeople(rights)
	if len(lefts) == 1 && len(rights) == 1 && !agree(lefts[0], rights[0]) {
		sev, reason, _ := compareQuantities(*lefts[0].Quantity, *rights[0].Quantity)
		out = append(out, Conflict{Kind: QuantityConflict, Severity: sev, Match: m, Sides: [2]FactMention{lefts[0], rights[0]},
			Reason: reason + " of people"})
	}
	return out
}

// countsOfPeople returns the mentions that count people (humanNouns).
func countsOfPeople(ms []FactMention) []FactMention {
	var out []FactMention
	for _, x := range ms {
		if humanNouns[x.Quantity.Head] {
			out = append(out, x)
		}
	}
	return out
}

// humanNouns count people: figures of them in passages telling the same
// thing are compared even when the nouns differ.
var humanNouns = set("people", "person", "refugee", "civilian", "resident", "victim", "casualty", "child",
	"adult", "man", "men", "woman", "women", "children", "worker", "student", "protester", "demonstrator",
	"soldier", "troop", "fighter", "villager", "passenger", "inhabitant", "migrant", "patient",
	"survivor", "employee", "prisoner", "hostage", "dead", "injured", "wounded")

// dateConflicts compares the dates of the two sides of a match: the days
// the narration names with each other, and stamps (datelines and
// publication dates heading a paragraph) only with stamps, softly:
// reports are written on different days.
func dateConflicts(m int, xs, ys []FactMention) []Conflict {
	var out []Conflict
	for _, stamps := range []bool{false, true} {
		left, right := setAside(withStamp(xs, stamps), withStamp(ys, stamps), func(x, y FactMention) bool {
			_, _, agree := compareDates(*x.Date, *y.Date)
			return agree
		})
		if len(left) != 1 || len(right) != 1 {
			continue
		}
		sev, reason, _ := compareDates(*left[0].Date, *right[0].Date)
		if stamps {
			sev, reason = Soft, "the reports are dated differently: "+reason
		}
		out = append(out, Conflict{Kind: DateConflict, Severity: sev, Match: m, Sides: [2]FactMention{left[0], right[0]}, Reason: reason})
	}
	return out
}

// withStamp returns the date mentions that are stamps, or that are not.
func withStamp(ms []FactMention, stamp bool) []FactMention {
	var out []FactMention
	for _, m := range ms {
		if m.Date.Stamp == stamp {
			out = append(out, m)
		}
	}
	return out
}

// actorConflicts compares the sources the two sides credit by name. Two
// reports crediting different sources for the same passage may both be
// right, so this conflict is soft.
func actorConflicts(m int, xs, ys []credit) []Conflict {
	left, right := setAside(xs, ys, func(x, y credit) bool {
		return x.speaker.Key == y.speaker.Key || nearSpelling(x.speaker.Key, y.speaker.Key)
	})
	if len(left) != 1 || len(right) != 1 {
		return nil
	}
	return []Conflict{{Kind: ActorConflict, Severity: Soft, Match: m, Sides: [2]FactMention{left[0].FactMention, right[0].FactMention},
		Reason: "the same passage credits different sources"}}
}

// quoteConflicts reports quotations credited to different people.
func (an *analyzer) quoteConflicts() []Conflict {
	var out []Conflict
	for _, q := range an.quotes {
		ref := q.Variants[0]
		for _, v := range q.Variants[1:] {
			if v.Attribution != SpeakerDiffers {
				continue
			}
			m := an.al.MatchOf(v.Article, v.Passage)
			sides := [2]FactMention{
				{Mention: Mention{ref.Article, ref.Passage, ref.Speaker.Span}},
				{Mention: Mention{v.Article, v.Passage, v.Speaker.Span}},
			}
			out = append(out, Conflict{Kind: ActorConflict, Severity: Hard, Match: m, Sides: sides,
				Reason: fmt.Sprintf("the same quotation credited to different people (%s)", v.Wording)})
		}
	}
	return out
}

// setAside removes from xs and ys the pairs that agree, each mention
// agreeing with at most one other, and returns what is left of each.
func setAside[T any](xs, ys []T, agree func(x, y T) bool) (left, right []T) {
	used := make([]bool, len(ys))
	for _, x := range xs {
		matched := false
		for j, y := range ys {
			if !used[j] && agree(x, y) {
				used[j], matched = true, true
				break
			}
		}
		if !matched {
			left = append(left, x)
		}
	}
	for j, y := range ys {
		if !used[j] {
			right = append(right, y)
		}
	}
	return left, right
}

// round4 keeps four decimals.
func round4(f float64) float64 { return math.Round(f*1e4) / 1e4 }
