package tui

import (
	"bytes"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// setup starts the reader on the seeds in a virtual 120x40 terminal.
func setup(t *testing.T) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, New(seedArticles(t), testOptions()), teatest.WithInitialTermSize(120, 40))
}

// waitForText waits until the terminal output, escape sequences removed,
// contains text.
func waitForText(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(out []byte) bool {
		return bytes.Contains([]byte(ansi.Strip(string(out))), []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func TestEndToEndMoveToKirbysMatchAndQuit(t *testing.T) {
	tm := setup(t)
	waitForText(t, tm, "match 1 of 4")
	tm.Send(keyPress("n"))
	// The renderer redraws only what changed, so wait for the new part of
	// the status bar rather than the whole line.
	waitForText(t, tm, "2 of 4 · reworded")
	tm.Send(keyPress("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	final, ok := tm.FinalModel(t).(Model)
	require.True(t, ok)
	assert.Equal(t, 1, final.currentMatch())
	rows := screen(final)
	row := rowOf(rows, "direct message relayed")
	require.GreaterOrEqual(t, row, 0)
	assert.Contains(t, rows[row], "direct message conveyed", "Kirby's two lines are level")
}

func TestEndToEndSearchDetailViewsAndQuit(t *testing.T) {
	tm := setup(t)
	waitForText(t, tm, "match 1 of 4")

	tm.Type("/")
	waitForText(t, tm, "search all reports")
	tm.Type("conveyed")
	tm.Send(keyPress("enter"))
	// Only the right report has the word: the focus moves there.
	waitForText(t, tm, "hit 1 of 1 here")
	tm.Send(keyPress("enter"))
	waitForText(t, tm, "Shared words")
	tm.Send(keyPress("esc"))

	tm.Send(keyPress("v"))
	waitForText(t, tm, "aligned")
	tm.Send(keyPress("d"))
	waitForText(t, tm, "diffs only")
	tm.Send(keyPress("v"))
	tm.Send(keyPress("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	final, ok := tm.FinalModel(t).(Model)
	require.True(t, ok)
	assert.Equal(t, viewReading, final.view)
	assert.True(t, final.desk.diffsOnly)
	assert.Equal(t, "conveyed", final.desk.search.query)
	assert.False(t, final.detail.open)
	assert.Equal(t, 1, final.desk.focus)
	assert.Equal(t, 1, final.currentMatch(), "at Kirby's match, where the hit is")
	assert.Error(t, final.ctx.Err(), "quitting cancelled the background context")
}

func TestEndToEndQuotesViewGoesToKirbysPassageAndBack(t *testing.T) {
	tm := setup(t)
	waitForText(t, tm, "match 1 of 4")
	tm.Type(`"`)
	// The analysis runs in the background once the alignment is in.
	waitForText(t, tm, "relayed → conveyed")
	tm.Send(keyPress("tab"))
	waitForText(t, tm, "White House Admits") // the status bar names the focus
	tm.Send(keyPress("enter"))
	waitForText(t, tm, "goes back to the quotes")
	tm.Type(`"`)
	waitForText(t, tm, "altered wording")
	tm.Send(keyPress("enter"))
	waitForText(t, tm, "goes back to the quotes")
	tm.Send(keyPress("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	final, ok := tm.FinalModel(t).(Model)
	require.True(t, ok)
	assert.Equal(t, viewReading, final.view)
	assert.Equal(t, 1, final.desk.focus, "report 2's version, the report with the focus")
	assert.Equal(t, 1, final.currentMatch(), "Kirby's match")
	rows := screen(final)
	row := rowOf(rows, "direct message conveyed")
	require.Equal(t, headerRows, row, "Kirby's line in report 2 is at the top")
	assert.Contains(t, rows[row], "direct message relayed", "and report 1's beside it")
}
