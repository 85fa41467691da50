package insight

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/parallax-reader/parallax/diffing"
)

// Bound says how a figure is qualified.
type Bound int8

const (
	// Exact figures stand alone: "1,400 people".
	Exact Bound = iota
	// AtLeast figures are lower bounds: "at least 1,400", "more than 1.4 million".
	AtLeast
	// AtMost figures are upper bounds: "up to 500", "fewer than 20".
	AtMost
	// About figures are approximate: "about 900", "nearly 40".
	About
)

// String returns the bound's name as written in exports.
func (b Bound) String() string {
	switch b {
	case AtLeast:
		return "at least"
	case AtMost:
		return "at most"
	case About:
		return "about"
	default:
		return "exact"
	}
}

// Quantity is a number and what it counts.
type Quantity struct {
	// Value is the number, scales applied (1.4 million = 1400000).
	Value float64
	// Bound says whether the report gives it as exact, a bound or an
	// approximation.
	Bound Bound
	// Unit is what it counts as written ("additional US troops", "%").
	Unit string
	// Head is the counted noun in comparison form, singular ("troop").
	Head string
	// Event is the verb saying what happened to what is counted ("killed",
	// "attacked"), when the sentence gives one.
	Event string
	// Place is where, when a place name follows ("in Iraq" → "Iraq").
	Place string
}

// qualifiers are the words that qualify a figure, longest first.
var qualifiers = []struct {
	words []string
	bound Bound
}{
	{[]string{"no", "more", "than"}, AtMost}, {[]string{"in", "excess", "of"}, AtLeast},
	{[]string{"at", "least"}, AtLeast}, {[]string{"more", "than"}, AtLeast}, {[]string{"upwards", "of"}, AtLeast},
	{[]string{"well", "over"}, AtLeast}, {[]string{"just", "over"}, AtLeast}, {[]string{"at", "most"}, AtMost},
	{[]string{"up", "to"}, AtMost}, {[]string{"fewer", "than"}, AtMost}, {[]string{"less", "than"}, AtMost},
	{[]string{"as", "many", "as"}, AtMost}, {[]string{"just", "under"}, AtMost}, {[]string{"close", "to"}, About},
	{[]string{"an", "estimated"}, About}, {[]string{"over"}, AtLeast}, {[]string{"under"}, AtMost},
	{[]string{"about"}, About}, {[]string{"around"}, About}, {[]string{"nearly"}, About}, {[]string{"almost"}, About},
	{[]string{"roughly"}, About}, {[]string{"approximately"}, About}, {[]string{"some"}, About},
	{[]string{"estimated"}, About}, {[]string{"approx"}, About},
}

// maxUnitWords bounds the phrase after a number that says what it counts.
const maxUnitWords = 4

// quantity is one quantity found in a text, with the words it spans.
type quantity struct {
	Quantity
	first, last int // words from the qualifier (or number) to the counted noun
	start, end  int // byte offsets (a currency sign or percent sign may stand outside the words)
}

