package diffing

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

func TestAlignNeverChainsMatchesAcrossReports(t *testing.T) {
	// Each report's sentence shares a fact with the next report's: the
	// storm and the homes, then the emergency, then the federal aid. A
	// chain of links would put the first and the last in one match though
	// they share nothing.
	reports := [][]string{
		{"The storm destroyed three hundred homes along the northern coast on Monday night."},
		{"The storm destroyed three hundred homes along the northern coast, and the governor declared a state of emergency."},
		{"The governor declared a state of emergency and asked Washington for federal disaster aid."},
		{"Washington approved the federal disaster aid for the flooded river valley on Friday."},
	}
	var arts []*model.Article
	for k, lines := range reports {
		arts = append(arts, article(fmt.Sprint(k), lines...))
	}
	al := Align(arts, DefaultConfig())
	require.NotEmpty(t, al.Matches)
	for _, m := range al.Matches {
		_, first := m.Member(0)
		_, last := m.Member(3)
		assert.False(t, first && last, "the storm and the aid approval are in one match: %v", m.Members)
		_, third := m.Member(2)
		assert.False(t, first && third, "the storm and the aid request are in one match: %v", m.Members)
	}
	assertAlignmentInvariants(t, al)
}

func TestAlignKeepsEveryMatchOfTwoReportsWhenReadWithOthers(t *testing.T) {
	// Reading a third report beside two must not cost them a match they
	// share, nor give them a wrong one.
	a := []string{
		"The storm destroyed three hundred homes along the northern coast on Monday night.",
		"Emergency crews evacuated thousands of residents from the flooded river valley.",
		"The governor declared a state of emergency and requested federal disaster aid.",
	}
	b := []string{
		"The governor has declared a state of emergency and asked for federal disaster aid.",
		"On Monday night the storm destroyed 300 homes along the northern coast.",
		"Thousands of residents were evacuated by emergency crews from the flooded river valley.",
	}
	c := []string{
		"Residents of the river valley were evacuated by emergency crews overnight.",
		"Stock markets in Asia closed higher on Tuesday.",
	}
	pairwise := matchList(Align([]*model.Article{article("a", a...), article("b", b...)}, DefaultConfig()))
	joint := Align([]*model.Article{article("a", a...), article("b", b...), article("c", c...)}, DefaultConfig())
	var readTogether []string
	for _, m := range joint.Matches {
		ma, okA := m.Member(0)
		mb, okB := m.Member(1)
		if okA && okB {
			readTogether = append(readTogether, fmt.Sprintf("%d=%d", ma.Passages[0], mb.Passages[0]))
		}
	}
	assert.ElementsMatch(t, pairwise, readTogether)
	for _, m := range joint.Matches {
		if mc, ok := m.Member(2); ok {
			assert.Equal(t, []int{0}, mc.Passages, "only the evacuation is told by the third report")
		}
	}
}

func TestAlignKeepsLongTextsInStep(t *testing.T) {
	// Two tellings of a long text in the same order, each fifth line a
	// formula repeated word for word all through it. Every copy of the
	// formula has dozens of identical candidates; only the order tells
	// which is its partner, and every match must keep it.
	subjects := []string{"shepherd", "merchant", "soldier", "farmer", "weaver", "potter", "fisherman", "scribe", "priest", "builder"}
	places := []string{"river", "mountain", "market", "temple", "harbour", "valley", "desert", "garden", "city", "forest"}
	var a, b []string
	for i := 0; i < 150; i++ {
		if i%5 == 4 {
			a = append(a, "And the LORD spake unto Moses, saying.")
			b = append(b, "And the LORD spake unto Moses, saying.")
			continue
		}
		s, p := subjects[i%10], places[(i/10)%10]
		a = append(a, fmt.Sprintf("In year %d the %s went down to the %s and stayed there %d days.", 1000+i, s, p, i+3))
		b = append(b, fmt.Sprintf("In the year %d the %s travelled to the %s, where he remained %d days.", 1000+i, s, p, i+3))
	}
	al := Align([]*model.Article{article("a", a...), article("b", b...)}, DefaultConfig())
	require.Len(t, al.Matches, len(a))
	for _, m := range al.Matches {
		ma, _ := m.Member(0)
		mb, _ := m.Member(1)
		assert.Equal(t, ma.Passages, mb.Passages, "a match out of order")
	}
}

func TestWordDifferencesLeaveWordsBothSentencesHave(t *testing.T) {
	tests := []struct {
		name        string
		a, b        string
		diff, moved []string
	}{
		{
			"attribution moved to the end",
			"Officials said the bridge over the river collapsed on Monday.",
			"The bridge over the river collapsed on Monday, officials said.",
			nil,
			[]string{"Officials said", "officials said"},
		},
		{
			"a word changed and the attribution moved",
			"There was a direct message relayed, White House spokesman John Kirby said.",
			"There was a direct message conveyed, said White House spokesman John Kirby.",
			[]string{"relayed", "conveyed"},
			[]string{"said", "said"},
		},
		{
			// The second report has "mayor" once: the first report's
			// second "mayor" is its partner, and its first stands where
			// the other says "council".
			"a repeated word pairs once",
			"The mayor said the mayor would resign.",
			"The council said the mayor would resign.",
			[]string{"mayor", "council"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			al := align(DefaultConfig(), []string{tt.a}, []string{tt.b})
			m := onlyMatch(t, al)
			texts := func(spans []Span) []string {
				var out []string
				for _, sp := range spans {
					out = append(out, al.Articles[sp.Article].Text[sp.Start:sp.End])
				}
				return out
			}
			assert.Equal(t, tt.diff, texts(m.Diff))
			assert.Equal(t, tt.moved, texts(m.Moved))
		})
	}
}
