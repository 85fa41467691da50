package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/tui/cells"
)

// The analysis views share this machinery: a sheet of entries scrolls
// like a report (a position is an entry and a line in it), only the
// entries on screen are laid out, and each keeps its lines per width
// until the width, the focus or the styles change. The current item is
// the one clicked or gone to with n/N while it is on screen, otherwise
// the first item at or below the top line; enter goes to its passage in
// the reading view, and the view's key comes back to it.

const (
	// sheetHeaderRows are the title and the rule above a sheet.
	sheetHeaderRows = 2
	// sheetGutter is the bar marking the current item, and a space.
	sheetGutter = 2
)

// isSheet reports whether the view is one of the analysis views.
func (v viewMode) isSheet() bool { return v >= viewQuotes }

// sheetView is the analysis views' state: the sheets of the analysis
// shown, which one is on screen, and where each is.
type sheetView struct {
	// data are the sheets; nil until the analysis of the alignment shown
	// arrives.
	data *sheets
	// kind is the sheet on screen (or last on screen): viewQuotes,
	// viewFacts or viewCoverage.
	kind viewMode
	// at is where each sheet is.
	at [viewCoverage - viewQuotes + 1]sheetPos
}

// sheetPos is where an analysis view is: its top line, and the item
// picked with n/N or a click, or -1.
type sheetPos struct {
	top  pos
	pick int
}

func newSheetView() sheetView {
	return sheetView{kind: viewQuotes, at: [3]sheetPos{{pick: -1}, {pick: -1}, {pick: -1}}}
}

// sheetCommands are the analysis views' keys.
func sheetCommands(k keyMap) commandTable {
	run := func(f func(m *Model)) func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
		return func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
			f(m)
			return nil
		}
	}
	t := scrollCommands(k, func(m *Model, s scrollStep) tea.Cmd {
		v, d := &m.sheets, &m.desk
		sp := v.pos()
		sp.top = scrollTo(v.flow(d), sp.top, s, v.body(d))
		if s == toTop || s == toBottom {
			sp.pick = -1 // scrolling keeps the current item; going to an end drops it
		}
		return nil
	})
	return append(t,
		command{key: k.NextItem, group: 1, short: &shortEntry{"n/N", "item", 2}, run: run(func(m *Model) { m.sheets.nextItem(&m.desk, 1) })},
		command{key: k.PrevItem, group: 1, run: run(func(m *Model) { m.sheets.nextItem(&m.desk, -1) })},
		command{key: k.Jump, group: 1, short: &shortEntry{"enter", "go to passage", 3}, run: run((*Model).jump)},
		command{key: k.NextReport, group: 1, short: &shortEntry{"tab", "report", 8}, run: run(func(m *Model) { m.desk.focusNext(1) })},
		command{key: k.PrevReport, group: 1, run: run(func(m *Model) { m.desk.focusNext(-1) })},
		command{key: k.Stricter, group: 1, run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.changeStrictness(strictnessStep) }},
		command{key: k.Looser, group: 1, run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return m.changeStrictness(-strictnessStep) }},
		command{key: k.Quotes, group: 2, short: &shortEntry{`v/"/f/c`, "views", 4}, run: run(func(m *Model) { m.openSheet(viewQuotes) })},
		command{key: k.Facts, group: 2, run: run(func(m *Model) { m.openSheet(viewFacts) })},
		command{key: k.Coverage, group: 2, run: run(func(m *Model) { m.openSheet(viewCoverage) })},
		command{key: k.Legend, group: 2, run: run((*Model).toggleLegend)},
		command{key: k.ToggleView, group: 2, run: run((*Model).leaveSheet)},
		command{key: k.Back, group: 2, short: &shortEntry{"esc", "back", 7}, run: run((*Model).leaveSheet)},
	)
}

// focusNext moves the focus to the next report (dir 1) or the previous
// one (dir -1): in the analysis views, the report whose version enter
// goes to.
func (d *desk) focusNext(dir int) {
	n := len(d.docs)
	d.focusOn((d.focus + dir + n) % n)
}