// findQuantities returns the quantities of t: numbers (in figures, or
// number words before a plural noun) with what they count. A number counts
// as a fact when it says what it counts: a noun after it, a percent sign or
// a currency sign. Years, days of dates and times of day are not counted.
func (t *text) findQuantities(g *gazetteer) []quantity {
	var out []quantity
	for i := 0; i < len(t.words); i++ {
		value, last, ok := t.numberAt(i)
		unit, head := "", ""
		if !ok && t.is(i, lexNumeric) {
			value, unit, head, ok = figureWithUnit(t.raw(i)) // "200ft", "5km"
			last = i
		}
		if !ok || t.isDatePart(i) {
			continue
		}
		q := quantity{first: i, last: last, start: int(t.words[i].start)}
		q.Value = value
		next := last + 1
		if unit != "" {
			next = len(t.words) // a figure with its unit: nothing after it to read
		}
		if next < len(t.words) && t.joined(next) && hasDigit(t.raw(i)) {
			if scale, ok := scales[strings.ToLower(t.raw(next))]; ok {
				q.Value *= scale
				q.last, next = next, next+1
			}
		}
		if math.IsInf(q.Value, 0) {
			i = q.last // too large to be a count: a string of digits
			continue
		}
		after := t.art.Text[t.words[q.last].end:]
		before := t.art.Text[:t.words[i].start]
		switch {
		case unit != "":
			q.Unit, q.Head = unit, head
		case strings.HasPrefix(after, "%"):
			q.Unit, q.Head, q.end = "%", "percent", int(t.words[q.last].end)+1
		case next+1 < len(t.words) && t.norm(next) == "per" && t.norm(next+1) == "cent" && t.joined(next) && t.joined(next+1):
			q.Unit, q.Head, q.last = t.span(next, next+1), "percent", next+1
		case strings.HasSuffix(before, "$") || strings.HasSuffix(before, "€") || strings.HasSuffix(before, "£"):
			sign := before[strings.LastIndexAny(before, "$€£"):]
			q.Unit, q.Head, q.start = sign, sign, q.start-len(sign)
		default:
			head, ok := t.unitAfter(next)
			if !ok || (!hasDigit(t.raw(i)) && !isPluralWord(t, head)) {
				i = last
				continue
			}
			q.Unit = t.span(next, head)
			q.Head = unitHead(t.norm(head))
			q.last = head
		}
		if q.end == 0 {
			q.end = int(t.words[q.last].end)
		}
		if first, bound, ok := t.qualifierBefore(i); ok {
			q.first, q.Bound, q.start = first, bound, int(t.words[first].start)
		}
		q.Event = t.eventNear(q.first, q.last)
		q.Place = t.placeAfter(q.last, g)
		if q.Event == "" && len(out) > 0 {
			// "12 times in Iraq and four times in Syria": a figure joined
			// to the one before it by "and" shares its verb.
			prev := out[len(out)-1]
			if prev.Head == q.Head && prev.last < q.first && q.first-prev.last <= 5 && t.wordsBetween(prev.last, q.first, "and", "or") {
				q.Event = prev.Event
			}
		}
		out = append(out, q)
		i = q.last // the words of a quantity are read once
	}
	return out
}

// numberAt reads the number starting at word i and returns its value and
// last word: figures (1,400; 1.4; 12) or number words (four, twelve, one
// hundred twenty-seven, a hundred and seven). A lone "one" is left out: it
// is a pronoun more often than a count.
func (t *text) numberAt(i int) (value float64, last int, ok bool) {
	w := t.words[i]
	raw := t.raw(i)
	if !t.is(i, lexNumeric) && !hasHyphen(raw) {
		return 0, 0, false // most words: neither a figure nor a number word
	}
	if hasDigit(raw) {
		for _, r := range raw {
			// A space inside a word can only set off groups of digits (1 400,
			// with a thin or no-break space: see diffing.Tokenize).
			if !unicode.IsDigit(r) && r != ',' && r != '.' && !unicode.IsSpace(r) {
				return 0, 0, false // 7th, F-16, 2023-10-26, 200ft (unitAt reads it)
			}
		}
		v, err := strconv.ParseFloat(t.norms[w.normID], 64)
		if err != nil {
			return 0, 0, false
		}
		if len(raw) == 4 && v >= 1800 && v <= 2100 {
			return 0, 0, false // a year
		}
		gapBefore, _ := t.between(i)
		if strings.HasSuffix(gapBefore, ":") || strings.HasPrefix(t.art.Text[w.end:], ":") {
			return 0, 0, false // a time of day
		}
		// "20, 000": groups of thousands set off by a comma and a space,
		// as tokenised corpora write them.
		last = i
		if len(raw) <= 3 && isFigure(raw) {
			for last+1 < len(t.words) && len(t.raw(last+1)) == 3 && isFigure(t.raw(last+1)) && t.gapText(last+1) == ", " {
				n, _ := strconv.ParseFloat(t.raw(last+1), 64)
				v, last = v*1000+n, last+1
			}
		}
		return v, last, true
	}
	if _, ok := t.numberWord(i); !ok || (i > 0 && t.joined(i) && hasDigit(t.raw(i-1))) {
		return 0, 0, false // not a number word, or the scale of a figure ("1.4 million")
	}
	var total, current float64
	last = i
	for k := i; k < len(t.words) && (k == i || t.joined(k)); k++ {
		v, ok := t.numberWord(k)
		if !ok {
			if t.norm(k) == "and" && k+1 < len(t.words) && t.joined(k+1) && isNumberWord(t, k+1) {
				continue
			}
			break
		}
		switch {
		case v == 100:
			current = max(current, 1) * 100
		case v >= 1000:
			total += max(current, 1) * v
			current = 0
		default:
			current += v
		}
		last = k
	}
	value = total + current
	if last == i && value == 1 {
		return 0, 0, false
	}
	return value, last, true
}

