package insight

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// The changed-copy test reads reports of ../shared/data/news_ecb against a
// copy of themselves with one thing changed (a figure, a weekday, the
// spelling of a name) or nothing changed, and counts how often the change
// is reported as a conflict and how many conflicts are reported about
// anything else. What is changed is chosen by plain patterns, not by what
// parallax reads as a fact. Run it with -v to see the figures:
//
//	go test ./insight -run TestChangedCopies -v

// copyChange is one kind of change made to a copy.
type copyChange struct {
	name string
	// change returns the copy's text and the byte spans of the copy that
	// were changed, or false when the report offers nothing to change; of
	// the candidates, it changes the one pick (modulo their number) names.
	change func(text string, pick int) (string, []Span, bool)
}

// changedCopyPairs is how many reports are read for each kind of change.
const changedCopyPairs = 20

var (
	// A figure counting something: "20, 000 refugees", "12 people" (not
	// before a function word, not the day of a date, not a year).
	copyFigure = regexp.MustCompile(`\b(\d{1,3}(?:, \d{3})+|\d+)( [a-z]{3,})`)
	// A weekday.
	copyWeekday = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	// Two capitalised words in mid-sentence, the second of four letters or
	// more: a person's or a place's name ("Taban Deng").
	copyName    = regexp.MustCompile(`[a-z,] ([A-Z][a-z]+) ([A-Z][a-z]{3,})\b`)
	weekdayList = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// body returns where the body starts (after the headline and blank line).
func bodyStart(text string) int {
	if k := strings.Index(text, "\n\n"); k >= 0 {
		return k + 2
	}
	return 0
}

var copyChanges = []copyChange{
	{"figure", func(text string, pick int) (string, []Span, bool) {
		from := bodyStart(text)
		var spans []Span
		for _, m := range copyFigure.FindAllStringSubmatchIndex(text[from:], -1) {
			start, end := from+m[2], from+m[3]
			digits := strings.ReplaceAll(text[start:end], ", ", "")
			n, err := strconv.Atoi(digits)
			if err != nil || (n >= 1900 && n <= 2100 && len(digits) == 4) || (start > 0 && text[start-1] == ':') {
				continue // a year or a time of day
			}
			if functionWords[strings.TrimSpace(text[end:from+m[5]])] {
				continue // no noun after it: "58 - 4 with", "aged 26 and"
			}
			before := strings.Fields(text[max(from, start-12):start])
			if len(before) > 0 && months[strings.ToLower(strings.TrimSuffix(before[len(before)-1], "."))] > 0 {
				continue // the day of a date: "May 3"
			}
			spans = append(spans, Span{start, end})
		}
		if len(spans) == 0 {
			return "", nil, false
		}
		sp := spans[pick%len(spans)]
		start, end := sp.Start, sp.End
		n, _ := strconv.Atoi(strings.ReplaceAll(text[start:end], ", ", ""))
		changed := n + max(1, n/10)
		repl := strconv.Itoa(changed)
		if strings.Contains(text[start:end], ", ") && changed >= 1000 {
			repl = strconv.Itoa(changed/1000) + ", " + fmt.Sprintf("%03d", changed%1000)
		}
		return text[:start] + repl + text[end:], []Span{{start, start + len(repl)}}, true
	}},
	{"weekday", func(text string, pick int) (string, []Span, bool) {
		from := bodyStart(text)
		found := copyWeekday.FindAllStringIndex(text[from:], -1)
		if len(found) == 0 {
			return "", nil, false
		}
		m := found[pick%len(found)]
		start, end := from+m[0], from+m[1]
		repl := ""
		for k, d := range weekdayList {
			if d == text[start:end] {
				repl = weekdayList[(k+2)%7]
			}
		}
		return text[:start] + repl + text[end:], []Span{{start, start + len(repl)}}, true
	}},
	{"spelling", func(text string, pick int) (string, []Span, bool) {
		from := bodyStart(text)
		var names []string
		for _, m := range copyName.FindAllStringSubmatchIndex(text[from:], -1) {
			first, last := text[from+m[2]:from+m[3]], text[from+m[4]:from+m[5]]
			if copyWeekday.MatchString(first) || copyWeekday.MatchString(last) || months[strings.ToLower(first)] > 0 || months[strings.ToLower(last)] > 0 {
				continue
			}
			names = append(names, last)
		}
		if len(names) == 0 {
			return "", nil, false
		}
		last := names[pick%len(names)]
		respelt := last + "e" // "Rait" → "Raite"
		if strings.HasSuffix(last, "e") {
			respelt = last[:len(last)-1]
		}
		whole := regexp.MustCompile(`\b` + regexp.QuoteMeta(last) + `\b`)
		var spans []Span
		var b strings.Builder
		done := 0
		for _, w := range whole.FindAllStringIndex(text, -1) {
			b.WriteString(text[done:w[0]])
			spans = append(spans, Span{b.Len(), b.Len() + len(respelt)})
			b.WriteString(respelt)
			done = w[1]
		}
		b.WriteString(text[done:])
		return b.String(), spans, true
	}},
	{"unchanged", func(text string, _ int) (string, []Span, bool) { return text, nil, true }},
}

// pickOf spreads the choice of what to change over a report's candidates:
// a number from the report's id (FNV-1a).
func pickOf(id string) int {
	h := uint32(2166136261)
	for i := 0; i < len(id); i++ {
		h = (h ^ uint32(id[i])) * 16777619
	}
	return int(h >> 1)
}

// copyOutcome is what one pair shows.
type copyOutcome struct {
	found    bool // a conflict holds a changed span
	spurious int  // conflicts that hold none
}

// readCopy aligns a report with its copy and classifies the conflicts.
func readCopy(t testing.TB, original, changed string, spans []Span) copyOutcome {
	arts := []*model.Article{model.Parse("original.txt", original, model.UnitSentence), model.Parse("copy.txt", changed, model.UnitSentence)}
	al := diffing.Align(arts, diffing.DefaultConfig())
	an := Analyze(al)
	var out copyOutcome
	for _, c := range an.Conflicts {
		hit := false
		for _, side := range c.Sides {
			if side.Article != 1 {
				continue
			}
			for _, s := range spans {
				if side.Start < s.End && s.Start < side.End {
					hit = true
				}
			}
		}
		if hit {
			out.found = true
		} else {
			out.spurious++
			t.Logf("spurious %s conflict: %q / %q (%s)", c.Kind, original[c.Sides[0].Start:c.Sides[0].End], changed[c.Sides[1].Start:c.Sides[1].End], c.Reason)
		}
	}
	return out
}

func TestChangedCopies(t *testing.T) {
	docs := ecbReports(t)
	ids := ecbIDs(docs)
	for _, change := range copyChanges {
		t.Run(change.name, func(t *testing.T) {
			pairs, found, spurious := 0, 0, 0
			topics := map[string]bool{} // one report a topic, for variety
			for _, id := range ids {
				topic := strings.SplitN(id, "_", 2)[0]
				if pairs == changedCopyPairs || topics[topic] {
					continue
				}
				original := ecbText(docs[id])
				changed, spans, ok := change.change(original, pickOf(id))
				if !ok {
					continue
				}
				topics[topic] = true
				pairs++
				o := readCopy(t, original, changed, spans)
				if o.found {
					found++
				} else if change.name != "unchanged" {
					s := spans[0]
					t.Logf("%s: the changed %s is not reported: …%s…", id, change.name, changed[max(0, s.Start-80):min(len(changed), s.End+60)])
				}
				spurious += o.spurious
			}
			require.Equal(t, changedCopyPairs, pairs)
			t.Logf("%s: reported %d/%d (%.2f), spurious conflicts %d in %d pairs", change.name, found, pairs, float64(found)/float64(pairs), spurious, pairs)
			if change.name == "unchanged" {
				assert.Zero(t, spurious, "no conflict against an unchanged copy")
				return
			}
			assert.GreaterOrEqual(t, float64(found)/float64(pairs), 0.9, "the change is reported")
			assert.LessOrEqual(t, spurious, 1, "at most one spurious conflict in %d pairs", pairs)
		})
	}
}
