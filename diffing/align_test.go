package diffing

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

// article parses lines as one passage each.
func article(name string, lines ...string) *model.Article {
	return model.Parse(name, strings.Join(lines, "\n")+"\n", model.UnitLine)
}

// matchList lists the matches of a two-article alignment as "a0,a1=b0" strings
// (passage indexes of each side), sorted.
func matchList(al *Alignment) []string {
	var out []string
	for _, m := range al.Matches {
		var sides []string
		for _, mem := range m.Members {
			var ps []string
			for _, p := range mem.Passages {
				ps = append(ps, string(rune('0'+p)))
			}
			sides = append(sides, strings.Join(ps, ","))
		}
		out = append(out, strings.Join(sides, "="))
	}
	sort.Strings(out)
	return out
}

func TestAlignFindsReorderedPassages(t *testing.T) {
	a := article("a",
		"The storm destroyed three hundred homes along the northern coast on Monday night.",
		"Emergency crews evacuated thousands of residents from the flooded river valley.",
		"The governor declared a state of emergency and requested federal disaster aid.",
	)
	b := article("b",
		"The governor has declared a state of emergency and asked for federal disaster aid.",
		"On Monday night the storm destroyed 300 homes along the northern coast.",
		"Thousands of residents were evacuated by emergency crews from the flooded river valley.",
	)
	al := Align([]*model.Article{a, b}, DefaultConfig())
	assert.Equal(t, []string{"0=1", "1=2", "2=0"}, matchList(al))
}

func TestAlignFindsAPassageMovedFromTheEndToTheTop(t *testing.T) {
	a := article("a",
		"Officials counted the ballots twice in the disputed district.",
		"The recount confirmed the incumbent mayor won by 212 votes.",
		"Turnout reached a record 71 percent, the election board said.",
		"The challenger conceded late on Sunday evening after the recount.",
	)
	b := article("b",
		"The challenger conceded late on Sunday evening after the recount.",
		"Officials counted the ballots twice in the disputed district.",
		"The recount confirmed the incumbent mayor won by 212 votes.",
		"Turnout reached a record 71 percent, the election board said.",
	)
	al := Align([]*model.Article{a, b}, DefaultConfig())
	assert.Equal(t, []string{"0=1", "1=2", "2=3", "3=0"}, matchList(al))
	for _, m := range al.Matches {
		assert.Equal(t, Identical, m.Relation)
		assert.Empty(t, m.Diff)
	}
}

func TestAlignJoinsASentenceSplitInTwo(t *testing.T) {
	whole := article("a",
		"Rescue teams pulled eleven miners alive from the collapsed shaft, and doctors said all of them were in stable condition.",
		"The mine had been closed twice before for safety violations.",
	)
	split := article("b",
		"Rescue teams pulled eleven miners alive from the collapsed shaft.",
		"Doctors said all of the miners were in stable condition.",
		"The mine had been closed twice before for safety violations.",
	)
	t.Run("one to two", func(t *testing.T) {
		al := Align([]*model.Article{whole, split}, DefaultConfig())
		assert.Equal(t, []string{"0=0,1", "1=2"}, matchList(al))
	})
	t.Run("two to one", func(t *testing.T) {
		al := Align([]*model.Article{split, whole}, DefaultConfig())
		assert.Equal(t, []string{"0,1=0", "2=1"}, matchList(al))
	})
}

func TestAlignDoesNotMatchUnrelatedSentences(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
	}{
		{
			name: "different events",
			a:    []string{"The central bank raised interest rates by half a point on Wednesday."},
			b:    []string{"A wildfire forced the evacuation of two mountain villages overnight."},
		},
		{
			name: "only function words in common",
			a:    []string{"He said that it was not the time for that."},
			b:    []string{"She said it was not what they had in mind at the time."},
		},
		{
			name: "one ordinary word in common",
			a:    []string{"The genocide in Gaza must stop immediately."},
			b:    []string{"Iran's UN mission did not immediately respond to a request for comment."},
		},
		{
			name: "a bare attribution",
			a:    []string{"he said."},
			b:    []string{"he said."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			al := Align([]*model.Article{article("a", tt.a...), article("b", tt.b...)}, DefaultConfig())
			assert.Empty(t, matchList(al))
		})
	}
}

func TestAlignNeverMatchesNoise(t *testing.T) {
	a := model.Parse("a", "Troops arrived in the city on Monday.\nSEE ALSO:\nheadtopics.com\n", model.UnitSentence)
	b := model.Parse("b", "Troops arrived in the city on Monday.\nSEE ALSO:\nheadtopics.com\n", model.UnitSentence)
	al := Align([]*model.Article{a, b}, DefaultConfig())
	require.Len(t, al.Matches, 1)
	assert.Equal(t, []string{"0=0"}, matchList(al))
}

func TestAlignGroupsThreeReports(t *testing.T) {
	fact := []string{
		"Rescue teams pulled eleven miners alive from the collapsed shaft on Tuesday.",
		"On Tuesday rescue teams pulled eleven miners alive from the collapsed shaft.",
		"Eleven miners were pulled alive from the collapsed shaft by rescue teams on Tuesday.",
	}
	openers := []string{
		"Spring weather stayed mild across the valley.",
		"The company reported record profits last quarter.",
		"A new museum opened downtown with modern sculpture.",
	}
	var arts []*model.Article
	for i, f := range fact {
		arts = append(arts, article(string(rune('a'+i)), openers[i], f))
	}
	al := Align(arts, DefaultConfig())
	var found bool
	for _, m := range al.Matches {
		if len(m.Members) == 3 {
			found = true
			for _, mem := range m.Members {
				assert.Equal(t, []int{1}, mem.Passages)
			}
		}
	}
	assert.True(t, found, "the fact told by all three reports is one match with three members")
}

