package tui

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/insight"
)

// The analysis views (quotes, facts, coverage) show what package insight
// reads from the aligned reports. The analysis runs in a command once an
// alignment arrives, with that alignment's generation number: a
// realignment (the + and - keys) cancels it, and a result for an older
// generation is dropped when it arrives. The views say "analysing…" until
// the result is in.

// analysisState is the background analysis and its result.
type analysisState struct {
	// gen is the generation of the alignment analysed, or being analysed.
	gen    int
	busy   bool
	cancel context.CancelFunc
	// err is why the analysis failed, if it did.
	err error
}

// analysisDoneMsg carries the analysis of alignment generation gen, laid
// out as the analysis views' entries.
type analysisDoneMsg struct {
	gen    int
	sheets *sheets
	err    error
}

// startAnalysis analyses the alignment shown, in a command.
func (m *Model) startAnalysis() tea.Cmd {
	m.stopAnalysis()
	ctx, cancel := context.WithCancel(m.ctx)
	gen, al := m.align.gen, m.desk.al
	m.analysis = analysisState{gen: gen, busy: true, cancel: cancel}
	m.sheets.data = nil
	return tea.Batch(func() tea.Msg { return analyse(ctx, gen, al) }, m.spinner.Tick)
}

// stopAnalysis cancels the analysis under way, if any: its alignment is
// about to be replaced. What it had already found stays shown until then.
func (m *Model) stopAnalysis() {
	if m.analysis.busy && m.analysis.cancel != nil {
		m.analysis.cancel()
	}
}

// analyse reads the quotes, facts and sources of al and builds the
// analysis views' entries from them. It runs off the UI goroutine.
func analyse(ctx context.Context, gen int, al *diffing.Alignment) (msg analysisDoneMsg) {
	defer func() {
		// The analysis reads untrusted text with many rules; should one
		// of them fail, the reader stays usable and says so.
		if r := recover(); r != nil {
			msg = analysisDoneMsg{gen: gen, err: fmt.Errorf("the analysis failed: %v", r)}
		}
	}()
	an, err := insight.AnalyzeContext(ctx, al)
	if err != nil {
		return analysisDoneMsg{gen: gen, err: err}
	}
	return analysisDoneMsg{gen: gen, sheets: buildSheets(al, an)}
}

// handleAnalysis shows the analysis of the alignment shown; results for
// older alignments, and analyses cancelled because they were superseded,
// are dropped.
func (m *Model) handleAnalysis(msg analysisDoneMsg) {
	if msg.gen != m.analysis.gen || !m.analysis.busy || errors.Is(msg.err, context.Canceled) {
		return
	}
	m.analysis.busy = false
	m.analysis.cancel()
	m.sheets.data, m.analysis.err = msg.sheets, msg.err
}

// sheetWaiting says why there is no analysis to show yet, or "".
func (m *Model) sheetWaiting() string {
	switch {
	case m.desk.al == nil:
		return m.spinner.View() + " Aligning the reports; the analysis follows."
	case m.analysis.err != nil:
		shown, _ := m.desk.cells.Show(m.analysis.err.Error())
		return shown
	case m.sheets.data == nil && m.align.busy:
		return m.spinner.View() + " Realigning; the analysis follows."
	case m.sheets.data == nil:
		return m.spinner.View() + " Analysing quotes, facts and sources…"
	}
	return ""
}
