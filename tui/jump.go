package tui

import (
	"fmt"
	"slices"

	"github.com/parallax-reader/parallax/insight"
)

// jump goes to the passage of the current item of an analysis view, in
// the reading view: the focused report's version or mention when it has
// one, otherwise the first, with the other side's report beside it. The
// words the item stands for are marked in every report, like search hits,
// until esc; the view's own key comes back to the item.
func (m *Model) jump() {
	d := &m.desk
	sh := m.sheets.data
	cur := m.sheets.currentEntry(d)
	if sh == nil || cur < 0 {
		d.say("nothing to go to here")
		return
	}
	from := m.view
	targets, marks := sh.targets(m.sheets.sheet().entries[cur])
	if len(targets) == 0 {
		d.say("nothing to go to here")
		return
	}
	to := targets[0]
	for _, t := range targets {
		if t.Article == d.focus {
			to = t
			break
		}
	}
	d.marked = marks
	m.view = viewReading
	d.focusOn(to.Article)
	for _, t := range targets {
		if t.Article != to.Article {
			// Show the other side too (a conflict's, another version).
			d.bringIntoView(t.Article)
			break
		}
	}
	if d.hideNoise && d.docs[to.Article].isNoise(to.Passage) {
		d.hideNoise = false
	}
	m.reading.moveTo(d, to.Passage)
	m.syncReading()
	d.say(fmt.Sprintf("%s goes back to the %s", sheetKeyName(*m.keys, from), sheetName(from)))
}

// bringIntoView shows report r in a pane beside the focused one when it is
// not shown, in the place of the last report shown but the focused one.
func (d *desk) bringIntoView(r int) {
	if d.zoomed || d.slotOf(r) < len(d.shown) {
		return
	}
	slot := len(d.shown) - 1
	if d.shown[slot] == d.focus {
		slot--
	}
	if slot < 0 {
		return
	}
	from := d.slotOf(r)
	d.order[slot], d.order[from] = d.order[from], d.order[slot]
	d.relayout()
}

// targets returns where an entry can be gone to, one place per report
// (the first is the default), and the spans to mark, per article.
func (sh *sheets) targets(e entry) ([]insight.Mention, [][]span) {
	marks := make([][]span, len(sh.al.Articles))
	mark := func(a int, s insight.Span) { marks[a] = append(marks[a], span{s.Start, s.End}) }
	var out []insight.Mention
	switch e.kind {
	case entryQuote:
		for _, v := range sh.an.Quotes[e.index].Variants {
			out = append(out, insight.Mention{Article: v.Article, Passage: v.Passage})
			for _, p := range v.Parts {
				mark(v.Article, p)
			}
		}
	case entryConflict:
		for _, s := range sh.an.Conflicts[e.index].Sides {
			out = append(out, s.Mention)
			mark(s.Article, s.Span)
		}
	case entryFact:
		seen := map[int]bool{}
		for _, mn := range sh.an.Facts[e.index].Mentions {
			if !seen[mn.Article] {
				seen[mn.Article] = true
				out = append(out, mn.Mention)
			}
			mark(mn.Article, mn.Span)
		}
	case entrySource:
		r := sh.sources[e.index]
		for a, ms := range r.mentions {
			if len(ms) > 0 {
				out = append(out, ms[0])
			}
			for _, mn := range ms {
				mark(a, mn.Span)
			}
		}
	}
	for a := range marks {
		marks[a] = mergeSpans(marks[a])
	}
	return out, marks
}

// mergeSpans sorts spans and joins those that overlap, as overlapping
// needs.
func mergeSpans(ss []span) []span {
	if len(ss) == 0 {
		return nil
	}
	sorted := slices.SortedFunc(slices.Values(ss), func(a, b span) int { return a.start - b.start })
	out := sorted[:1]
	for _, s := range sorted[1:] {
		if last := &out[len(out)-1]; s.start <= last.end {
			last.end = max(last.end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// sheetName names an analysis view in notices.
func sheetName(v viewMode) string {
	switch v {
	case viewFacts:
		return "facts"
	case viewCoverage:
		return "coverage"
	}
	return "quotes"
}

// sheetKeyName is the key that opens analysis view v.
func sheetKeyName(k keyMap, v viewMode) string {
	switch v {
	case viewFacts:
		return k.Facts.Help().Key
	case viewCoverage:
		return k.Coverage.Help().Key
	}
	return k.Quotes.Help().Key
}
