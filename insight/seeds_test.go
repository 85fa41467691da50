package insight

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The acceptance on the built-in reports. Nothing here depends on
// the alignment's match numbering.
func TestSeedsKirbysLineIsAlteredAndHisRoleDiffers(t *testing.T) {
	al := seedAlignment(t)
	an := Analyze(al)
	var kirby *Quote
	for i, q := range an.Quotes {
		if strings.Contains(q.Variants[0].Text(al.Articles[q.Variants[0].Article]), "direct message") {
			kirby = &an.Quotes[i]
		}
	}
	require.NotNil(t, kirby)
	require.Len(t, kirby.Variants, 2)
	ref, v := kirby.Variants[0], kirby.Variants[1]
	assert.Equal(t, Altered, v.Wording)
	assert.Equal(t, []string{"relayed"}, spanTexts(al.Articles[0], v.ReferenceDrift))
	assert.Equal(t, []string{"conveyed"}, spanTexts(al.Articles[1], v.Drift))
	assert.Equal(t, RoleDiffers, v.Attribution)
	assert.Equal(t, "White House spokesperson John Kirby", ref.Speaker.Text)
	assert.Equal(t, "White House spokesman John Kirby", v.Speaker.Text)
	assert.Equal(t, []string{"spokesperson"}, spanTexts(al.Articles[0], v.ReferenceSpeakerDrift))
	assert.Equal(t, []string{"spokesman"}, spanTexts(al.Articles[1], v.SpeakerDrift))
	assert.Equal(t, "Reuters", ref.Via.Name)
	assert.Equal(t, "Reuters", v.Via.Name)
	assert.True(t, kirby.Drifted())
}

func TestSeedsSpeakersOfOtherQuotations(t *testing.T) {
	al := seedAlignment(t)
	an := Analyze(al)
	speakers := map[string]string{}
	for _, q := range an.Quotes {
		v := q.Variants[0]
		words := strings.Fields(v.Text(al.Articles[v.Article]))
		speakers[strings.Join(words[:3], " ")] = v.Speaker.Name
	}
	assert.Equal(t, "Joe Biden", speakers["My warning to"], `"he told reporters" after "President Biden said"`)
	assert.Equal(t, "Mohammad Jamshidi", speakers["The US messages"])
	assert.Equal(t, "IRNA", speakers["The United States"])
	assert.Equal(t, "Hossein Amir-Abdollahian", speakers["I say frankly"])
	assert.Equal(t, "Israeli Defence Forces", speakers["money, training and"])
}

func TestSeedsFactsOnlyOneReportCarries(t *testing.T) {
	al := seedAlignment(t)
	an := Analyze(al)
	only := map[string]int{}
	for _, f := range an.OnlyInOneReport() {
		r, _ := f.OnlyIn()
		only[f.Label] = r
	}
	for _, label := range []string{
		"at least 1,400 people (killed)",
		"About 900 additional US troops (heading)",
		"at least 12 times in Iraq (attacked)",
		"four times in Syria (attacked)",
		"IRNA",
	} {
		assert.Contains(t, only, label)
		assert.Equal(t, 1, only[label], "%s is only in the second report", label)
	}
	assert.Contains(t, only, "more than 1.4 million civilians (displaced)")
	assert.Equal(t, 0, only["more than 1.4 million civilians (displaced)"])
	assert.NotContains(t, only, "John Kirby", "both reports name Kirby")
	assert.NotContains(t, only, "Thursday", "both reports say Thursday")
	assert.Empty(t, an.Conflicts, "the seeds agree wherever they tell the same thing")
}

func TestSeedsCoverage(t *testing.T) {
	al := seedAlignment(t)
	an := Analyze(al)
	require.Len(t, an.Coverage, 2)
	credits := func(a int) map[string]int {
		m := map[string]int{}
		for _, s := range an.Coverage[a].Sources {
			m[s.Name] = s.Credits
			assert.Len(t, s.Mentions, s.Credits)
		}
		return m
	}
	first, second := credits(0), credits(1)
	assert.NotContains(t, first, "IRNA", "only the second report cites IRNA")
	assert.Equal(t, 2, second["IRNA"])
	assert.Equal(t, 2, second["Pentagon"])
	assert.NotContains(t, first, "Pentagon")
	assert.Equal(t, 1, first["Reuters"])
	assert.Equal(t, 1, second["Reuters"])
	assert.Equal(t, 1, first["John Kirby"])
	assert.Equal(t, 1, second["John Kirby"])
	for a, c := range an.Coverage {
		passages, matched, unique := al.Counts(a)
		assert.Equal(t, [3]int{passages, matched, unique}, [3]int{c.Passages, c.Matched, c.Unique})
		require.Len(t, c.Shared, 1)
		assert.Equal(t, 1-a, c.Shared[0].Article)
		assert.Equal(t, matched, c.Shared[0].Passages, "with two reports, every matched passage is in the other")
	}
}

func TestAnalyzeContextStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	an, err := AnalyzeContext(ctx, seedAlignment(t))
	assert.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, an)
}

func TestAnalyzeIsTheSameOnOneProcessorAndOnMany(t *testing.T) {
	al := seedAlignment(t)
	var a, b strings.Builder
	for k := range 6 {
		fmt.Fprintf(&a, "Update %d.\n\n%s\n\n", k, al.Articles[0].Text)
		fmt.Fprintf(&b, "Update %d.\n\n%s\n\n", k, strings.ReplaceAll(al.Articles[1].Text, "1,400", fmt.Sprint(1000+k)))
	}
	long, want := analyze(t, a.String(), b.String())
	require.NotEmpty(t, want.Quotes)
	for _, procs := range []int{1, 2, 4} {
		prev := runtime.GOMAXPROCS(procs)
		got := Analyze(long)
		runtime.GOMAXPROCS(prev)
		assert.Equal(t, want, got, "GOMAXPROCS=%d", procs)
	}
}