// numberWordValue reads a number word, hyphenated ones included
// ("twenty-seven").
func numberWordValue(raw string) (float64, bool) {
	var sum float64
	for part := range strings.FieldsFuncSeq(raw, isHyphen) {
		v, scale, ok := numberWordPart(part, diffing.Normalize)
		switch {
		case !ok:
			return 0, false
		case scale:
			sum = max(sum, 1) * v
		default:
			sum += v
		}
	}
	return sum, sum > 0
}

// numberWordPart reads one part of a number word: a scale ("million") or
// a word that normalize turns into a figure ("four" → 4). Only figures
// count: a float parser also reads "Infinity" and "NaN", which are words.
func numberWordPart(part string, normalize func(string) string) (v float64, scale, ok bool) {
	if hasDigit(part) {
		return 0, false, false
	}
	if len(part) >= len("hundred") && len(part) <= len("trillion") {
		if v, ok := scales[strings.ToLower(part)]; ok {
			return v, true, true
		}
	}
	n := normalize(part)
	if !isFigure(n) {
		return 0, false, false
	}
	v, err := strconv.ParseFloat(n, 64)
	return v, false, err == nil
}

// isFigure reports whether s is one or more ASCII digits.
func isFigure(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// hasHyphen reports whether s holds a hyphen (-, U+2010 or U+2011).
func hasHyphen(s string) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '-':
			return true
		case s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x90 || s[i+2] == 0x91):
			return true
		}
	}
	return false
}

// numberWord reads word k as a number word. A word without hyphens is one
// part, whose normal form the tokenizer has already computed.
func (t *text) numberWord(k int) (float64, bool) {
	raw := t.raw(k)
	if hasHyphen(raw) {
		return numberWordValue(raw)
	}
	if !t.is(k, lexNumeric) {
		return 0, false
	}
	v, _, ok := numberWordPart(raw, func(string) string { return t.norm(k) })
	return v, ok && v > 0
}

// isNumberWord reports whether word k is a number word.
func isNumberWord(t *text, k int) bool {
	_, ok := t.numberWord(k)
	return ok
}

// isDatePart reports whether the number at word i is the day of a date
// ("October 27", "27 October").
func (t *text) isDatePart(i int) bool {
	isMonth := func(k int) bool {
		return k >= 0 && k < len(t.words) && t.words[k].upper && t.is(k, lexMonth)
	}
	return (isMonth(i-1) && t.nearlyJoined(i)) || (i+1 < len(t.words) && isMonth(i+1) && t.nearlyJoined(i+1))
}

// nearlyJoined reports whether words i-1 and i are separated only by space
// or by the point of an abbreviation ("Oct. 27").
func (t *text) nearlyJoined(i int) bool {
	gap, boundary := t.between(i)
	trimmed := strings.TrimSpace(gap)
	return !boundary && (trimmed == "" || trimmed == ".")
}

// unitAfter returns the index of the counted noun in the phrase starting at
// word i: the first plural noun within a few words, or else the first word
// when it is a lower-case content word ("5 km").
func (t *text) unitAfter(i int) (int, bool) {
	for k := i; k < len(t.words) && k < i+maxUnitWords; k++ {
		if !t.joined(k) || t.isFunctionWord(k) || t.isCalendar(k) || t.words[k].quoted != t.words[i].quoted {
			break
		}
		if isPluralWord(t, k) {
			return k, true
		}
	}
	if i < len(t.words) && t.joined(i) && !t.isFunctionWord(i) && !t.words[i].upper && !hasDigit(t.raw(i)) && len(t.norm(i)) > 1 {
		return i, true
	}
	return 0, false
}

// isPluralWord reports whether word k is a plural noun: an irregular plural
// or a word ending in -s (not -ss, -us, -is; not an acronym).
func isPluralWord(t *text, k int) bool {
	if t.is(k, lexIrregularPlural) {
		return true
	}
	n := t.norm(k)
	if t.words[k].acronym || len(n) < 3 || !strings.HasSuffix(n, "s") {
		return false
	}
	return !strings.HasSuffix(n, "ss") && !strings.HasSuffix(n, "us") && !strings.HasSuffix(n, "is")
}

// unitHead returns the comparison form of a counted noun: singular, and
// one name for a unit however it is written (feet, ft → foot).
func unitHead(norm string) string {
	if u, ok := unitNames[norm]; ok {
		return u
	}
	return singular(norm)
}

