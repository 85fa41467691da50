package tui

import (
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/model"
)

// span is a half-open byte range [start, end).
type span struct{ start, end int }

// wrap breaks text into lines no wider than width terminal cells and
// returns each line's byte range in text. Lines break at spaces, which are
// dropped at the break; a word wider than a line is cut between grapheme
// clusters, so wide (CJK, emoji) and combining characters are never split.
// Widths are those of the text as shown, after model.Printable, which shows
// each space, tab or line break as one space.
func wrap(text string, width int) []span {
	width = max(width, 1)
	var lines []span
	var line span
	lineWidth, open := 0, false
	for i := 0; i < len(text); {
		gapStart := i
		for i < len(text) && isBreakSpace(text[i]) {
			i++
		}
		if i == len(text) {
			break
		}
		gap := i - gapStart // spaces are one byte and one cell each
		wordStart, wordWidth := i, 0
		for i < len(text) && !isBreakSpace(text[i]) {
			cluster, w := nextCluster(text[i:])
			i += len(cluster)
			wordWidth += w
		}
		if open && lineWidth+gap+wordWidth <= width {
			line.end = i
			lineWidth += gap + wordWidth
			continue
		}
		if open {
			lines = append(lines, line)
		}
		line, lineWidth, open = span{wordStart, i}, wordWidth, true
		if wordWidth <= width {
			continue
		}
		// The word alone is too wide: cut it into lines.
		lineWidth = 0
		for j := wordStart; j < i; {
			cluster, w := nextCluster(text[j:])
			if lineWidth+w > width && lineWidth > 0 {
				lines = append(lines, span{line.start, j})
				line.start, lineWidth = j, 0
			}
			j += len(cluster)
			lineWidth += w
		}
	}
	if open {
		lines = append(lines, line)
	}
	return lines
}

// isBreakSpace reports whether byte c is white space a line may break at.
func isBreakSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// nextCluster returns the first grapheme cluster of s and the width it is
// shown with. Control characters and invalid bytes are clusters of their
// own, one cell wide (see model.Printable).
func nextCluster(s string) (string, int) {
	if c := s[0]; c < utf8.RuneSelf {
		return s[:1], 1 // printable ASCII, or a control shown as one cell
	}
	if r, size := utf8.DecodeRuneInString(s); r == utf8.RuneError && size <= 1 {
		return s[:1], 1
	}
	cluster, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	// Keep the cluster to well-formed text: a segmenter may run on past an
	// invalid byte or swallow a following space.
	for i, r := range cluster {
		if i > 0 && (r == utf8.RuneError || r < 0x20 || r == ' ') {
			cluster = cluster[:i]
			w = ansi.StringWidth(cluster)
			break
		}
	}
	if !model.IsPrintable(cluster) {
		w = ansi.StringWidth(model.Printable(cluster))
	}
	return cluster, w
}

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
