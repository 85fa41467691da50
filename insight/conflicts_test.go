package insight

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

func TestCompareQuantities(t *testing.T) {
	tests := []struct {
		name     string
		a, b     Quantity
		severity Severity // 0: they agree
	}{
		{"the same figure", Quantity{Value: 1400}, Quantity{Value: 1400}, 0},
		{"a bound and the same exact figure", Quantity{Value: 1400, Bound: AtLeast}, Quantity{Value: 1400}, Soft},
		{"an approximation and a close figure", Quantity{Value: 40, Bound: About}, Quantity{Value: 38}, Soft},
		{"an approximation and a far figure", Quantity{Value: 40, Bound: About}, Quantity{Value: 30}, Hard},
		{"a lower bound the other figure meets", Quantity{Value: 1400, Bound: AtLeast}, Quantity{Value: 1500}, Soft},
		{"a lower bound the other figure misses", Quantity{Value: 1400, Bound: AtLeast}, Quantity{Value: 1200}, Hard},
		{"an upper bound", Quantity{Value: 50}, Quantity{Value: 60, Bound: AtMost}, Soft},
		{"two exact figures", Quantity{Value: 12}, Quantity{Value: 14}, Hard},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sev, reason, agree := compareQuantities(tt.a, tt.b)
			assert.Equal(t, tt.severity == 0, agree)
			assert.Equal(t, tt.severity, sev)
			assert.Equal(t, agree, reason == "")
			sev2, _, agree2 := compareQuantities(tt.b, tt.a)
			assert.Equal(t, sev, sev2, "symmetric")
			assert.Equal(t, agree, agree2, "symmetric")
		})
	}
}

func TestCompareDates(t *testing.T) {
	thursday, friday := Date{Weekday: 4}, Date{Weekday: 5}
	oct26 := Date{Year: 2023, Month: 10, Day: 26, Weekday: -1}
	oct27 := Date{Year: 2023, Month: 10, Day: 27, Weekday: -1}
	oct29 := Date{Year: 2023, Month: 10, Day: 29, Weekday: -1}
	tests := []struct {
		name     string
		a, b     Date
		severity Severity
	}{
		{"the same weekday", thursday, thursday, 0},
		{"different weekdays", thursday, friday, Hard},
		{"a weekday and its date", thursday, oct26, 0},
		{"a weekday and a date with that weekday", thursday, Date{Month: 5, Day: 2, Weekday: 4}, 0},
		{"a weekday and the next day's date", thursday, oct27, Soft},
		{"a weekday and a date days away", thursday, oct29, Hard},
		{"dates a day apart", oct26, oct27, Soft},
		{"dates days apart", oct26, oct29, Hard},
		{"a date without a year takes the other's", Date{Month: 10, Day: 26, Weekday: -1}, oct26, 0},
		{"the same date with different weekdays", Date{Year: 2010, Month: 9, Day: 10, Weekday: 5}, Date{Year: 2010, Month: 9, Day: 10, Weekday: 0}, Hard},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sev, _, agree := compareDates(tt.a, tt.b)
			assert.Equal(t, tt.severity == 0, agree)
			assert.Equal(t, tt.severity, sev)
		})
	}
}

func TestConflictsInMatchedPassages(t *testing.T) {
	a := "Rescue teams have pulled 38 survivors from the collapsed mall in Lagos since the quake on Tuesday. " +
		"The fire brigade said at least 200 people were inside the building when it fell."
	b := "Rescue teams have pulled nearly 40 survivors from the collapsed mall in Lagos since the quake on Wednesday. " +
		"The fire brigade said 120 people were inside the building when it fell."
	al, an := analyze(t, a, b)
	require.NotEmpty(t, al.Matches)
	type found struct {
		kind     ConflictKind
		severity Severity
		a, b     string
	}
	var got []found
	for _, c := range an.Conflicts {
		got = append(got, found{c.Kind, c.Severity,
			al.Articles[c.Sides[0].Article].Text[c.Sides[0].Start:c.Sides[0].End],
			al.Articles[c.Sides[1].Article].Text[c.Sides[1].Start:c.Sides[1].End]})
		assert.NotEmpty(t, c.Reason)
		assert.GreaterOrEqual(t, c.Match, 0)
	}
	assert.ElementsMatch(t, []found{
		{DateConflict, Hard, "Tuesday", "Wednesday"},
		{QuantityConflict, Hard, "at least 200 people", "120 people"},
		{QuantityConflict, Soft, "38 survivors", "nearly 40 survivors"},
	}, got)
	assert.Equal(t, Hard, an.Conflicts[0].Severity, "hard conflicts come first")
}

