package insight

import (
	"sort"
	"strings"
)

// Names spelled two ways. Reports of one event often spell a name
// differently ("Duncan Rait" / "Duncan Raite"); one of them is wrong, or
// both transliterate the same name. Two keys are the same name spelled
// differently when they have the same number of words, differ in one
// word only, and those two words start alike and are a letter or two
// apart (Damerau-Levenshtein distance 1, or 2 for words of seven letters
// or more). Short words (under four letters) never count: too many real
// names are a letter apart; nor does a plural (Park / Parks).

// minSpelledLength is the shortest word whose respelling is noticed.
const minSpelledLength = 4

// nearSpelling reports whether two name keys are the same name spelled
// differently.
func nearSpelling(a, b string) bool {
	if a == b || len(a)-len(b) > 2 || len(b)-len(a) > 2 || strings.Count(a, " ") != strings.Count(b, " ") {
		return false
	}
	return nearSpellingWords(strings.Fields(a), strings.Fields(b))
}

// nearSpellingWords is nearSpelling for keys split into words.
func nearSpellingWords(wa, wb []string) bool {
	if len(wa) != len(wb) || len(wa) == 0 {
		return false
	}
	diff := -1
	for k := range wa {
		if wa[k] != wb[k] {
			if diff >= 0 {
				return false
			}
			diff = k
		}
	}
	x, y := wa[diff], wb[diff]
	if len(x) < minSpelledLength || len(y) < minSpelledLength || x[0] != y[0] || x+"s" == y || y+"s" == x {
		return false // too short, another first letter, or a plural
	}
	limit := 1
	if min(len(x), len(y)) >= 7 {
		limit = 2
	}
	return editDistance(x, y, limit) <= limit
}

// editDistance returns the Damerau-Levenshtein distance (adjacent
// transpositions count one) between a and b, or limit+1 when it is
// larger than limit. Cost: O(len(a)·len(b)) for the short words it is
// given.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// nameConflicts compares the names of the two sides of a match (mentions
// xs of a and ys of b): names the other side has too are set aside; a
// name left on one side that is a name left on the other spelled
// differently, and no other, is a conflict.
func nameConflicts(m int, a, b []namedMention, xs, ys []int) []Conflict {
	if len(xs) == 0 || len(ys) == 0 {
		return nil
	}
	var out []Conflict
	spelt := func(x, y int) {
		out = append(out, Conflict{Kind: SpellingConflict, Severity: Soft, Match: m,
			Sides: [2]FactMention{a[x].FactMention, b[y].FactMention}, Reason: "the same name spelled differently"})
	}
	// The same person whose other names are spelled differently:
	// "Gurbanguly Berdimuhamedov" / "Gurbangulye Berdimuhamedov".
	reported := map[string]bool{}
	left, right := setAside(xs, ys, func(x, y int) bool {
		if a[x].key != b[y].key {
			return false
		}
		if pair := a[x].words + "|" + b[y].words; !reported[pair] && nearSpelling(a[x].words, b[y].words) {
			reported[pair] = true
			spelt(x, y)
		}
		return true
	})
	if len(left) == 0 || len(right) == 0 {
		return out
	}
	used := make([]bool, len(right))
	for _, x := range left {
		match := -1
		for j, y := range right {
			if used[j] || !nearSpelling(a[x].key, b[y].key) {
				continue
			}
			if match >= 0 && b[right[match]].key != b[y].key {
				match = -2 // two names it could be: no telling which
				break
			}
			if match < 0 {
				match = j
			}
		}
		if match < 0 {
			continue
		}
		for j, y := range right {
			if b[y].key == b[right[match]].key {
				used[j] = true // every mention of the respelt name is answered
			}
		}
		if !reported[a[x].key+"|"+b[right[match]].key] {
			reported[a[x].key+"|"+b[right[match]].key] = true
			spelt(x, right[match])
		}
	}
	return out
}

// namedMention is a mention of a name with its key and all its words
// (normalised; a person's key is the family name alone).
type namedMention struct {
	FactMention
	key, words string
}

// mergeSpellings merges the facts that name the same thing spelled
// differently in different reports (no report spells it both ways): the
// first fact keeps its key and label and takes the other's mentions.
// Facts are compared within buckets of the same kind, number of words and
// first letter, so the cost stays near-linear.
func mergeSpellings(facts []Fact) []Fact {
	type bucket struct {
		kind  FactKind
		words int
		first byte
	}
	buckets := map[bucket][]int{}
	for k, f := range facts {
		if f.Kind < KindPerson || f.Key == "" {
			continue
		}
		b := bucket{f.Kind, strings.Count(f.Key, " ") + 1, f.Key[0]}
		buckets[b] = append(buckets[b], k)
	}
	into := map[int]int{} // merged fact → the fact it joins
	words := map[int][]string{}
	split := func(k int) []string {
		w, ok := words[k]
		if !ok {
			w = strings.Fields(facts[k].Key)
			words[k] = w
		}
		return w
	}
	for _, members := range buckets {
		if len(members) > maxSpellingBucket {
			continue
		}
		for x, i := range members {
			if _, gone := into[i]; gone {
				continue
			}
			for _, j := range members[x+1:] {
				if _, gone := into[j]; gone || !disjoint(facts[i].Reports, facts[j].Reports) {
					continue
				}
				if d := len(facts[i].Key) - len(facts[j].Key); d > 2 || d < -2 || facts[i].Key == facts[j].Key {
					continue
				}
				if nearSpellingWords(split(i), split(j)) {
					into[j] = i
				}
			}
		}
	}
	if len(into) == 0 {
		return facts
	}
	out := make([]Fact, 0, len(facts)-len(into))
	at := map[int]int{} // fact → its index in out
	for k, f := range facts {
		if to, ok := into[k]; ok {
			g := &out[at[to]]
			g.Mentions = append(g.Mentions, f.Mentions...)
			sort.SliceStable(g.Mentions, func(x, y int) bool { return g.Mentions[x].Article < g.Mentions[y].Article })
			g.Reports = unionSorted(g.Reports, f.Reports)
			continue
		}
		at[k] = len(out)
		out = append(out, f)
	}
	return out
}

// maxSpellingBucket bounds the facts compared pairwise in one bucket.
const maxSpellingBucket = 256

// disjoint reports whether two ascending lists share no element.
func disjoint(a, b []int) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return false
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return true
}

// unionSorted merges two ascending lists without repeats.
func unionSorted(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}
