package tui

import (
	"context"
	"errors"
	"fmt"
	"sync"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// Slow work, loading and aligning, runs in commands. Each reports its
// progress through a pipe that a second command reads, one message at a
// time, and ends with a typed message. An alignment carries a generation
// number: one superseded by a newer request (the + and - keys) is dropped
// when it arrives, and its context is cancelled so it stops early.

// statusLines is how many of the loader's status lines the loading screen
// keeps.
const statusLines = 8

// pipe carries reports from a background command to the UI. Sending
// never blocks: when the UI is behind, the oldest report gives way to the
// newest. Sends after close are dropped.
type pipe[T any] struct {
	mu     sync.Mutex
	ch     chan T
	closed bool
}

func newPipe[T any](size int) *pipe[T] { return &pipe[T]{ch: make(chan T, size)} }

func (p *pipe[T]) send(v T) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	for {
		select {
		case p.ch <- v:
			return
		default:
			select {
			case <-p.ch:
			default:
			}
		}
	}
}

func (p *pipe[T]) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.closed {
		p.closed = true
		close(p.ch)
	}
}

// receive is a command that waits for the next report; it returns nil
// once the pipe is closed.
func (p *pipe[T]) receive() tea.Cmd {
	return func() tea.Msg {
		v, ok := <-p.ch
		if !ok {
			return nil
		}
		return v
	}
}

// loadState is the loader's progress.
type loadState struct {
	busy   bool
	status []string // the latest status lines, oldest first
	pipe   *pipe[loadStatusMsg]
}

// loadStatusMsg is a status line from the loader.
type loadStatusMsg string

// loadDoneMsg ends loading with the articles, or why there are none.
type loadDoneMsg struct {
	articles []*model.Article
	err      error
}

// startLoad runs load in a command.
func (m *Model) startLoad(load Loader) tea.Cmd {
	p := newPipe[loadStatusMsg](statusLines)
	m.load = loadState{busy: true, pipe: p}
	ctx := m.ctx
	run := func() (msg tea.Msg) {
		defer p.close()
		defer func() {
			// A loader is outside code; its panic must not leave the
			// terminal in raw mode.
			if r := recover(); r != nil {
				msg = loadDoneMsg{err: fmt.Errorf("loading failed: %v", r)}
			}
		}()
		articles, err := load(ctx, func(s string) { p.send(loadStatusMsg(s)) })
		return loadDoneMsg{articles: articles, err: err}
	}
	return tea.Batch(run, p.receive(), m.spinner.Tick)
}

func (m *Model) handleLoad(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadStatusMsg:
		if !m.load.busy {
			return nil
		}
		shown, _ := m.desk.cells.Show(string(msg))
		m.load.status = append(m.load.status, shown)
		if len(m.load.status) > statusLines {
			m.load.status = m.load.status[len(m.load.status)-statusLines:]
		}
		return m.load.pipe.receive()
	case loadDoneMsg:
		m.load.busy = false
		switch {
		case msg.err != nil:
			m.err = msg.err
			return m.quit()
		case len(msg.articles) == 0:
			m.err = errors.New("no reports to compare")
			return m.quit()
		}
		return m.setArticles(msg.articles)
	}
	return nil
}

// alignState is the background alignment's progress.
type alignState struct {
	gen    int // generation of the latest alignment asked for
	busy   bool
	phase  diffing.Phase
	done   int
	total  int
	pipe   *pipe[alignProgressMsg]
	cancel context.CancelFunc
}

// alignProgressMsg reports how far alignment generation gen has got.
type alignProgressMsg struct {
	gen         int
	phase       diffing.Phase
	done, total int
}

// alignDoneMsg carries the result of alignment generation gen.
type alignDoneMsg struct {
	gen int
	al  *diffing.Alignment
	err error
}

// startAlign aligns the articles in a command with the current config,
// superseding (and cancelling) any alignment under way.
func (m *Model) startAlign() tea.Cmd {
	if m.align.cancel != nil {
		m.align.cancel()
	}
	m.stopAnalysis()
	ctx, cancel := context.WithCancel(m.ctx)
	p := newPipe[alignProgressMsg](1)
	gen := m.align.gen + 1
	m.align = alignState{gen: gen, busy: true, pipe: p, cancel: cancel}
	cfg := m.cfg
	cfg.Progress = func(phase diffing.Phase, done, total int) {
		p.send(alignProgressMsg{gen: gen, phase: phase, done: done, total: total})
	}
	articles := m.desk.articles
	run := func() tea.Msg {
		defer p.close()
		al, err := diffing.AlignContext(ctx, articles, cfg)
		return alignDoneMsg{gen: gen, al: al, err: err}
	}
	return tea.Batch(run, p.receive(), m.spinner.Tick)
}

func (m *Model) handleAlign(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case alignProgressMsg:
		if msg.gen != m.align.gen || !m.align.busy {
			return nil
		}
		m.align.phase, m.align.done, m.align.total = msg.phase, msg.done, msg.total
		return m.align.pipe.receive()
	case alignDoneMsg:
		if msg.gen != m.align.gen || msg.err != nil {
			return nil // superseded, or cancelled on quit
		}
		previous := m.desk.al
		m.align.busy = false
		m.align.cancel()
		m.desk.setAlignment(msg.al) // the panes stay at their passages
		m.syncReading()             // ensureRows does the same for the aligned view
		if previous != nil {
			m.desk.say(fmt.Sprintf("min score %.2f: %d matches (was %d)", m.cfg.MinScore, len(msg.al.Matches), len(previous.Matches)))
		}
		return m.startAnalysis()
	}
	return nil
}
