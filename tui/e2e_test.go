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
	return teatest.NewTestModel(t, New(seedAlignment(t)), teatest.WithInitialTermSize(120, 40))
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
	waitForText(t, tm, "match 1 of 3")
	tm.Send(keyPress("n"))
	// The renderer redraws only what changed, so wait for the new part of
	// the status bar rather than the whole line.
	waitForText(t, tm, "2 of 3 · reworded")
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
