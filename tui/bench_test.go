package tui

import (
	"context"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/internal/scalealign"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/seeds"
)

// The UI benchmarks run on two translations of the Bible (see package
// scaletext), cut or repeated to about a million words a side and aligned
// once per test binary by package scalealign, and skip when the files are
// absent. Each iteration is one key press: Update, then View, as Bubble
// Tea runs them.
//
//	go test ./tui -run '^$' -bench . -benchmem

// scaleWords is the size of each side.
const scaleWords = 1_000_000

// benchKeys presses key b.N times, rendering after each press; when the
// key stops moving the view (the end of the report), reset returns to
// the start, and that press is counted too.
func benchKeys(b *testing.B, m Model, key string, reset string) {
	b.Helper()
	press := keyPress(key)
	back := keyPress(reset)
	m.View()
	b.ReportAllocs()
	b.ResetTimer()
	defer reportCPU(b)()
	for range b.N {
		before := m.reading.panes[m.desk.focus].top
		next, _ := m.Update(press)
		m = next.(Model)
		if m.reading.panes[m.desk.focus].top == before && m.aligned.top == (pos{}) {
			next, _ = m.Update(back)
			m = next.(Model)
		}
		_ = m.View()
	}
}

// reportCPU starts counting the processor time the process uses, and
// returns the function that reports it per iteration as cpu-ns/op: on a
// machine shared with other work, the wall-clock time per key press
// measures the contention as much as the reader, the processor time much
// less.
func reportCPU(b *testing.B) func() {
	start := processCPU()
	return func() { b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op") }
}

// scaleReader is a 160x48 reader on the scale alignment.
func scaleReader(b *testing.B) Model {
	b.Helper()
	al := scalealign.Alignment(b, scaleWords)
	m := update(b, New(al.Articles, testOptions()), tea.WindowSizeMsg{Width: 160, Height: 48})
	return update(b, m, alignDoneMsg{gen: m.align.gen, al: al})
}

func BenchmarkScroll(b *testing.B) { benchKeys(b, scaleReader(b), "j", "g") }

func BenchmarkPageDown(b *testing.B) { benchKeys(b, scaleReader(b), "pgdown", "g") }

func BenchmarkNextMatch(b *testing.B) { benchKeys(b, scaleReader(b), "n", "g") }

func BenchmarkScrollAligned(b *testing.B) {
	m := press(b, scaleReader(b), "v")
	press := keyPress("j")
	m.View()
	b.ReportAllocs()
	b.ResetTimer()
	defer reportCPU(b)()
	for range b.N {
		next, _ := m.Update(press)
		m = next.(Model)
		_ = m.View()
	}
}

// The stacked layout, at the same size: two panes of 160 columns one above
// the other; in the aligned view every version of a row under the last.

func BenchmarkScrollStacked(b *testing.B) { benchKeys(b, press(b, scaleReader(b), "S"), "j", "g") }

func BenchmarkNextMatchStacked(b *testing.B) { benchKeys(b, press(b, scaleReader(b), "S"), "n", "g") }

func BenchmarkScrollAlignedStacked(b *testing.B) {
	m := press(b, scaleReader(b), "S", "v")
	press := keyPress("j")
	m.View()
	b.ReportAllocs()
	b.ResetTimer()
	defer reportCPU(b)()
	for range b.N {
		next, _ := m.Update(press)
		m = next.(Model)
		_ = m.View()
	}
}

// BenchmarkResize changes the width on every iteration, so that every
// frame is drawn at a width never seen before: the cost of re-wrapping
// lazily, only what is shown.
func BenchmarkResize(b *testing.B) {
	m := press(b, scaleReader(b), "G")
	b.ReportAllocs()
	b.ResetTimer()
	defer reportCPU(b)()
	for i := range b.N {
		next, _ := m.Update(tea.WindowSizeMsg{Width: 100 + i%200, Height: 48})
		m = next.(Model)
		_ = m.View()
	}
}

// BenchmarkFirstFrame is what parallax does before its first frame on the
// seeds: parse the embedded reports, build the reader, align, and render.
func BenchmarkFirstFrame(b *testing.B) {
	b.ReportAllocs()
	defer reportCPU(b)()
	for range b.N {
		reports, err := seeds.Reports()
		if err != nil {
			b.Fatal(err)
		}
		var arts []*model.Article
		for _, r := range reports {
			a, err := model.Load(r.Name, r.Data, model.Options{})
			if err != nil {
				b.Fatal(err)
			}
			arts = append(arts, a)
		}
		m := New(arts, testOptions())
		next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		m = next.(Model)
		next, _ = m.Update(alignDoneMsg{gen: m.align.gen, al: diffing.Align(arts, m.cfg)})
		m = next.(Model)
		if !strings.Contains(m.View().Content, "match 1 of 4") {
			b.Fatal("no matches in the first frame")
		}
	}
}

// BenchmarkProgramFirstFrame runs the whole program on the seeds, as the
// binary does, from tea.NewProgram until the terminal has been sent a
// frame with the first match: Bubble Tea's start, the background
// alignment and the renderer included (not the process start).
func BenchmarkProgramFirstFrame(b *testing.B) {
	arts := seedArticles(b)
	b.ReportAllocs()
	for range b.N {
		out := &frameWatcher{want: "match 1 of 4", seen: make(chan struct{})}
		p := tea.NewProgram(New(arts, testOptions()),
			tea.WithInput(strings.NewReader("")), tea.WithOutput(out), tea.WithWindowSize(120, 40))
		done := make(chan struct{})
		go func() {
			_, _ = p.Run()
			close(done)
		}()
		<-out.seen
		b.StopTimer()
		p.Quit()
		<-done
		b.StartTimer()
	}
}

// frameWatcher is a terminal that signals when want has been drawn.
type frameWatcher struct {
	mu   sync.Mutex
	buf  strings.Builder
	want string
	seen chan struct{}
	once sync.Once
}

func (w *frameWatcher) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Contains(w.buf.String(), w.want) {
		w.once.Do(func() { close(w.seen) })
	}
	return len(p), nil
}

