package aligned

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// Sentences three reports tell, in different orders and words.
const (
	storm   = "The storm destroyed three hundred homes along the northern coast on Monday."
	mayor   = "Mayor Elena Ruiz declared a state of emergency for the whole province."
	shelter = "Volunteers opened twelve shelters in schools and churches across the region."
	power   = "Electricity was cut for forty thousand customers until Wednesday evening."
	ferry   = "A ferry carrying tourists was stranded offshore for nine hours."
)

// align parses one report per text (one passage per line) and aligns them.
func align(t *testing.T, texts ...string) *diffing.Alignment {
	t.Helper()
	var arts []*model.Article
	for i, text := range texts {
		arts = append(arts, model.Parse(string(rune('a'+i))+".txt", text, model.UnitLine))
	}
	return diffing.Align(arts, diffing.DefaultConfig())
}

func lines(ss ...string) string {
	var out string
	for _, s := range ss {
		out += s + "\n"
	}
	return out
}

// cells returns, per row, the first passage of each column (-1 when empty).
func cells(rs *Rows) [][]int {
	out := make([][]int, len(rs.Rows))
	for r, row := range rs.Rows {
		for _, cell := range row.Cells {
			first := -1
			if len(cell.Passages) > 0 {
				first = cell.Passages[0]
			}
			out[r] = append(out[r], first)
		}
	}
	return out
}

func TestBuildFollowsTheBaseOrderAndMarksAMovedPassage(t *testing.T) {
	al := align(t, lines(storm, mayor, shelter), lines(shelter, storm, mayor))
	require.Len(t, al.Matches, 3, "the three sentences match")

	rs := Build(al, []int{0, 1}, 0)
	assert.Equal(t, [][]int{{0, 1}, {1, 2}, {2, 0}}, cells(rs))
	assert.Equal(t, InPlace, rs.Rows[0].Cells[1].Move)
	assert.Equal(t, InPlace, rs.Rows[1].Cells[1].Move)
	assert.Equal(t, MovedUp, rs.Rows[2].Cells[1].Move, "the shelters sentence comes first in b")

	// Following b's order instead, a's shelters sentence moved down.
	rs = Build(al, []int{0, 1}, 1)
	assert.Equal(t, [][]int{{2, 0}, {0, 1}, {1, 2}}, cells(rs))
	assert.Equal(t, MovedDown, rs.Rows[0].Cells[0].Move)
	assert.Equal(t, InPlace, rs.Rows[1].Cells[0].Move)
}

func TestBuildPlacesUniquePassagesAfterTheirPredecessor(t *testing.T) {
	al := align(t, lines(storm, mayor, shelter), lines(storm, ferry, mayor, shelter, power))
	rs := Build(al, []int{0, 1}, 0)
	assert.Equal(t, [][]int{{0, 0}, {-1, 1}, {1, 2}, {2, 3}, {-1, 4}}, cells(rs))
	assert.Equal(t, -1, rs.Rows[1].Match)
	assert.Equal(t, 1, rs.Rows[1].Column())
	for _, row := range rs.Rows {
		for _, cell := range row.Cells {
			assert.Equal(t, InPlace, cell.Move, "nothing moved")
		}
	}
}

func TestBuildShowsMatchesBetweenOtherReportsWithAnEmptyBaseCell(t *testing.T) {
	al := align(t,
		lines(storm, mayor),
		lines(storm, ferry, mayor),
		lines(mayor, ferry, storm, power),
	)
	rs := Build(al, []int{0, 1, 2}, 0)
	// c's power cut follows its storm sentence, which a's order puts
	// first; b's and c's ferry follows b's storm.
	assert.Equal(t, [][]int{{0, 0, 2}, {-1, -1, 3}, {-1, 1, 1}, {1, 2, 0}}, cells(rs))
	ferryRow := rs.Rows[2]
	require.GreaterOrEqual(t, ferryRow.Match, 0, "b and c share the ferry")
	assert.Len(t, al.Matches[ferryRow.Match].Members, 2)
	// Of c's passages in row order, 2 3 1 0, the longest increasing run
	// is 2 3: the ferry and the mayor are out of a's order.
	moved := 0
	for _, row := range rs.Rows {
		if row.Cells[2].Move != InPlace {
			moved++
		}
	}
	assert.Equal(t, 2, moved, "two of c's passages are out of a's order")
}

func TestBuildPutsEveryPassageInExactlyOneRow(t *testing.T) {
	al := align(t,
		lines(storm, mayor, shelter, power),
		lines(power, ferry, storm, mayor),
		lines(shelter, ferry, storm),
	)
	for _, columns := range [][]int{{0, 1, 2}, {2, 0}, {1}, {1, 2}} {
		for base := range columns {
			rs := Build(al, columns, base)
			for c, a := range columns {
				seen := map[int]int{}
				for r, row := range rs.Rows {
					for _, p := range row.Cells[c].Passages {
						seen[p]++
						assert.Equal(t, r, rs.RowOf(c, p), "RowOf of passage %d", p)
					}
				}
				for p := range al.Articles[a].Passages {
					assert.Equal(t, 1, seen[p], "columns %v base %d: article %d passage %d", columns, base, a, p)
				}
			}
			for _, row := range rs.Rows {
				assert.NotEqual(t, -1, row.Column(), "no empty rows")
				assert.Equal(t, InPlace, row.Cells[base].Move, "the base never moves")
			}
		}
	}
}

func TestIncreasingFindsALongestRun(t *testing.T) {
	tests := []struct {
		xs   []int
		want []bool
	}{
		{nil, []bool{}},
		{[]int{1, 2, 3}, []bool{true, true, true}},
		{[]int{3, 1, 2}, []bool{false, true, true}},
		{[]int{1, 5, 2, 3}, []bool{true, false, true, true}},
		{[]int{2, 2}, []bool{false, true}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, increasing(tt.xs), "%v", tt.xs)
	}
}

func TestMoveArrow(t *testing.T) {
	assert.Equal(t, "↑", MovedUp.Arrow())
	assert.Equal(t, "↓", MovedDown.Arrow())
	assert.Equal(t, "", InPlace.Arrow())
}
