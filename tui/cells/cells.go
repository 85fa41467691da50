// Package cells measures text the way the terminal lays it out, and says
// what to print for each character of untrusted text, so that the reader's
// layout and the terminal agree on every column.
//
// Three parties count cells: the reader's layout, Bubble Tea's renderer
// (which parses each frame into a cell buffer and moves the cursor by it),
// and the terminal. When one of them gives a character another width than
// the others, every row holding it shifts the pane divider and can leave
// stale characters behind. Two rules are in use:
//
//   - [CodePoints] is the rule of terminals and multiplexers that do not
//     cluster graphemes (tmux, xterm, VTE, and every terminal that does not
//     answer the mode 2027 query): each code point takes its wcwidth. It is
//     the renderer's rule until the terminal reports mode 2027.
//   - [Graphemes] is the rule of terminals that report grapheme clustering
//     (DEC mode 2027): a grapheme cluster takes the width of its glyph. The
//     renderer switches to it when the terminal reports the mode, and the
//     reader does the same.
//
// Under [CodePoints] the renderer counts an emoji sequence joined by U+200D
// (👩‍🚒) as the sum of its parts while multiplexers such as tmux 3.3 draw it
// as one glyph, and terminals differ on an emoji presentation selector
// (U+FE0F) after a narrow character (☺️): so neither is printed there, and
// the parts show side by side (👩🚒, ☺), as wide as everyone counts them. A
// soft hyphen (U+00AD, common in web pages) is one cell to tmux and none to
// wcwidth: it is never printed, and the reader shows a hyphen where a line
// breaks at it. A combining mark with nothing to combine with is printed on
// a dotted circle (◌́), as fonts do, so that a visible character never takes
// no cell. Measured in tmux 3.3a: see scripts/tmux-test.sh.
package cells

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/model"
)

// Method is a rule for how many cells text takes.
type Method uint8

const (
	// CodePoints gives each code point its wcwidth.
	CodePoints Method = iota
	// Graphemes gives each grapheme cluster the width of its glyph.
	Graphemes
)

// SoftHyphen is U+00AD, a place where a word may be broken with a hyphen.
const SoftHyphen = "\u00ad"

const (
	softHyphen      = '\u00ad'
	zeroWidthJoiner = '\u200d'
	emojiSelector   = '\ufe0f'
	dottedCircle    = "◌"
)

// String names the method.
func (m Method) String() string {
	if m == Graphemes {
		return "graphemes"
	}
	return "code points"
}

// ANSI returns the method as the ansi package and Bubble Tea's renderer
// name it.
func (m Method) ANSI() ansi.Method {
	if m == Graphemes {
		return ansi.GraphemeWidth
	}
	return ansi.WcWidth
}

// Width is the number of cells s takes; escape sequences take none. s is
// text already made fit to print (see Show), with or without styles.
func (m Method) Width(s string) int { return m.ANSI().StringWidth(s) }

// Truncate shortens s to at most n cells, ending it with tail when it is
// cut; escape sequences are kept whole.
func (m Method) Truncate(s string, n int, tail string) string {
	return m.ANSI().Truncate(s, max(0, n), tail)
}

// TruncateLeft drops the first n cells of s.
func (m Method) TruncateLeft(s string, n int) string { return m.ANSI().TruncateLeft(s, n, "") }

