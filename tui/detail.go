package tui

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/aligned"
	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/tui/cells"
)

// detailMaxWidth is the widest the match detail box grows.
const detailMaxWidth = 100

// detailView is the match detail overlay: which match, scrolled how far.
type detailView struct {
	open  bool
	match int
	top   int // first line shown
}

// detailCommands are the match detail's keys: scrolling, the next or
// previous match (the view behind follows), and closing.
func detailCommands(k keyMap) commandTable {
	t := scrollCommands(k, func(m *Model, s scrollStep) tea.Cmd {
		m.detail.scroll(&m.desk, s)
		return nil
	})
	move := func(dir int) func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
		return func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
			m.nextMatch(dir)
			m.openDetail()
			return nil
		}
	}
	return append(t,
		command{key: k.DetailNext, group: 1, short: &shortEntry{"n/N", "match", 2}, run: move(1)},
		command{key: k.DetailPrev, group: 1, run: move(-1)},
		command{key: k.CloseDetail, group: 1, short: &shortEntry{"esc", "close", 3},
			run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
				m.detail.open = false
				return nil
			}},
	)
}

// openDetail opens the detail of the current match.
func (m *Model) openDetail() {
	mi := m.currentMatch()
	if mi < 0 {
		m.desk.say("not at a match: press n to go to one")
		return
	}
	m.detail = detailView{open: true, match: mi}
}

// nextMatch moves the view of the reports to the next match (dir 1) or
// the previous one (dir -1).
func (m *Model) nextMatch(dir int) {
	d := &m.desk
	switch {
	case m.view == viewAligned:
		m.aligned.nextMatchRow(d, dir)
	case dir > 0:
		m.reading.nextMatch(d)
	default:
		m.reading.prevMatch(d)
	}
	m.syncReading()
}

// scroll moves the detail by a scrolling key.
func (v *detailView) scroll(d *desk, s scrollStep) {
	lines, height := len(v.lines(d, v.width(d))), v.height(d)
	switch s {
	case toTop:
		v.top = 0
	case toBottom:
		v.top = lines
	default:
		v.top += s.lines(height)
	}
	v.top = clamp(v.top, 0, max(0, lines-height))
}

// width is the width of the text inside the detail box.
func (v detailView) width(d *desk) int {
	return min(d.width-4, detailMaxWidth) - d.styles.Help.GetHorizontalFrameSize()
}

// height is the number of text lines the detail box shows.
func (v detailView) height(d *desk) int {
	return max(1, d.lay.paneHeight-d.styles.Help.GetVerticalFrameSize())
}

// view renders the detail box.
func (v detailView) view(d *desk) string {
	lines := v.lines(d, v.width(d))
	h := v.height(d)
	top := clamp(v.top, 0, max(0, len(lines)-h))
	lines = lines[top:min(len(lines), top+h)]
	return d.styles.Help.Width(v.width(d) + d.styles.Help.GetHorizontalFrameSize()).Render(strings.Join(lines, "\n"))
}

// lines lays out the detail of the open match, width cells wide: its
// relation and score, the terms the passages share, then each report's
// passages with where they sit, the first as it reads and the others as
// word differences from it, inline.
func (v detailView) lines(d *desk, width int) []string {
	st := d.styles
	al := d.al
	if al == nil || v.match >= len(al.Matches) {
		return nil
	}
	match := al.Matches[v.match]
	var out []string
	cm := d.cells
	add := func(s string) { out = append(out, cm.Truncate(s, width, "…")) }
	add(st.Heading.Render(fmt.Sprintf("Match %d of %d", v.match+1, len(al.Matches))) +
		fmt.Sprintf(" · %s %s · %s likely · similarity %.2f · in %d of %d reports",
			glyphs[match.Relation], match.Relation, aligned.Percent(match.Score), match.Similarity, len(match.Members), len(al.Articles)))
	if len(match.Terms) > 0 {
		terms, _ := cm.Show(strings.Join(match.Terms, ", "))
		add("Shared words: " + terms)
	}
	removed, added := st.Removed.Render("struck"), st.Added.Render("underlined")
	if d.noColor {
		removed, added = "[-words-]", "{+words+}"
	}
	first := match.Members[0]
	add(fmt.Sprintf("%s: only in [%d]   %s: only in this report", removed, first.Article+1, added))
	firstText := memberText(al.Articles[first.Article], first)
	for k, mem := range match.Members {
		art := al.Articles[mem.Article]
		out = append(out, "")
		title, _ := cm.Show(art.DisplayTitle())
		add(st.Title.Render(fmt.Sprintf("[%d] %s", mem.Article+1, title)) +
			st.Meta.Render(" · "+where(art, mem)))
		var segs []segment
		if k == 0 {
			segs = d.highlighted(mem.Article, mem)
		} else {
			segs = d.inlineDiff(firstText, memberText(art, mem))
		}
		for _, l := range renderSegments(cm, segs, width-2) {
			out = append(out, "  "+l)
		}
	}
	return out
}

