package diffing

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

// align aligns two line-per-passage articles with cfg.
func align(cfg Config, a, b []string) *Alignment {
	return Align([]*model.Article{article("a", a...), article("b", b...)}, cfg)
}

// onlyMatch returns the single match of al.
func onlyMatch(t *testing.T, al *Alignment) Match {
	t.Helper()
	require.Len(t, al.Matches, 1, "matches: %v", matchList(al))
	return al.Matches[0]
}

func TestAlignJoinsAQuoteSplitAroundHeSaid(t *testing.T) {
	whole := []string{
		`"We will rebuild every home the flood destroyed, and no family will spend the winter in a tent," the governor said.`,
		"Engineers began inspecting the dam on Friday.",
	}
	split := []string{
		`"We will rebuild every home the flood destroyed," the governor said.`,
		`"No family will spend the winter in a tent."`,
		"Engineers began inspecting the dam on Friday.",
	}
	assert.Equal(t, []string{"0=0,1", "1=2"}, matchList(align(DefaultConfig(), whole, split)))
	assert.Equal(t, []string{"0,1=0", "2=1"}, matchList(align(DefaultConfig(), split, whole)))
}

func TestAlignMatchesInflectedForms(t *testing.T) {
	// Every informative word differs in its ending only: without stems the
	// two sentences share nothing but "embassy".
	a := []string{"Protesters targeted the embassy, demanding sanctions."}
	b := []string{"The embassy is being targeted by protesters who demand a sanction."}
	m := onlyMatch(t, align(DefaultConfig(), a, b))
	assert.Contains(t, m.Terms, "protesters")
	assert.Contains(t, m.Terms, "targeted")
}

func TestAlignCreditsNearSynonyms(t *testing.T) {
	// The two sentences share one informative word ("curfew"); the other
	// evidence is spokesman/spokesperson and journalist/correspondent.
	a := []string{"A police spokesman briefed journalists about the curfew."}
	b := []string{"The curfew was explained to correspondents by a police spokesperson."}
	withSynonyms := align(DefaultConfig(), a, b)
	cfg := DefaultConfig()
	cfg.SynonymCredit = 0
	without := align(cfg, a, b)
	require.Len(t, withSynonyms.Matches, 1)
	if len(without.Matches) == 1 {
		assert.Greater(t, withSynonyms.Matches[0].Score, without.Matches[0].Score)
	}
	assert.Greater(t, withSynonyms.Matches[0].Score, cfg.MinScore)
}

func TestAlignMatchesNameVariants(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"hyphen dropped", "Foreign Minister Hossein Amir-Abdollahian spoke at the United Nations.", "Foreign Minister Hossein Amirabdollahian spoke at the United Nations."},
		{"full title", "Biden warned the supreme leader on Wednesday.", "President Joe Biden warned the supreme leader on Wednesday, officials said."},
		{"accents", "José Martí airport reopened after the storm.", "Jose Marti airport reopened after the storm."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := onlyMatch(t, align(DefaultConfig(), []string{tt.a}, []string{tt.b}))
			assert.GreaterOrEqual(t, m.Relation, Reworded)
		})
	}
}

func TestAlignReadsNumbersWrittenDifferently(t *testing.T) {
	a := []string{"The attack killed at least 1,400 people and wounded four soldiers."}
	b := []string{"The attack killed at least 1400 people and wounded 4 soldiers."}
	m := onlyMatch(t, align(DefaultConfig(), a, b))
	assert.Equal(t, Identical, m.Relation)
	assert.Empty(t, m.Diff)
}