// Show returns untrusted text as it is printed and the cells it takes:
// control characters made visible (model.Printable), soft hyphens dropped,
// and the characters the method cannot count the terminal's way replaced
// (see the package comment).
func (m Method) Show(s string) (string, int) {
	if isPlainASCII(s) {
		return s, len(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	width := 0
	for i := 0; i < len(s); {
		n, shown, w := m.Next(s[i:])
		b.WriteString(shown)
		width += w
		i += n
	}
	return b.String(), width
}

// Next reads the first character of untrusted text s (a grapheme cluster,
// or a byte that is not valid UTF-8) and returns how many bytes of s it
// is, what is printed for it, and the cells that takes. s must not be
// empty. Printable ASCII is printed as it is, one cell.
func (m Method) Next(s string) (n int, shown string, width int) {
	if c := s[0]; c < utf8.RuneSelf {
		switch {
		case c < 0x20 || c == 0x7f:
			return 1, model.Printable(s[:1]), 1 // a control, shown as one cell
		case len(s) == 1 || s[1] < 0xc0:
			return 1, s[:1], 1 // no combining character can follow
		case c == ' ':
			// A space is where lines break and is measured on its own
			// (package tui's wrap): a mark or selector after it does not
			// join it, and is shown as one with nothing to combine with.
			// Joined, " ️" took the two cells of an emoji.
			return 1, " ", 1
		}
	} else if r, size := utf8.DecodeRuneInString(s); r == utf8.RuneError && size <= 1 {
		return 1, string(utf8.RuneError), 1
	}
	cluster, _ := ansi.FirstGraphemeCluster(s, m.ANSI())
	// Keep the cluster to well-formed text: a segmenter may run on past an
	// invalid byte or swallow a following space or control.
	for i, r := range cluster {
		if i > 0 && (r == utf8.RuneError || r < 0x20 || r == ' ' || r == 0x7f) {
			cluster = cluster[:i]
			break
		}
	}
	shown, width = m.show(cluster)
	return len(cluster), shown, width
}

// show returns what is printed for a cluster and its width.
func (m Method) show(cluster string) (string, int) {
	shown := model.Printable(cluster)
	if strings.ContainsFunc(shown, m.needsCare) {
		shown = strings.Map(m.printed, shown)
	}
	if shown == "" {
		return "", 0
	}
	switch {
	case m.Width(shown) == 0 && !strings.ContainsFunc(shown, isVisibleMark):
		// Nothing visible, and nothing before it to act on (a format
		// character, a selector or joiner that starts the text): printed,
		// it could join what the terminal drew last.
		return "", 0
	case joinsBackward(shown):
		// A mark with no base would combine with whatever was printed
		// before it (a placeholder, a styled space). A variation selector
		// would make the circle an emoji, two cells.
		shown = dottedCircle + strings.Map(dropSelector, shown)
	case joinsForward(shown):
		// A prepended character with nothing after it in its cluster would
		// take in whatever is printed next.
		shown = string(utf8.RuneError)
	}
	return shown, m.Width(shown)
}

// joinsBackward reports whether cluster c, printed after another
// character, would join that character's cluster (it starts with a
// combining or spacing mark, or a joiner).
func joinsBackward(c string) bool {
	if first, _ := utf8.DecodeRuneInString(c); isSimple(first) {
		return false
	}
	probe := dottedCircle + c
	cluster, _ := ansi.FirstGraphemeCluster(probe, ansi.GraphemeWidth)
	return len(cluster) > len(dottedCircle)
}

// joinsForward reports whether the character printed after cluster c
// would join c's cluster (c ends with a prepended character).
func joinsForward(c string) bool {
	if last, _ := utf8.DecodeLastRuneInString(c); isSimple(last) {
		return false
	}
	cluster, _ := ansi.FirstGraphemeCluster(c+dottedCircle, ansi.GraphemeWidth)
	return len(cluster) > len(c)
}

// isSimple reports whether r is a character that never joins the cluster
// before or after it: Latin, Greek, Cyrillic and the like below the
// combining marks; dashes, quotation marks, ellipses and the other general
// punctuation but for the format characters among it (joiners, marks of
// direction, invisible operators); currency signs; letterlike symbols,
// arrows, mathematical operators, box drawing and the other symbols up to
// U+2BFF; the CJK ideographs, kana and Hangul syllables. It spares the
// segmenter most of the text.
func isSimple(r rune) bool {
	switch {
	case r < 0x300:
		return true
	case r < 0x2010:
		return false
	case r <= 0x2027, r >= 0x2030 && r <= 0x205e, r >= 0x20a0 && r <= 0x20cf, r >= 0x2100 && r <= 0x2bff:
		return true
	}
	return r >= 0x3040 && r < 0xa000 && r != 0x3099 && r != 0x309a || // but the kana voicing marks
		r >= 0xac00 && r < 0xd7a4
}

// needsCare reports whether r is printed otherwise (see printed).
func (m Method) needsCare(r rune) bool { return m.printed(r) != r }

// printed maps r to what is printed for it, -1 for nothing: a soft hyphen
// is dropped (a hyphen is drawn where a line breaks at it), the characters
// tmux shows in a cell that wcwidth and the grapheme widths give none are
// replaced by U+FFFD, and under CodePoints joiners and emoji selectors are
// dropped.
func (m Method) printed(r rune) rune {
	switch {
	case r == softHyphen:
		return -1
	case zeroButShown(r):
		return utf8.RuneError
	case m == CodePoints && (r == zeroWidthJoiner || r == emojiSelector):
		return -1
	}
	return r
}

// zeroButShown reports whether wcwidth gives r no cell while tmux 3.3a
// shows it in one: of the 2,179 letters, marks, symbols and format
// characters wcwidth gives none, the prepended concatenation marks (the
// Arabic number sign and its kin) and eight musical combining marks (the
// soft hyphen, the fourteenth, is handled on its own). Measured with
// scripts/tmux-test.sh's cursor probe; see the package comment.
func zeroButShown(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x0605, r == 0x06dd, r == 0x070f, r == 0x0890, r == 0x0891, r == 0x08e2,
		r == 0x110bd, r == 0x110cd, r == 0x1d165, r == 0x1d166, r >= 0x1d16d && r <= 0x1d172:
		return true
	}
	return false
}

// isVisibleMark reports whether r is a combining mark that draws something:
// variation selectors are marks too, but only choose a glyph.
func isVisibleMark(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) && !unicode.Is(unicode.Variation_Selector, r)
}

func dropSelector(r rune) rune {
	if unicode.Is(unicode.Variation_Selector, r) {
		return -1
	}
	return r
}

// isPlainASCII reports whether s is printable ASCII only.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}
