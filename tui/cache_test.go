package tui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
)

func TestTheRenderCacheKeepsNothingOfWhatIsNoLongerShown(t *testing.T) {
	m := withAnalysis(t, sized(t, seedAlignment(t), 120, 40))
	_ = m.View()
	first := m.desk.al
	require.Same(t, first, m.desk.cache.al)

	m = press(t, m, "+")
	m = update(t, m, alignDoneMsg{gen: m.align.gen, al: diffing.Align(m.desk.articles, m.cfg)})
	_ = m.View()
	assert.Same(t, m.desk.al, m.desk.cache.al, "the overviews are of the new alignment")
	assert.NotSame(t, first, m.desk.cache.al, "the old alignment is not held")

	m = press(t, m, "v")
	_ = m.View()
	rows := m.aligned.rows
	require.Same(t, rows, m.desk.cache.rows)
	m = press(t, m, "tab") // rows that follow the other report
	_ = m.View()
	require.NotSame(t, rows, m.aligned.rows)
	assert.Same(t, m.aligned.rows, m.desk.cache.rows, "the old rows are not held")

	m = withAnalysis(t, m)
	_ = press(t, m, `"`).View()
	assert.Same(t, m.sheets.data, m.desk.cache.sh)
	assert.Len(t, m.desk.cache.sheets, 1, "the quotes of this analysis only")
}