// unitNames maps the spellings of units of measure to one name.
var unitNames = map[string]string{
	"ft": "foot", "foot": "foot", "feet": "foot",
	"km": "kilometre", "kms": "kilometre", "kilometre": "kilometre", "kilometres": "kilometre",
	"kilometer": "kilometre", "kilometers": "kilometre",
	"m": "metre", "metre": "metre", "metres": "metre", "meter": "metre", "meters": "metre",
	"cm": "centimetre", "centimetre": "centimetre", "centimetres": "centimetre", "centimeter": "centimetre", "centimeters": "centimetre",
	"mm": "millimetre", "millimetre": "millimetre", "millimetres": "millimetre", "millimeter": "millimetre", "millimeters": "millimetre",
	"mi": "mile", "mile": "mile", "miles": "mile",
	"kg": "kilogram", "kgs": "kilogram", "kilo": "kilogram", "kilos": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
	"lb": "pound", "lbs": "pound", "yd": "yard", "yds": "yard", "yard": "yard", "yards": "yard",
	"hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
	"min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
	"mph": "mph", "kph": "kph", "kmh": "kph",
}

// figureWithUnit reads a figure written together with its unit: "200ft",
// "5km", "3.5m".
func figureWithUnit(raw string) (value float64, unit, head string, ok bool) {
	k := 0
	for k < len(raw) && (raw[k] >= '0' && raw[k] <= '9' || raw[k] == '.' || raw[k] == ',') {
		k++
	}
	if k == 0 || k == len(raw) {
		return 0, "", "", false
	}
	u, known := unitNames[strings.ToLower(raw[k:])]
	if !known {
		return 0, "", "", false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(raw[:k], ",", ""), 64)
	if err != nil {
		return 0, "", "", false
	}
	return v, raw[k:], u, true
}

// singular returns the comparison form of a counted noun.
func singular(n string) string {
	switch {
	case irregularPlurals[n]:
		return n
	case strings.HasSuffix(n, "ies") && len(n) > 4:
		return n[:len(n)-3] + "y"
	case strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss"):
		return n[:len(n)-1]
	}
	return n
}

// qualifierBefore returns where a qualifier before word i starts and what
// it means.
func (t *text) qualifierBefore(i int) (int, Bound, bool) {
	for _, q := range qualifiers {
		first := i - len(q.words)
		if first < 0 {
			continue
		}
		ok := true
		for k, w := range q.words {
			if t.norm(first+k) != w || !t.joined(first+k+1) {
				ok = false
				break
			}
		}
		if ok {
			return first, q.bound, true
		}
	}
	return 0, Exact, false
}

// eventNear returns the verb that says what happened to what a figure
// counts: a past participle or -ing form just before it ("killed at least
// 1,400 people") or just after it ("900 troops are heading").
func (t *text) eventNear(first, last int) string {
	for k := first - 1; k >= 0 && k >= first-3 && t.joined(k+1); k-- {
		if isEventWord(t, k) {
			return t.raw(k)
		}
	}
	for k := last + 1; k < len(t.words) && k <= last+3 && t.joined(k); k++ {
		if isEventWord(t, k) {
			return t.raw(k)
		}
		if !t.isFunctionWord(k) {
			break
		}
	}
	return ""
}

// isEventWord reports whether word k is a lower-case -ed or -ing verb form.
func isEventWord(t *text, k int) bool {
	w := t.words[k]
	return !w.upper && len(t.norms[w.normID]) > 4 && !t.formIs(w.normID, lexFunction) &&
		(strings.HasSuffix(t.norms[w.normID], "ed") || strings.HasSuffix(t.norms[w.normID], "ing"))
}

// placeAfter returns the place name in a locative phrase right after word
// last ("12 times in Iraq").
func (t *text) placeAfter(last int, g *gazetteer) string {
	k := last + 1
	if k >= len(t.words) || !t.joined(k) || !t.is(k, lexLocative) {
		return ""
	}
	k++
	if k < len(t.words) && t.norm(k) == "the" && t.joined(k) {
		k++
	}
	if k >= len(t.words) || !t.joined(k) || !t.isName(k, g) {
		return ""
	}
	end := k
	for end+1 < len(t.words) && t.joined(end+1) && t.isName(end+1, g) && !t.words[end].possessive {
		end++
	}
	return t.span(k, end)
}

// wordsBetween reports whether one of the given words stands between words
// a and b.
func (t *text) wordsBetween(a, b int, words ...string) bool {
	for k := a + 1; k < b; k++ {
		for _, w := range words {
			if t.norm(k) == w {
				return true
			}
		}
	}
	return false
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}