func TestAlignDecidesWellForShortReports(t *testing.T) {
	// With a sentence or two each, the reports give almost no word
	// statistics of their own: background frequencies tell that a shared
	// name is evidence and shared everyday words much less.
	t.Run("two single sentences", func(t *testing.T) {
		m := onlyMatch(t, align(DefaultConfig(),
			[]string{"Kirby confirmed the message was relayed to Tehran."},
			[]string{"The message was conveyed to Tehran, Kirby confirmed."}))
		assert.Contains(t, m.Terms, "kirby")
	})
	t.Run("a shared name outweighs everyday words", func(t *testing.T) {
		al := align(DefaultConfig(),
			[]string{"Kirby said his report on Tehran would take a long time."},
			[]string{"It was a long time before people could take the bus home, he said.", "Markets were calm.", "The Kirby report reached Tehran."})
		assert.Equal(t, []string{"0=2"}, matchList(al))
	})
}

func TestAlignLinksAFactToldTwice(t *testing.T) {
	// The first report states the death toll at the top and repeats it at
	// the end; the second states it once. Both statements join its match.
	a := []string{
		"The earthquake killed 212 people in the mountain villages of Herat province.",
		"Rescue teams from Kabul arrived by helicopter on Sunday.",
		"Aid agencies appealed for tents, blankets and clean water.",
		"In all, 212 people were killed in the Herat mountain villages, the earthquake's toll.",
	}
	b := []string{
		"Aid agencies are appealing for tents, blankets and clean water.",
		"The Herat earthquake killed 212 people in mountain villages, officials said.",
		"Helicopters brought rescue teams from Kabul on Sunday.",
	}
	assert.Equal(t, []string{"0,3=1", "1=2", "2=0"}, matchList(align(DefaultConfig(), a, b)))
}

func TestAlignKeepsFormulaicRepeatsWithTheirOwnPlace(t *testing.T) {
	// A formula repeated along two texts in step belongs with the copy at
	// the same place, not with every copy.
	a := []string{
		"The ferry left the northern harbour at dawn with supplies.",
		"The captain reported calm seas and a steady wind.",
		"The ferry reached the island of Saria before noon.",
		"The captain reported calm seas and a steady wind.",
		"The ferry returned to the northern harbour at dusk.",
	}
	b := []string{
		"At dawn the ferry left the northern harbour carrying supplies.",
		"The captain reported calm seas and a steady wind.",
		"Before noon the ferry reached Saria island.",
		"The captain reported calm seas and a steady wind.",
		"At dusk the ferry returned to the northern harbour.",
	}
	assert.Equal(t, []string{"0=0", "1=1", "2=2", "3=3", "4=4"}, matchList(align(DefaultConfig(), a, b)))
}

func TestMatchesExplainThemselves(t *testing.T) {
	m := onlyMatch(t, align(DefaultConfig(),
		[]string{"Firefighters contained the Buncefield depot blaze on Monday."},
		[]string{"On Monday firefighters finally contained the blaze at the Buncefield depot."}))
	assert.Greater(t, m.Score, 0.5)
	assert.LessOrEqual(t, m.Score, 1.0)
	require.NotEmpty(t, m.Terms)
	assert.Equal(t, "buncefield", m.Terms[0], "the rarest shared word comes first")
	assert.NotContains(t, m.Terms, "the", "stop words never explain a match")
}

func TestRelationTiers(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want Relation
	}{
		{
			"identical after normalisation",
			"“The talks have failed,” the envoy said on Tuesday.",
			`"The talks have FAILED," the envoy said on Tuesday.`,
			Identical,
		},
		{
			"the same sentence edited",
			"There was a direct message relayed, White House spokesperson John Kirby said at a press briefing.",
			"There was a direct message conveyed, said White House spokesman John Kirby at a press conference.",
			Reworded,
		},
		{
			"the same fact in other words",
			"Iran's foreign minister said Hamas was ready to release civilian hostages.",
			"Hamas is prepared to free the civilian hostages it holds, according to Iran's foreign minister, who spoke in New York.",
			Related,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := onlyMatch(t, align(DefaultConfig(), []string{tt.a}, []string{tt.b}))
			assert.Equal(t, tt.want, m.Relation, "score %.3f", m.Score)
		})
	}
}

