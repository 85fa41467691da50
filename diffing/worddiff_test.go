package diffing

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// changedWords returns the text of every Delete and Insert piece.
func changedWords(a, b string, d WordDiff) (onlyA, onlyB []string) {
	for _, p := range d.Pieces {
		switch p.Op {
		case Delete:
			onlyA = append(onlyA, a[p.A.Start:p.A.End])
		case Insert:
			onlyB = append(onlyB, b[p.B.Start:p.B.End])
		}
	}
	return onlyA, onlyB
}

// assertRebuilds checks that the pieces cover both texts exactly, in order.
func assertRebuilds(t testing.TB, a, b string, d WordDiff) {
	t.Helper()
	var ra, rb strings.Builder
	endA, endB := 0, 0
	for i, p := range d.Pieces {
		require.Equal(t, endA, p.A.Start, "piece %d does not continue the first text", i)
		require.Equal(t, endB, p.B.Start, "piece %d does not continue the second text", i)
		require.LessOrEqual(t, p.A.Start, p.A.End)
		require.LessOrEqual(t, p.B.Start, p.B.End)
		switch p.Op {
		case Delete:
			require.Equal(t, p.B.Start, p.B.End, "piece %d deletes but has second-text bytes", i)
		case Insert:
			require.Equal(t, p.A.Start, p.A.End, "piece %d inserts but has first-text bytes", i)
		}
		ra.WriteString(a[p.A.Start:p.A.End])
		rb.WriteString(b[p.B.Start:p.B.End])
		endA, endB = p.A.End, p.B.End
	}
	require.Equal(t, a, ra.String())
	require.Equal(t, b, rb.String())
}

func TestCompareWords(t *testing.T) {
	tests := []struct {
		name         string
		a, b         string
		onlyA, onlyB []string
	}{
		{
			name:  "Kirby's line: one word replaced",
			a:     "There was a direct message relayed,",
			b:     "There was a direct message conveyed,",
			onlyA: []string{"relayed"},
			onlyB: []string{"conveyed"},
		},
		{
			name: "identical after normalisation",
			a:    "“Iran’s 1,400 troops”",
			b:    `"Iran's 1400 troops"`,
		},
		{
			name:  "an insertion",
			a:     "the Pentagon said",
			b:     "the Pentagon said on Friday",
			onlyB: []string{"on Friday"},
		},
		{
			name:  "a deletion at the start",
			a:     "Meanwhile, US officials want calm",
			b:     "US officials want calm",
			onlyA: []string{"Meanwhile"},
		},
		{
			name:  "a rewritten clause is one change, not confetti",
			a:     "said at a press briefing, according to Reuters",
			b:     "said at a press conference, as reported by Reuters",
			onlyA: []string{"briefing, according to"},
			onlyB: []string{"conference, as reported by"},
		},
		{
			name:  "nothing shared",
			a:     "alpha beta",
			b:     "gamma delta",
			onlyA: []string{"alpha beta"},
			onlyB: []string{"gamma delta"},
		},
		{
			name:  "empty first text",
			a:     "",
			b:     "new words",
			onlyB: []string{"new words"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := CompareWords(tt.a, tt.b)
			assertRebuilds(t, tt.a, tt.b, d)
			onlyA, onlyB := changedWords(tt.a, tt.b, d)
			assert.Equal(t, tt.onlyA, onlyA)
			assert.Equal(t, tt.onlyB, onlyB)
		})
	}
}

func TestCompareWordsKnowsMovedWords(t *testing.T) {
	a := "There was a direct message relayed, White House spokesman John Kirby said."
	b := "There was a direct message conveyed, said White House spokesman John Kirby."
	d := CompareWords(a, b)
	text := func(s string, rs []Range) []string {
		var out []string
		for _, r := range rs {
			out = append(out, s[r.Start:r.End])
		}
		return out
	}
	assert.Equal(t, []string{"said"}, text(a, d.MovedA))
	assert.Equal(t, []string{"said"}, text(b, d.MovedB))
	onlyA, onlyB := changedWords(a, b, d)
	assert.Contains(t, strings.Join(onlyA, " "), "relayed", "the pieces still hold every changed word")
	assert.Contains(t, strings.Join(onlyB, " "), "conveyed")
}

func TestCompareWordsOverlap(t *testing.T) {
	assert.InDelta(t, 1.0, CompareWords("a b c", "A B C").Overlap(), 1e-9)
	assert.InDelta(t, 0.8, CompareWords("a b c d e", "a b c d f").Overlap(), 1e-9)
	assert.InDelta(t, 0.0, CompareWords("a b", "c d").Overlap(), 1e-9)
}

// go-diff's DiffLinesToChars mishandles more than a few hundred distinct
// lines in older releases (go-diff PR #136, issue #140); parallax maps words
// to runes itself, and this keeps it honest with many distinct words.
func TestCompareWordsWithHundredsOfDistinctWords(t *testing.T) {
	var a, b []string
	for i := range 700 {
		a = append(a, fmt.Sprintf("word%d", i))
		if i%100 == 50 {
			b = append(b, fmt.Sprintf("other%d", i))
		} else {
			b = append(b, fmt.Sprintf("word%d", i))
		}
	}
	ta, tb := strings.Join(a, " "), strings.Join(b, " ")
	d := CompareWords(ta, tb)
	assertRebuilds(t, ta, tb, d)
	onlyA, onlyB := changedWords(ta, tb, d)
	assert.Equal(t, []string{"word50", "word150", "word250", "word350", "word450", "word550", "word650"}, onlyA)
	assert.Equal(t, []string{"other50", "other150", "other250", "other350", "other450", "other550", "other650"}, onlyB)
	assert.Equal(t, 693, d.Shared)
}

func FuzzCompareWords(f *testing.F) {
	f.Add("There was a direct message relayed,", "There was a direct message conveyed,")
	f.Add("", "")
	f.Add("a", "")
	f.Add("“Iran’s 1,400”", `"Iran's 1400"`)
	f.Add("a b a b a", "b a b")
	f.Add("x\xffy z", "x\xfey z")
	f.Add("U.S. U.N. e.g.", "u.s. U.N e.g")
	f.Fuzz(func(t *testing.T, a, b string) {
		d := CompareWords(a, b)
		assertRebuilds(t, a, b, d)
		require.LessOrEqual(t, d.Shared, min(d.WordsA, d.WordsB))
		require.GreaterOrEqual(t, d.Overlap(), 0.0)
		require.LessOrEqual(t, d.Overlap(), 1.0)
	})
}