// openSheet shows analysis view v, or, if it is shown, goes back to the
// reports.
func (m *Model) openSheet(v viewMode) {
	switch {
	case m.view == v:
		m.leaveSheet()
		return
	case !m.view.isSheet():
		m.textView = m.view
	}
	m.view, m.sheets.kind = v, v
}

// leaveSheet goes back to the reports, in the view they were left in.
func (m *Model) leaveSheet() {
	m.view = m.textView
	m.syncReading()
}

// pos is where the sheet on screen is.
func (v *sheetView) pos() *sheetPos { return &v.at[v.kind-viewQuotes] }

// sheet returns the sheet on screen, or nil while there is no analysis.
func (v sheetView) sheet() *sheet {
	if v.data == nil {
		return nil
	}
	switch v.kind {
	case viewFacts:
		return &v.data.facts
	case viewCoverage:
		return &v.data.coverage
	}
	return &v.data.quotes
}

// layoutKey is what an entry's layout depends on.
type layoutKey struct {
	width int
	paint sheetPainter
}

// sheetFlow is a sheet laid out at a width: one block per entry.
type sheetFlow struct {
	paint sheetPainter
	sh    *sheets
	s     *sheet
	cache *renderCache
	width int
}

func (f sheetFlow) count() int {
	if f.s == nil {
		return 0
	}
	return len(f.s.entries)
}

func (f sheetFlow) height(i int) int { return f.gap(i) + len(f.lines(i)) }

// gap is the blank line before a heading and before a block-shaped item
// that does not follow its heading.
func (f sheetFlow) gap(i int) int {
	if i == 0 {
		return 0
	}
	switch f.s.entries[i].kind {
	case entryHeading:
		return 1
	case entryQuote, entryConflict, entryReport:
		if f.s.entries[i-1].kind != entryHeading {
			return 1
		}
	}
	return 0
}

// lines returns entry i's lines, laying it out on first use.
func (f sheetFlow) lines(i int) []string { return f.cache.entryLines(f.sh, f.s, f.paint, f.width, i) }

// selectable reports whether entry i is an item that can be gone to.
func (f sheetFlow) selectable(i int) bool { return f.s.entries[i].item > 0 }

// flow lays out the sheet on screen.
func (v sheetView) flow(d *desk) sheetFlow {
	return sheetFlow{paint: sheetPainter{st: d.styles, cells: d.cells, focus: d.focus}, sh: v.data,
		s: v.sheet(), cache: d.cache, width: max(1, d.width-sheetGutter-rightMargin)}
}

// body is the number of rows a sheet's entries get.
func (v sheetView) body(d *desk) int { return max(1, d.lay.paneHeight-sheetHeaderRows) }

// currentEntry is the entry of the current item, or -1 when the sheet has
// none (or is not ready).
func (v sheetView) currentEntry(d *desk) int {
	f := v.flow(d)
	n := f.count()
	if n == 0 {
		return -1
	}
	sp := v.at[v.kind-viewQuotes]
	top := settle(f, sp.top)
	if p := sp.pick; p >= 0 && p < n && f.selectable(p) {
		first, last := pos{p, f.gap(p)}, pos{p, f.height(p) - 1}
		if distance(f, top, last) >= 0 && distance(f, top, first) < v.body(d) {
			return p
		}
	}
	for i := top.block; i < n; i++ {
		if f.selectable(i) {
			return i
		}
	}
	for i := top.block - 1; i >= 0; i-- {
		if f.selectable(i) {
			return i
		}
	}
	return -1
}

// nextItem makes the next item (dir 1) or the previous one (dir -1) the
// current one, scrolling as little as shows it whole.
func (v *sheetView) nextItem(d *desk, dir int) {
	cur := v.currentEntry(d)
	if cur < 0 {
		d.say("nothing to go to here")
		return
	}
	f := v.flow(d)
	for i := cur + dir; i >= 0 && i < f.count(); i += dir {
		if f.selectable(i) {
			v.showEntry(d, f, i)
			return
		}
	}
	d.say("no item further " + direction(dir))
}