// where says where a match member sits in its report.
func where(art *model.Article, mem diffing.Member) string {
	first, last := mem.Passages[0], mem.Passages[len(mem.Passages)-1]
	pa, pz := art.Passages[first].Paragraph+1, art.Passages[last].Paragraph+1
	unit := art.Unit.String()
	para := fmt.Sprintf("¶%d", pa)
	if pz != pa {
		para = fmt.Sprintf("¶%d–%d", pa, pz)
	}
	if first == last {
		return fmt.Sprintf("%s · %s %d", para, unit, first+1)
	}
	return fmt.Sprintf("%s · %ss %d–%d", para, unit, first+1, last+1)
}

// memberText is a member's passages as one text.
func memberText(art *model.Article, mem diffing.Member) string {
	parts := make([]string, len(mem.Passages))
	for i, p := range mem.Passages {
		parts[i] = art.Passages[p].Text
	}
	return strings.Join(parts, " ")
}

// segment is a run of text drawn in one style.
type segment struct {
	text  string
	style Ink
}

// highlighted is a member's text with the words its partners lack marked
// as in the panes.
func (d *desk) highlighted(a int, mem diffing.Member) []segment {
	doc := d.docs[a]
	st := d.styles
	var segs []segment
	for i, p := range mem.Passages {
		if i > 0 {
			segs = append(segs, segment{" ", st.Text})
		}
		passage := doc.article.Passages[p]
		pos := passage.Start
		for _, c := range doc.changed[p] {
			segs = append(segs, segment{doc.article.Text[pos:c.start], st.Text}, d.mark(doc.article.Text[c.start:c.end], st.Removed, "[-", "-]"))
			pos = c.end
		}
		segs = append(segs, segment{doc.article.Text[pos:passage.End], st.Text})
	}
	return segs
}

// inlineDiff is text b as a word diff from text a: shared words plain,
// words only a has struck out, words only b has underlined. A word both
// have at other places is no difference: it shows where b has it, in the
// quieter style of moved words, and is not struck out where a had it.
func (d *desk) inlineDiff(a, b string) []segment {
	st := d.styles
	var segs []segment
	diff := diffing.CompareWords(a, b)
	pieces := diff.Pieces
	for i, pc := range pieces {
		switch pc.Op {
		case diffing.Equal:
			segs = append(segs, segment{b[pc.B.Start:pc.B.End], st.Text})
		case diffing.Insert:
			for _, part := range splitMoved(pc.B, diff.MovedB) {
				text := b[part.r.Start:part.r.End]
				if part.moved {
					segs = append(segs, segment{text, st.Shifted})
				} else {
					segs = append(segs, d.mark(text, st.Added, "{+", "+}"))
				}
			}
		case diffing.Delete:
			// A deletion spans only its words: the spaces around it are
			// b's, so give it one on each side where b has none, as the
			// words would be written: none before punctuation that closes
			// ("region [-today-]."), after punctuation that opens, or
			// between characters of a script written without spaces.
			var kept []string
			for _, part := range splitMoved(pc.A, diff.MovedA) {
				if text := strings.TrimSpace(a[part.r.Start:part.r.End]); !part.moved && text != "" {
					kept = append(kept, text)
				}
			}
			if len(kept) == 0 {
				continue // only moved words: shown where b has them
			}
			removed := strings.Join(kept, " ")
			if len(segs) > 0 && needsSpace(segs[len(segs)-1].text, removed) {
				segs = append(segs, segment{" ", st.Text})
			}
			segs = append(segs, d.mark(removed, st.Removed, "[-", "-]"))
			if i+1 < len(pieces) && needsSpace(removed, b[pieces[i+1].B.Start:pieces[i+1].B.End]) {
				segs = append(segs, segment{" ", st.Text})
			}
		}
	}
	return segs
}