func TestAlignSeedsMatchKirbysLine(t *testing.T) {
	var arts []*model.Article
	for _, name := range []string{"1-white-house-confirms-message.txt", "2-white-house-admits-message.txt"} {
		data, err := os.ReadFile(filepath.Join("../seeds", name))
		require.NoError(t, err)
		arts = append(arts, model.Parse(name, string(data), model.UnitSentence))
	}
	al := Align(arts, DefaultConfig())
	var kirby *Match
	for i, m := range al.Matches {
		mem, _ := m.Member(0)
		if strings.Contains(arts[0].Passages[mem.Passages[0]].Text, "direct message relayed") {
			kirby = &al.Matches[i]
		}
	}
	require.NotNil(t, kirby, "Kirby's line is matched")
	other, ok := kirby.Member(1)
	require.True(t, ok)
	assert.Contains(t, arts[1].Passages[other.Passages[0]].Text, "direct message conveyed")
	assert.Equal(t, Reworded, kirby.Relation)

	texts := func(spans []Span) []string {
		var out []string
		for _, sp := range spans {
			out = append(out, arts[sp.Article].Text[sp.Start:sp.End])
		}
		return out
	}
	diffs := texts(kirby.Diff)
	assert.Contains(t, diffs, "relayed")
	assert.Contains(t, diffs, "conveyed")
	assert.Contains(t, kirby.Terms, "kirby")
	// Words both sentences have are no difference, wherever they stand:
	// "said" and "Reuters" are moved, not added or removed.
	for _, word := range []string{"said", "Reuters"} {
		assert.NotContains(t, strings.Join(diffs, " "), word)
		assert.Contains(t, strings.Join(texts(kirby.Moved), " "), word)
	}
}

// assertAlignmentInvariants checks what every alignment guarantees.
func assertAlignmentInvariants(t testing.TB, al *Alignment) {
	t.Helper()
	seen := map[[2]int]bool{}
	for mi, m := range al.Matches {
		require.GreaterOrEqual(t, len(m.Members), 2, "match %d has one member", mi)
		require.GreaterOrEqual(t, m.Score, 0.0)
		require.LessOrEqual(t, m.Score, 1.0+1e-6)
		for k, mem := range m.Members {
			if k > 0 {
				require.Less(t, m.Members[k-1].Article, mem.Article, "members out of order")
			}
			art := al.Articles[mem.Article]
			require.NotEmpty(t, mem.Passages)
			for _, p := range mem.Passages {
				require.Less(t, p, len(art.Passages))
				require.NotEqual(t, model.KindNoise, art.Passages[p].Kind, "noise in match %d", mi)
				key := [2]int{mem.Article, p}
				require.False(t, seen[key], "passage %v in two matches", key)
				seen[key] = true
				require.Equal(t, mi, al.MatchOf(mem.Article, p))
			}
		}
		for _, sp := range m.Diff {
			mem, ok := m.Member(sp.Article)
			require.True(t, ok, "diff span in an article outside the match")
			inside := false
			for _, p := range mem.Passages {
				ps := al.Articles[sp.Article].Passages[p]
				inside = inside || (ps.Start <= sp.Start && sp.End <= ps.End && sp.Start < sp.End)
			}
			require.True(t, inside, "diff span %v outside its passages", sp)
		}
	}
}

func FuzzAlign(f *testing.F) {
	f.Add("The storm hit the coast.\nCrews evacuated residents.", "Crews evacuated residents.\nThe storm hit the coast on Monday.")
	f.Add("", "x")
	f.Add("a a a a a a a a", "a a a a")
	f.Add("Picture: Getty Images. headtopics.com", "SEE ALSO:")
	f.Add("Rescue teams pulled miners alive, and doctors said they were stable.", "Rescue teams pulled miners alive. Doctors said they were stable.")
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, unit := range []model.Unit{model.UnitSentence, model.UnitLine} {
			arts := []*model.Article{model.Parse("a", a, unit), model.Parse("b", b, unit)}
			assertAlignmentInvariants(t, Align(arts, DefaultConfig()))
		}
	})
}

func TestAlignContextReportsProgressAndStopsWhenCancelled(t *testing.T) {
	a := article("a", "The storm destroyed homes on the coast.", "Crews evacuated the valley.")
	b := article("b", "Crews evacuated the river valley.", "The storm destroyed many homes on the coast.")
	var phases []Phase
	cfg := DefaultConfig()
	cfg.Progress = func(phase Phase, done, total int) {
		require.LessOrEqual(t, done, total)
		if len(phases) == 0 || phases[len(phases)-1] != phase {
			phases = append(phases, phase)
		}
	}
	al, err := AlignContext(context.Background(), []*model.Article{a, b}, cfg)
	require.NoError(t, err)
	assert.Len(t, al.Matches, 2)
	assert.Equal(t, []Phase{PhaseIndex, PhaseMatch, PhaseDiff}, phases)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	al, err = AlignContext(ctx, []*model.Article{a, b}, DefaultConfig())
	assert.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, al)
}