func TestActorConflicts(t *testing.T) {
	a := "The ceasefire will hold until Sunday, the Interior Ministry said."
	b := "The ceasefire will hold until Sunday, the Defence Ministry said."
	al, an := analyze(t, a, b)
	require.Len(t, an.Conflicts, 1)
	c := an.Conflicts[0]
	assert.Equal(t, ActorConflict, c.Kind)
	assert.Equal(t, Soft, c.Severity)
	assert.Equal(t, "Interior Ministry", al.Articles[0].Text[c.Sides[0].Start:c.Sides[0].End])
	assert.Equal(t, "Defence Ministry", al.Articles[1].Text[c.Sides[1].Start:c.Sides[1].End])
}

// Changes a copy of a report can carry, in small hand-made reports: each
// is reported as a conflict, and an unchanged copy gives none.
func TestChangesAreConflicts(t *testing.T) {
	report := "Yida is a camp of about 20, 000 refugees near the border, the governor Duncan Rait said on Thursday. " +
		"Aid workers said the camp was shelled twice. Duncan Rait asked for help."
	tests := []struct {
		name, copy string
		kind       ConflictKind
		sides      [2]string
	}{
		{"a figure", strings.Replace(report, "20, 000", "24, 000", 1), QuantityConflict, [2]string{"about 20, 000 refugees", "about 24, 000 refugees"}},
		{"a weekday", strings.Replace(report, "Thursday", "Saturday", 1), DateConflict, [2]string{"Thursday", "Saturday"}},
		{"a name's spelling", strings.ReplaceAll(report, "Rait", "Raite"), SpellingConflict, [2]string{"Duncan Rait", "Duncan Raite"}},
		{"a first name's spelling", strings.ReplaceAll(report, "Duncan", "Dunncan"), SpellingConflict, [2]string{"Duncan Rait", "Dunncan Rait"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			al, an := analyze(t, report, tt.copy)
			require.NotEmpty(t, an.Conflicts)
			c := an.Conflicts[0]
			assert.Equal(t, tt.kind, c.Kind)
			assert.Equal(t, tt.sides, [2]string{al.Articles[0].Text[c.Sides[0].Start:c.Sides[0].End], al.Articles[1].Text[c.Sides[1].Start:c.Sides[1].End]})
		})
	}
	t.Run("nothing", func(t *testing.T) {
		_, an := analyze(t, report, report)
		assert.Empty(t, an.Conflicts)
	})
}

func TestSpellingsOfOneNameAreOneFact(t *testing.T) {
	_, an := analyze(t, "The climber Duncan Rait fell on Monday.", "The climber Duncan Raite fell on Monday.")
	var names []Fact
	for _, f := range an.Facts {
		if f.Kind >= KindPerson {
			names = append(names, f)
		}
	}
	require.Len(t, names, 1)
	assert.Equal(t, []int{0, 1}, names[0].Reports)
	assert.True(t, nearSpelling("rait", "raite"))
	assert.True(t, nearSpelling("world food program", "world food programm"))
	assert.False(t, nearSpelling("park", "parks"), "short words are not respellings")
	assert.False(t, nearSpelling("deng", "teng"), "another first letter is no respelling")
}