// movedPart is a part of a piece of a word diff, moved or not.
type movedPart struct {
	r     diffing.Range
	moved bool
}

// splitMoved cuts r at the moved ranges it holds (sorted), in order.
func splitMoved(r diffing.Range, moved []diffing.Range) []movedPart {
	var out []movedPart
	at := r.Start
	for _, m := range moved {
		if m.End <= at || m.Start >= r.End {
			continue
		}
		if m.Start > at {
			out = append(out, movedPart{diffing.Range{Start: at, End: m.Start}, false})
		}
		end := min(m.End, r.End)
		out = append(out, movedPart{diffing.Range{Start: max(m.Start, at), End: end}, true})
		at = end
	}
	if at < r.End {
		out = append(out, movedPart{diffing.Range{Start: at, End: r.End}, false})
	}
	return out
}

// needsSpace reports whether words written before and after, which meet
// with no space between them in the text shown, need one: not when either
// side has one already, when after starts with punctuation that closes
// (".", ",", ")", "”"), when before ends with punctuation that opens ("(",
// "“"), or when they meet between characters of a script written without
// spaces (Chinese, Japanese).
func needsSpace(before, after string) bool {
	if before == "" || after == "" || isBreakSpace(before[len(before)-1]) || isBreakSpace(after[0]) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(after)
	return !closes(first, after) && !opens(last) && !(unspaced(last) || unspaced(first))
}

// closes reports whether r, the first character of s, is punctuation that
// closes what comes before it. A straight quote closes when nothing but
// punctuation or a space follows it.
func closes(r rune, s string) bool {
	switch {
	case r == '"' || r == '\'':
		next, _ := utf8.DecodeRuneInString(s[1:])
		return len(s) == 1 || unicode.IsSpace(next) || unicode.IsPunct(next)
	case unicode.In(r, unicode.Pe, unicode.Pf):
		return true
	case unicode.Is(unicode.Po, r):
		return !strings.ContainsRune("¡¿#%&*@/\\", r)
	}
	return false
}

// opens reports whether r is punctuation that opens what follows it.
func opens(r rune) bool { return unicode.In(r, unicode.Ps, unicode.Pi) || r == '¡' || r == '¿' }

// unspaced reports whether r belongs to a script written without spaces
// between words, or is that script's punctuation.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}

// mark styles changed words; without colour it also wraps them in the
// wdiff markers open and close, since strike-through is rarely shown.
func (d *desk) mark(text string, style Ink, open, close string) segment {
	if d.noColor {
		trimmed := strings.TrimSpace(text)
		if trimmed == "" {
			return segment{text, style}
		}
		i := strings.Index(text, trimmed)
		return segment{text[:i] + open + trimmed + close + text[i+len(trimmed):], style}
	}
	return segment{text, style}
}

// renderSegments wraps styled segments to width cells and renders them,
// untrusted text shown as cm counts it (see package cells).
func renderSegments(cm cells.Method, segs []segment, width int) []string {
	var b strings.Builder
	type run struct{ start, end int }
	runs := make([]run, len(segs))
	for i, s := range segs {
		runs[i] = run{b.Len(), b.Len() + len(s.text)}
		b.WriteString(s.text)
	}
	text := b.String()
	var out []string
	k := 0
	for _, ln := range wrap(text, width, cm) {
		var row strings.Builder
		for k < len(runs) && runs[k].end <= ln.start {
			k++
		}
		for j := k; j < len(runs) && runs[j].start < ln.end; j++ {
			a, z := max(runs[j].start, ln.start), min(runs[j].end, ln.end)
			if a < z {
				shown, _ := cm.Show(text[a:z])
				if z == ln.end && breaksAtSoftHyphen(text, ln, len(text)) {
					shown += hyphen
				}
				row.WriteString(segs[j].style.Render(shown))
			}
		}
		out = append(out, row.String())
	}
	return out
}
