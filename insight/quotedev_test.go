package insight

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The quotation dev set (testdata/quotes_news_ecb.jsonl) is a hand
// annotation of the quotations of the news_ecb reports and their
// speakers, kept as character offsets into the texts (see
// scripts/quotedev.py); scripts/quotes-eval.sh scores parallax against it.

// devQuote is one annotated stretch of quoted text.
type devQuote struct {
	Start, End int
	Kind       string
	Headline   bool
	Speaker    *struct {
		Spans    [][2]int
		Pronoun  bool
		Resolved *string
	}
}

// devReport is the annotation of one report.
type devReport struct {
	ID          string
	Quotes      []devQuote
	ShortQuotes []devQuote `json:"short_quotes"`
	OtherQuoted []devQuote `json:"other_quoted"`
}

func readDevSet(t *testing.T) []devReport {
	t.Helper()
	f, err := os.Open("testdata/quotes_news_ecb.jsonl")
	require.NoError(t, err)
	defer f.Close()
	var out []devReport
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r devReport
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		out = append(out, r)
	}
	require.NoError(t, sc.Err())
	return out
}

func TestQuoteDevSetPointsAtQuotationsAndTheirSpeakers(t *testing.T) {
	docs := ecbReports(t)
	set := readDevSet(t)
	direct := 0
	for _, r := range set {
		doc, ok := docs[r.ID]
		require.True(t, ok, "no report %s", r.ID)
		text := []rune(ecbText(doc)) // offsets count characters
		all := append(append(append([]devQuote{}, r.Quotes...), r.ShortQuotes...), r.OtherQuoted...)
		for _, q := range all {
			require.True(t, 0 <= q.Start && q.Start < q.End && q.End <= len(text), "%s: span %d-%d", r.ID, q.Start, q.End)
			// A quotation whose opening or closing mark the report left
			// out is annotated from the mark it has to where the words end.
			before, _ := lastRune(strings.TrimRightFunc(string(text[:q.Start]), unicode.IsSpace))
			after, _ := firstRune(strings.TrimLeftFunc(string(text[q.End:]), unicode.IsSpace))
			opens, closes := isMark(before) || before == '`', isMark(after)
			assert.True(t, opens || closes, "%s %d: %q is not between quotation marks", r.ID, q.Start, string(text[q.Start:q.End]))
			assert.NotEmpty(t, strings.TrimSpace(string(text[q.Start:q.End])))
		}
		for _, q := range r.Quotes {
			assert.Contains(t, []string{"direct", "partial"}, q.Kind)
			if q.Kind == "direct" {
				direct++
			}
			if q.Speaker == nil {
				continue
			}
			require.NotEmpty(t, q.Speaker.Spans, "%s %d", r.ID, q.Start)
			for _, s := range q.Speaker.Spans {
				require.True(t, 0 <= s[0] && s[0] < s[1] && s[1] <= len(text), "%s: speaker %v", r.ID, s)
				assert.False(t, s[0] < q.End && q.Start < s[1], "%s %d: the speaker %q is inside the quotation", r.ID, q.Start, string(text[s[0]:s[1]]))
				word := string(text[s[0]:s[1]])
				assert.Equal(t, strings.TrimSpace(word), word, "%s: the speaker %q is a whole mention", r.ID, word)
			}
		}
	}
	assert.GreaterOrEqual(t, direct, 400, "at least 400 direct quotations are annotated")
}

// firstRune returns the first character of s.
func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// lastRune returns the last character of s.
func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}