// BenchmarkOpenAlignedView is the first v on a large pair: building the
// aligned view's rows, then drawing them.
func BenchmarkOpenAlignedView(b *testing.B) {
	m := scaleReader(b)
	m.View()
	b.ReportAllocs()
	b.ResetTimer()
	defer reportCPU(b)()
	for range b.N {
		next, _ := m.Update(keyPress("v"))
		_ = next.(Model).View()
	}
}

var (
	scaleSheetsOnce sync.Once
	scaleSheets     analysisDoneMsg
)

// scaleAnalysed is scaleReader with the analysis in (computed once per
// test binary: it takes seconds at this size), in analysis view v.
func scaleAnalysed(b *testing.B, v string) Model {
	b.Helper()
	m := scaleReader(b)
	scaleSheetsOnce.Do(func() { scaleSheets = analyse(context.Background(), m.analysis.gen, m.desk.al) })
	return press(b, update(b, m, scaleSheets), v)
}

// BenchmarkScrollQuotes scrolls the quotes view of the scale reports
// (ten thousand quotations) a line at a time.
func BenchmarkScrollQuotes(b *testing.B) {
	benchSheetKeys(b, scaleAnalysed(b, `"`), "j", "g")
}

// BenchmarkNextFact moves through the facts view of the scale reports
// an item at a time.
func BenchmarkNextFact(b *testing.B) {
	benchSheetKeys(b, scaleAnalysed(b, "f"), "n", "g")
}

// BenchmarkQuotesBottom goes to the end of the quotes view and back to the
// start, one key press at a time.
func BenchmarkQuotesBottom(b *testing.B) {
	benchSheetKeys(b, scaleAnalysed(b, `"`), "G", "g")
}

// benchSheetKeys is benchKeys for an analysis view.
func benchSheetKeys(b *testing.B, m Model, key string, reset string) {
	b.Helper()
	press, back := keyPress(key), keyPress(reset)
	m.View()
	b.ReportAllocs()
	b.ResetTimer()
	defer reportCPU(b)()
	for range b.N {
		before := m.sheets.at[m.view-viewQuotes].top
		next, _ := m.Update(press)
		m = next.(Model)
		if m.sheets.at[m.view-viewQuotes].top == before {
			next, _ = m.Update(back)
			m = next.(Model)
		}
		_ = m.View()
	}
}