// showEntry makes entry i the current item and scrolls it on screen: to
// the top when it is above, or up to its last line when below (its first
// line stays on screen when it is taller than the screen).
func (v *sheetView) showEntry(d *desk, f sheetFlow, i int) {
	sp := v.pos()
	sp.pick = i
	body := v.body(d)
	first, last := pos{i, f.gap(i)}, pos{i, f.height(i) - 1}
	top := settle(f, sp.top)
	switch {
	case before(first, top):
		sp.top = first
	case distance(f, top, last) >= body:
		t := advance(f, last, -(body - 1))
		if before(first, t) {
			t = first
		}
		sp.top = t
	}
}

// mouse scrolls the sheet with the wheel and makes the item clicked the
// current one.
func (v *sheetView) mouse(d *desk, msg tea.MouseMsg) {
	mouse := msg.Mouse()
	f := v.flow(d)
	if f.count() == 0 || mouse.Y >= d.lay.paneHeight {
		return
	}
	sp := v.pos()
	switch msg.(type) {
	case tea.MouseWheelMsg:
		sp.top = scrollBy(f, sp.top, wheelDelta(mouse.Button), v.body(d))
	case tea.MouseClickMsg:
		row := mouse.Y - sheetHeaderRows
		if mouse.Button != tea.MouseLeft || row < 0 {
			return
		}
		at := advance(f, sp.top, row)
		if distance(f, settle(f, sp.top), at) == row && at.line >= f.gap(at.block) && f.selectable(at.block) {
			sp.pick = at.block
		}
	}
}

// view renders the sheet on screen, height rows: its title and rule, then
// the entries on screen with the current item marked; or, while there is
// no analysis to show, why (waiting).
func (v sheetView) view(d *desk, height int, waiting string) []string {
	st := d.styles
	out := []string{v.title(d), st.RuleFocus.Render(strings.Repeat("━", d.width))}
	body := max(0, height-sheetHeaderRows)
	if waiting != "" {
		out = append(out, "", "  "+st.Message.Render(d.cells.Truncate(waiting, d.width-4, "…")))
		return padRows(d.cells, out, height, d.width)
	}
	f := v.flow(d)
	cur := v.currentEntry(d)
	at, last := settle(f, v.at[v.kind-viewQuotes].top), lastPos(f)
	for range body {
		gutter := "  "
		line := ""
		if at.line >= f.gap(at.block) {
			line = f.lines(at.block)[at.line-f.gap(at.block)]
			if at.block == cur {
				gutter = st.RuleFocus.Render("▌") + " "
			}
		}
		out = append(out, gutter+line)
		if at == last {
			break
		}
		at = advance(f, at, 1)
	}
	return padRows(d.cells, out, height, d.width)
}

// padRows pads every row to width cells (cutting what is wider) and the
// rows to height.
func padRows(cm cells.Method, rows []string, height, width int) []string {
	out := make([]string, height)
	for i := range out {
		row := ""
		if i < len(rows) {
			row = rows[i]
		}
		w := cm.Width(row)
		if w > width {
			row, w = cm.Truncate(row, width, ""), width
		}
		out[i] = row + strings.Repeat(" ", width-w)
	}
	return out
}

// title is the first row of the sheet: its name and counts.
func (v sheetView) title(d *desk) string {
	st := d.styles
	name, counts := "Quotes", ""
	if sh := v.data; sh != nil {
		switch v.kind {
		case viewQuotes:
			counts = fmt.Sprintf("%s · %d in more than one report · %d drifted",
				plural(len(sh.an.Quotes), "quotation"), sh.shared, sh.drifted)
		case viewFacts:
			counts = fmt.Sprintf("%s · %d only in one report · %d in more than one",
				plural(len(sh.an.Conflicts), "conflict"), sh.onlyOne, len(sh.an.Facts)-sh.onlyOne)
		case viewCoverage:
			counts = fmt.Sprintf("%s · %s credited by name", plural(len(sh.al.Articles), "report"), plural(len(sh.sources), "source"))
		}
	}
	switch v.kind {
	case viewFacts:
		name = "Facts"
	case viewCoverage:
		name = "Coverage"
	}
	line := " " + st.Title.Render(name)
	if counts != "" {
		line += st.Meta.Render(" · " + counts)
	}
	return d.cells.Truncate(line, d.width, "…")
}

// plural writes n and a noun, adding an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
