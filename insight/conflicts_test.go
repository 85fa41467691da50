package insight

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