func TestMinScoreMakesAlignmentStricter(t *testing.T) {
	a := []string{
		"The storm destroyed three hundred homes along the northern coast on Monday night.",
		"Emergency crews evacuated thousands of residents from the flooded river valley.",
		"The central bank kept its interest rate at four percent.",
	}
	b := []string{
		"On Monday night the storm destroyed 300 homes along the northern coast.",
		"Crews helped residents leave the valley as the river rose.",
		"The central bank kept its interest rate at four percent.",
	}
	previous := len(a) + 1
	for _, minScore := range []float64{0.05, 0.3, 0.6, 0.99} {
		cfg := DefaultConfig()
		cfg.MinScore = minScore
		al := align(cfg, a, b)
		assert.LessOrEqual(t, len(al.Matches), previous, "at --min-score %v", minScore)
		previous = len(al.Matches)
		for _, m := range al.Matches {
			assert.GreaterOrEqual(t, m.Score, minScore, "at --min-score %v: %v", minScore, matchList(al))
		}
	}
	// Just above a match's probability, that match is gone.
	al := align(DefaultConfig(), a, b)
	require.NotEmpty(t, al.Matches)
	weakest := al.Matches[0].Score
	for _, m := range al.Matches {
		weakest = min(weakest, m.Score)
	}
	cfg := DefaultConfig()
	cfg.MinScore = weakest + 1e-6
	assert.Len(t, align(cfg, a, b).Matches, len(al.Matches)-1)
}

func TestAlignFillsGapsBetweenMatchesInStep(t *testing.T) {
	a := []string{
		"The king gathered the elders of every tribe at Shechem.",
		"Then the whole assembly went down to the river at dusk.",
		"There the king read the law aloud to all the people.",
	}
	b := []string{
		"The king gathered the elders of all the tribes at Shechem.",
		"At evening the crowd walked to the river.",
		"There the king read the law aloud to the whole people.",
	}
	// The middle sentences share one word: not enough by themselves, but
	// the matches around them vouch for their order.
	assert.Equal(t, []string{"0=0", "1=1", "2=2"}, matchList(align(DefaultConfig(), a, b)))

	// Out of step, the same two sentences are left apart.
	reordered := []string{b[2], b[1], b[0]}
	assert.Equal(t, []string{"0=2", "2=0"}, matchList(align(DefaultConfig(), a, reordered)))
}

func TestAlignMatchesSpellingsOfOneName(t *testing.T) {
	// Without the variant the two sentences share one informative word.
	m := onlyMatch(t, align(DefaultConfig(), []string{"Baghdadi was arrested."}, []string{"Police arrested al-Baghdadi."}))
	assert.Contains(t, m.Terms, "baghdadi")

	lastTerm := func(c *corpus, article int) int32 {
		ids := c.articles[article].wordIDs(0)
		return c.stemOf[ids[len(ids)-1]]
	}
	tests := []struct {
		a, b string
		same bool
	}{
		{"Baghdadi", "al-Baghdadi", true},
		{"Gaddafi", "Qaddafi", true},
		{"Larissa", "Larrabee", false}, // different names that start alike
		{"Monday", "Mondays", true},    // the stemmer's job, not a variant
		{"Shanahan", "Shannon", false}, // a known word is never merged
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			c, err := newCorpus(context.Background(), []*model.Article{article("a", tt.a), article("b", tt.b)}, false)
			require.NoError(t, err)
			assert.Equal(t, tt.same, lastTerm(c, 0) == lastTerm(c, 1))
		})
	}
}

func TestAlignReadsNumbersSpelledOverSeveralWords(t *testing.T) {
	// The two sentences share "Hamas" and a number written two ways.
	m := onlyMatch(t, align(DefaultConfig(),
		[]string{"Hamas fighters killed fourteen hundred people."},
		[]string{"Hamas says 1,400 died."}))
	assert.Contains(t, m.Terms, "1400")
}
