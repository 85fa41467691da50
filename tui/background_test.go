package tui

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// runBackground runs cmd and every command the model returns in answer to
// its messages, each in its own goroutine as Bubble Tea does, and feeds
// the messages to the model until no command is left running. Spinner
// ticks are dropped (the spinner would tick forever). It returns the
// model and every message seen.
func runBackground(t *testing.T, m Model, cmd tea.Cmd) (Model, []tea.Msg) {
	t.Helper()
	msgs := make(chan tea.Msg)
	running := 0 // touched by this goroutine only
	start := func(c tea.Cmd) {
		if c != nil {
			running++
			go func() { msgs <- c() }()
		}
	}
	var seen []tea.Msg
	start(cmd)
	timeout := time.After(10 * time.Second)
	for running > 0 {
		select {
		case msg := <-msgs:
			running--
			if batch, ok := msg.(tea.BatchMsg); ok {
				for _, c := range batch {
					start(c)
				}
				continue
			}
			seen = append(seen, msg)
			if _, tick := msg.(spinner.TickMsg); tick || msg == nil {
				continue
			}
			next, c := m.Update(msg)
			m = next.(Model)
			start(c)
		case <-timeout:
			t.Fatal("background work did not finish")
		}
	}
	return m, seen
}

// startAll runs the commands of cmd (a batch, or one) in goroutines and
// forgets them.
func startAll(cmd tea.Cmd) {
	go func() {
		msg := cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			for _, c := range batch {
				if c != nil {
					go startAll(c)
				}
			}
		}
	}()
}

func TestTheReportsShowBeforeAlignmentAndMatchesFollow(t *testing.T) {
	m := update(t, New(seedArticles(t), testOptions()), tea.WindowSizeMsg{Width: 120, Height: 40})
	require.Nil(t, m.desk.al)
	text := screenText(m)
	assert.Contains(t, text, "There was a direct message", "the reports show at once")
	assert.Contains(t, text, "aligning")
	assert.NotContains(t, text, "match 1 of 4")

	m, msgs := runBackground(t, m, m.Init())
	var phases []diffing.Phase
	for _, msg := range msgs {
		if p, ok := msg.(alignProgressMsg); ok {
			phases = append(phases, p.phase)
		}
	}
	assert.NotEmpty(t, phases, "progress reaches the UI")
	require.NotNil(t, m.desk.al)
	assert.False(t, m.busy())
	assert.Contains(t, screenText(m), "match 1 of 4")
	assert.Len(t, m.desk.al.Matches, 4)
}

func TestAStaleAlignmentIsDropped(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	stale := diffing.Align(m.desk.articles, diffing.Config{MinScore: 0.9, MaxCandidates: 8, MaxPostings: 200, MinSharedTerms: 2, RewordedScore: 0.45, RewordedOverlap: 0.5})
	m = update(t, m, alignDoneMsg{gen: m.align.gen - 1, al: stale})
	assert.Len(t, m.desk.al.Matches, 4, "an older generation's result is ignored")
	m = update(t, m, alignProgressMsg{gen: m.align.gen - 1, phase: diffing.PhaseDiff, done: 1, total: 2})
	assert.Empty(t, m.align.phase)
}

func TestStrictnessRealignsInTheBackgroundAndKeepsThePlace(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "n")
	at := m.reading.currentPassage(&m.desk)
	gen := m.align.gen
	stricter := diffing.DefaultConfig().MinScore + strictnessStep
	next, cmd := m.Update(keyPress("+"))
	m = next.(Model)
	require.NotNil(t, cmd)
	assert.InDelta(t, stricter, m.cfg.MinScore, 1e-9)
	assert.Equal(t, gen+1, m.align.gen)
	assert.True(t, m.busy())
	assert.Contains(t, screenText(m), fmt.Sprintf("realigning at %.2f", stricter), "the status says what runs")
	assert.NotNil(t, m.desk.al, "the old matches stay until the new ones come")

	m, _ = runBackground(t, m, cmd)
	assert.False(t, m.busy())
	assert.Equal(t, at, m.reading.currentPassage(&m.desk), "the reader stays at the passage")
	assert.Contains(t, m.desk.notice, fmt.Sprintf("min score %.2f", stricter))
	assert.Contains(t, m.desk.notice, "(was 4)")

	for range int(stricter/strictnessStep) + 1 {
		m = press(t, m, "-")
	}
	assert.InDelta(t, 0.0, m.cfg.MinScore, 1e-9)
	m = press(t, m, "-")
	assert.Contains(t, m.desk.notice, "already 0.00")
}

