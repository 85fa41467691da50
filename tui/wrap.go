package tui

import (
	"slices"
	"sort"
	"strings"

	"github.com/parallax-reader/parallax/tui/cells"
)

// span is a half-open byte range [start, end).
type span struct{ start, end int }

// wrap breaks text into lines no wider than width terminal cells, as cm
// prints it, and returns each line's byte range in text. Lines break at
// spaces, which are dropped at the break, or after a soft hyphen, where a
// hyphen is drawn (see breaksAtSoftHyphen); a word wider than a line is cut
// between grapheme clusters, so wide (CJK, emoji) and combining characters
// are never split. Each space, tab or line break is shown as one space.
func wrap(text string, width int, cm cells.Method) []span {
	w := wrapper{text: text, width: max(width, 1), cm: cm}
	for i := 0; i < len(text); {
		gapStart := i
		for i < len(text) && isBreakSpace(text[i]) {
			i++
		}
		if i == len(text) {
			break
		}
		gap := i - gapStart // spaces are one byte and one cell each
		word := w.measure(i)
		w.place(word, gap)
		i = word.end
	}
	if w.open {
		w.lines = append(w.lines, w.line)
	}
	return w.lines
}

// wrapper is the state of wrap: the lines so far and the line being
// filled.
type wrapper struct {
	text      string
	width     int
	cm        cells.Method
	lines     []span
	line      span
	lineWidth int
	open      bool // line holds a word
}

// word is a run of text between spaces: its byte range, width, and where
// it may break after a soft hyphen.
type word struct {
	start, end int
	width      int
	breaks     []hyphenBreak
}

// hyphenBreak is a place a word may break: right after a soft hyphen at
// byte end, with width cells of the word before it.
type hyphenBreak struct{ end, width int }

// measure reads the word starting at byte i.
func (w *wrapper) measure(i int) word {
	wd := word{start: i}
	for i < len(w.text) && !isBreakSpace(w.text[i]) {
		n, _, cw := w.cm.Next(w.text[i:])
		i += n
		wd.width += cw
		if n == len(cells.SoftHyphen) && w.text[i-n:i] == cells.SoftHyphen && wd.width > 0 {
			wd.breaks = append(wd.breaks, hyphenBreak{i, wd.width})
		}
	}
	wd.end = i
	return wd
}

// place puts a word on the line after gap spaces, or breaks the line:
// after a soft hyphen of the word when its start fits with the hyphen,
// otherwise before the word. A word wider than a whole line is broken at
// its soft hyphens, or cut between clusters where it has none that fit.
func (w *wrapper) place(wd word, gap int) {
	if w.open {
		if w.lineWidth+gap+wd.width <= w.width {
			w.line.end = wd.end
			w.lineWidth += gap + wd.width
			return
		}
		if b, ok := wd.lastBreak(w.width - w.lineWidth - gap - 1); ok {
			w.line.end = b.end
			wd = wd.after(b)
		}
		w.lines = append(w.lines, w.line)
		w.open = false
	}
	for wd.width > w.width {
		if b, ok := wd.lastBreak(w.width - 1); ok {
			w.lines = append(w.lines, span{wd.start, b.end})
			wd = wd.after(b)
			continue
		}
		wd = w.cut(wd)
	}
	if n := len(w.lines); wd.width == 0 && n > 0 && w.lines[n-1].end == wd.start {
		// What is left of a cut word shows nothing: it stays with the
		// line before rather than making a blank one.
		w.lines[n-1].end = wd.end
		return
	}
	w.line, w.lineWidth, w.open = span{wd.start, wd.end}, wd.width, true
}

// lastBreak returns the last soft hyphen break whose start of the word is
// at most room cells wide.
func (wd word) lastBreak(room int) (hyphenBreak, bool) {
	for k := len(wd.breaks) - 1; k >= 0; k-- {
		if b := wd.breaks[k]; b.width <= room && b.end < wd.end {
			return b, true
		}
	}
	return hyphenBreak{}, false
}

// after is the rest of the word after break b.
func (wd word) after(b hyphenBreak) word {
	rest := word{start: b.end, end: wd.end, width: wd.width - b.width}
	for _, o := range wd.breaks {
		if o.end > b.end {
			rest.breaks = append(rest.breaks, hyphenBreak{o.end, o.width - b.width})
		}
	}
	return rest
}

// cut puts as many clusters of a word too wide for a line as fit (at least
// one) on a line of their own, and returns the rest of the word. A line
// never ends right after a soft hyphen here, which would draw a hyphen
// with no room for it: the soft hyphen goes to the next line, where it is
// not drawn.
func (w *wrapper) cut(wd word) word {
	j, width := wd.start, 0
	for j < wd.end {
		n, _, cw := w.cm.Next(w.text[j:])
		if width+cw > w.width && width > 0 {
			break
		}
		j += n
		width += cw
	}
	for j > wd.start && strings.HasSuffix(w.text[wd.start:j], cells.SoftHyphen) && j < wd.end {
		j -= len(cells.SoftHyphen)
	}
	w.lines = append(w.lines, span{wd.start, j})
	rest := wd.after(hyphenBreak{end: j, width: width})
	return rest
}

// isBreakSpace reports whether byte c is white space a line may break at.
func isBreakSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// breaksAtSoftHyphen reports whether the line ln of text, whose wrapped
// part ends at end, broke at a soft hyphen, where a hyphen is drawn: it
// ends in one and more words follow (a soft hyphen at the very end breaks
// nothing).
func breaksAtSoftHyphen(text string, ln span, end int) bool {
	return strings.HasSuffix(text[ln.start:ln.end], cells.SoftHyphen) &&
		strings.TrimLeft(text[ln.end:end], " \t\r\n") != ""
}

// hyphen is what is drawn where a line breaks at a soft hyphen.
const hyphen = "-"

// overlapping returns the spans of ss (sorted, not overlapping each
// other) that overlap ln.
func overlapping(ss []span, ln span) []span {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].end > ln.start })
	j := i
	for j < len(ss) && ss[j].start < ln.end {
		j++
	}
	return ss[i:j]
}

// covers reports whether one of ss holds byte offset off.
func covers(ss []span, off int) bool {
	for _, s := range ss {
		if s.start <= off && off < s.end {
			return true
		}
	}
	return false
}

// sortedInside sorts offsets, drops repeats and keeps those inside ln.
func sortedInside(offsets []int, ln span) []int {
	slices.Sort(offsets)
	out := offsets[:0]
	for _, o := range offsets {
		if o >= ln.start && o <= ln.end && (len(out) == 0 || out[len(out)-1] != o) {
			out = append(out, o)
		}
	}
	return out
}
