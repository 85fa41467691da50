package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/tui/cells"
)

// detailMaxWidth is the widest the match detail box grows.
const detailMaxWidth = 100

// detailState is the match detail overlay: which match, scrolled how far.
type detailState struct {
	open  bool
	match int
	top   int // first line shown
}

// openDetail opens the detail of the current match.
func (m *Model) openDetail() {
	mi := m.currentMatch()
	if mi < 0 {
		m.notice = "not at a match: press n to go to one"
		return
	}
	m.detail = detailState{open: true, match: mi}
}

// handleDetailKey scrolls the detail, moves it to the next or previous
// match (moving the view along), or closes it.
func (m Model) handleDetailKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	lines := len(m.detailLines(m.detailWidth()))
	page := max(1, m.detailHeight()-1)
	d := &m.detail
	switch {
	case key.Matches(msg, m.keys.Close), key.Matches(msg, m.keys.Detail):
		d.open = false
	case key.Matches(msg, m.keys.Down):
		d.top++
	case key.Matches(msg, m.keys.Up):
		d.top--
	case key.Matches(msg, m.keys.PageDown), key.Matches(msg, m.keys.HalfDown):
		d.top += page
	case key.Matches(msg, m.keys.PageUp), key.Matches(msg, m.keys.HalfUp):
		d.top -= page
	case key.Matches(msg, m.keys.Top):
		d.top = 0
	case key.Matches(msg, m.keys.Bottom):
		d.top = lines
	case key.Matches(msg, m.keys.NextMatch), key.Matches(msg, m.keys.PrevMatch):
		m.panes = clonePanes(m.panes)
		if m.view == viewAligned {
			m.handleAlignedKey(msg)
		} else {
			m.handleReadingKey(msg)
			m.syncPanes()
		}
		m.openDetail()
	}
	d.top = clamp(d.top, 0, max(0, lines-m.detailHeight()))
	return m, nil
}

// detailWidth is the width of the text inside the detail box.
func (m Model) detailWidth() int {
	return min(m.width-4, detailMaxWidth) - m.styles.Help.GetHorizontalFrameSize()
}

// detailHeight is the number of text lines the detail box shows.
func (m Model) detailHeight() int {
	return max(1, m.lay.paneHeight-m.styles.Help.GetVerticalFrameSize())
}

// detailView renders the detail box.
func (m Model) detailView() string {
	lines := m.detailLines(m.detailWidth())
	h := m.detailHeight()
	top := clamp(m.detail.top, 0, max(0, len(lines)-h))
	lines = lines[top:min(len(lines), top+h)]
	return m.styles.Help.Width(m.detailWidth() + m.styles.Help.GetHorizontalFrameSize()).Render(strings.Join(lines, "\n"))
}

// detailLines lays out the detail of the open match, width cells wide:
// its relation and score, the terms the passages share, then each
// report's passages with where they sit, the first as it reads and the
// others as word differences from it, inline.
func (m Model) detailLines(width int) []string {
	st := m.styles
	al := m.align.al
	if al == nil || m.detail.match >= len(al.Matches) {
		return nil
	}
	match := al.Matches[m.detail.match]
	var out []string
	cm := m.cells
	add := func(s string) { out = append(out, cm.Truncate(s, width, "…")) }
	add(st.Heading.Render(fmt.Sprintf("Match %d of %d", m.detail.match+1, len(al.Matches))) +
		fmt.Sprintf(" · %s %s · similarity %.2f · in %d of %d reports",
			glyphs[match.Relation], match.Relation, match.Score, len(match.Members), len(al.Articles)))
	if len(match.Terms) > 0 {
		terms, _ := cm.Show(strings.Join(match.Terms, ", "))
		add("Shared words: " + terms)
	}
	removed, added := st.Removed.Render("struck"), st.Added.Render("underlined")
	if m.noColor {
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
			segs = m.highlighted(mem.Article, mem)
		} else {
			segs = m.inlineDiff(firstText, memberText(art, mem))
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
func (m Model) highlighted(a int, mem diffing.Member) []segment {
	d := m.docs[a]
	var segs []segment
	for i, p := range mem.Passages {
		if i > 0 {
			segs = append(segs, segment{" ", m.styles.Text})
		}
		passage := d.article.Passages[p]
		pos := passage.Start
		for _, c := range d.changed[p] {
			segs = append(segs, segment{d.article.Text[pos:c.start], m.styles.Text}, m.mark(d.article.Text[c.start:c.end], m.styles.Removed, "[-", "-]"))
			pos = c.end
		}
		segs = append(segs, segment{d.article.Text[pos:passage.End], m.styles.Text})
	}
	return segs
}

// inlineDiff is text b as a word diff from text a: shared words plain,
// words only a has struck out, words only b has underlined.
func (m Model) inlineDiff(a, b string) []segment {
	var segs []segment
	pieces := diffing.CompareWords(a, b).Pieces
	for i, pc := range pieces {
		switch pc.Op {
		case diffing.Equal:
			segs = append(segs, segment{b[pc.B.Start:pc.B.End], m.styles.Text})
		case diffing.Insert:
			segs = append(segs, m.mark(b[pc.B.Start:pc.B.End], m.styles.Added, "{+", "+}"))
		case diffing.Delete:
			// A deletion spans only its words: the spaces around it are
			// b's, so give it one on each side where b has none.
			if len(segs) > 0 && !endsInSpace(segs[len(segs)-1].text) {
				segs = append(segs, segment{" ", m.styles.Text})
			}
			segs = append(segs, m.mark(a[pc.A.Start:pc.A.End], m.styles.Removed, "[-", "-]"))
			if i+1 < len(pieces) && !startsWithSpace(b[pieces[i+1].B.Start:pieces[i+1].B.End]) {
				segs = append(segs, segment{" ", m.styles.Text})
			}
		}
	}
	return segs
}

func endsInSpace(s string) bool { return s != "" && isBreakSpace(s[len(s)-1]) }

func startsWithSpace(s string) bool { return s != "" && isBreakSpace(s[0]) }

// mark styles changed words; without colour it also wraps them in the
// wdiff markers open and close, since strike-through is rarely shown.
func (m Model) mark(text string, style Ink, open, close string) segment {
	if m.noColor {
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
				if z == ln.end && endsInSoftHyphen(text[ln.start:ln.end]) {
					shown += hyphen
				}
				row.WriteString(segs[j].style.Render(shown))
			}
		}
		out = append(out, row.String())
	}
	return out
}