func TestASecondStrictnessChangeSupersedesTheFirst(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	next, first := m.Update(keyPress("+"))
	m = next.(Model)
	firstCtx := m.align.cancel
	next, second := m.Update(keyPress("+"))
	m = next.(Model)
	require.NotNil(t, firstCtx)
	m, _ = runBackground(t, m, tea.Batch(first, second))
	assert.InDelta(t, diffing.DefaultConfig().MinScore+2*strictnessStep, m.cfg.MinScore, 1e-9)
	assert.Contains(t, m.desk.notice, fmt.Sprintf("min score %.2f", diffing.DefaultConfig().MinScore+2*strictnessStep))
}

func TestQuitCancelsTheBackgroundWork(t *testing.T) {
	m := update(t, New(seedArticles(t), testOptions()), tea.WindowSizeMsg{Width: 80, Height: 24})
	require.True(t, m.busy())
	next, cmd := m.Update(keyPress("q"))
	require.NotNil(t, cmd)
	assert.IsType(t, tea.QuitMsg{}, cmd())
	assert.Error(t, next.(Model).ctx.Err(), "the context of loading and aligning is cancelled")
}

func TestTheLoaderShowsItsStatusThenTheReports(t *testing.T) {
	arts := seedArticles(t)
	release := make(chan struct{})
	load := func(ctx context.Context, status func(string)) ([]*model.Article, error) {
		status("fetching https://example.com/one")
		status("fetching https://example.com/two")
		<-release
		return arts, nil
	}
	m := update(t, NewLoading(load, testOptions()), tea.WindowSizeMsg{Width: 80, Height: 24})
	assert.Contains(t, screenText(m), "Loading reports")
	for _, s := range []string{"fetching https://example.com/one", "fetching https://example.com/two"} {
		m = update(t, m, loadStatusMsg(s))
	}
	assert.Contains(t, screenText(m), "fetching https://example.com/two")
	close(release)

	m, _ = runBackground(t, m, m.Init())
	require.Len(t, m.reading.panes, 2)
	require.NotNil(t, m.desk.al, "loading goes on to aligning")
	assert.Contains(t, screenText(m), "match 1 of 4")
	assert.NoError(t, m.Err())
}

func TestAFailingLoaderQuitsWithItsError(t *testing.T) {
	load := func(ctx context.Context, status func(string)) ([]*model.Article, error) {
		return nil, errors.New("https://example.com/a: 404 Not Found")
	}
	m := NewLoading(load, testOptions())
	m, msgs := runBackground(t, m, m.Init())
	assert.EqualError(t, m.Err(), "https://example.com/a: 404 Not Found")
	assert.Contains(t, msgs, tea.Msg(tea.QuitMsg{}))
}

func TestAPanickingLoaderIsAnError(t *testing.T) {
	load := func(ctx context.Context, status func(string)) ([]*model.Article, error) { panic("boom") }
	m := NewLoading(load, testOptions())
	m, _ = runBackground(t, m, m.Init())
	assert.EqualError(t, m.Err(), "loading failed: boom")
}

func TestQuitStopsALoaderThatWaits(t *testing.T) {
	stopped := make(chan error, 1)
	load := func(ctx context.Context, status func(string)) ([]*model.Article, error) {
		<-ctx.Done()
		stopped <- ctx.Err()
		return nil, ctx.Err()
	}
	m := NewLoading(load, testOptions())
	startAll(m.initCmd) // the loader runs while the reader waits for keys
	_, _ = m.Update(keyPress("q"))
	select {
	case err := <-stopped:
		assert.ErrorIs(t, err, context.Canceled)
	case <-time.After(5 * time.Second):
		t.Fatal("the loader was not cancelled")
	}
}

func TestPipeKeepsTheNewestAndDropsAfterClose(t *testing.T) {
	p := newPipe[int](1)
	p.send(1)
	p.send(2) // the UI is behind: 2 replaces 1
	assert.Equal(t, 2, p.receive()())
	p.close()
	p.send(3)
	assert.Nil(t, p.receive()(), "a closed pipe ends the waiting command")
}