func TestFiguresInOtherUnitsAndCountsOfPeople(t *testing.T) {
	t.Run("200 feet and 200ft are one fact", func(t *testing.T) {
		_, an := analyze(t, "The wave rose about 200 feet over the harbour wall.", "The wave rose around 200ft over the harbour wall.")
		var keys []string
		for _, f := range an.Facts {
			if f.Kind == KindQuantity {
				keys = append(keys, f.Key)
				assert.Equal(t, []int{0, 1}, f.Reports)
			}
		}
		assert.Equal(t, []string{"200 foot"}, keys)
		assert.Empty(t, an.Conflicts)
	})
	t.Run("counts of people in matched passages are compared", func(t *testing.T) {
		al, an := analyze(t, "The camp at Yida shelters roughly 21,000 people from the Nuba mountains, aid groups said.",
			"The camp at Yida shelters about 20,000 refugees from the Nuba mountains, aid groups said.")
		require.Len(t, an.Conflicts, 1)
		c := an.Conflicts[0]
		assert.Equal(t, QuantityConflict, c.Kind)
		assert.Equal(t, Soft, c.Severity, "approximate figures a tenth apart")
		assert.Equal(t, "about 20,000 refugees", al.Articles[1].Text[c.Sides[1].Start:c.Sides[1].End])
	})
	t.Run("even when one of them counts something else too", func(t *testing.T) {
		// The sentences of two news_ecb reports of the Yida bombing.
		al, an := analyze(t, "Yida is a camp of about 20, 000 refugees from the Nuba mountains region of South Kordofan, "+
			"a state north of the border where rebels have been fighting Sudan's army since June.",
			"On Thursday afternoon an Antonov bomber dropped four bombs on the South Sudanese area of Yida, "+
				"hitting a refugee camp of roughly 21, 000 people, some of them northern Sudanese who had crossed the border.")
		require.Len(t, an.Conflicts, 1)
		c := an.Conflicts[0]
		assert.Equal(t, [2]string{"about 20, 000 refugees", "roughly 21, 000 people"},
			[2]string{al.Articles[0].Text[c.Sides[0].Start:c.Sides[0].End], al.Articles[1].Text[c.Sides[1].Start:c.Sides[1].End]})
	})
}

// A date heading a paragraph (a dateline, a publication stamp) is the day
// a report was written: compared only with another report's stamp.
func TestStampsAreComparedOnlyWithStamps(t *testing.T) {
	a := "Thu Nov 10, 2011 The government bombed the refugee camp at Yida on Thursday, aid workers said."
	b := "November 14, 2011 The government bombed the refugee camp at Yida on Thursday, aid workers said."
	al, an := analyze(t, a, b)
	require.Len(t, an.Conflicts, 1)
	c := an.Conflicts[0]
	assert.Equal(t, Soft, c.Severity, "reports are written on different days")
	assert.Equal(t, [2]string{"Nov 10, 2011", "November 14, 2011"},
		[2]string{al.Articles[0].Text[c.Sides[0].Start:c.Sides[0].End], al.Articles[1].Text[c.Sides[1].Start:c.Sides[1].End]})
}

func TestNoConflictInAMatchThatIsOnlyPossible(t *testing.T) {
	a := "The flood killed 12 people in the river valley on Monday, officials said."
	b := "Officials said 14 people died when the river flooded the valley on Monday."
	al, an := analyze(t, a, b)
	require.Len(t, al.Matches, 1)
	require.NotEmpty(t, an.Conflicts, "a sure match of these sentences holds a conflict")

	// The same sentences, read by an aligner that is sure of nothing.
	cfg := diffing.DefaultConfig()
	cfg.RelatedScore = 1.01
	arts := []*model.Article{model.Parse("a", a+"\n", model.UnitSentence), model.Parse("b", b+"\n", model.UnitSentence)}
	unsure := diffing.Align(arts, cfg)
	require.Len(t, unsure.Matches, 1)
	require.Equal(t, diffing.Possible, unsure.Matches[0].Relation)
	assert.Empty(t, Analyze(unsure).Conflicts, "only possible: no conflict")
}

func TestNestedWordsAreOneSource(t *testing.T) {
	tests := []struct {
		a, b   string
		nested bool
	}{
		{"South Sudan", "South Sudan officials and witnesses", true},
		{"Deng", "Taban Deng", true},
		{"President Salva Kiir", "Kiir", true},
		{"Taban Deng", "Salva Kiir", false},
		{"South Sudan officials", "Sudan's army", false},
		{"", "Kiir", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.nested, nestedWords(tt.a, tt.b), "%q, %q", tt.a, tt.b)
	}
}
