package tui

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/tui/cells"
)

func wrapped(text string, width int) []string {
	var out []string
	for _, s := range wrap(text, width, cells.CodePoints) {
		out = append(out, text[s.start:s.end])
	}
	return out
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width int
		want  []string
	}{
		{"words fill lines", "the quick brown fox jumps", 10, []string{"the quick", "brown fox", "jumps"}},
		{"an exact fit", "abc def", 7, []string{"abc def"}},
		{"a word wider than the line is cut", "abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"a long word after a short one starts a line", "ab abcdefgh", 5, []string{"ab", "abcde", "fgh"}},
		{"line breaks and tabs are spaces", "one\ntwo\tthree", 8, []string{"one\ntwo", "three"}},
		{"runs of spaces are dropped at a break", "aaa     bbb", 4, []string{"aaa", "bbb"}},
		{"wide characters take two cells", "日本語のテキスト", 5, []string{"日本", "語の", "テキ", "スト"}},
		{"combining accents take no cell", "cafe\u0301 cafe\u0301", 4, []string{"cafe\u0301", "cafe\u0301"}},
		{"an emoji sequence is never split, and shows its parts", "ab👨‍👩‍👧cd", 6, []string{"ab", "👨‍👩‍👧", "cd"}},
		{"a line breaks after a soft hyphen", "the inter\u00adnational budget", 14, []string{"the inter\u00ad", "national", "budget"}},
		{"at the last soft hyphen that fits", "con\u00adse\u00adquences", 7, []string{"con\u00adse\u00ad", "quences"}},
		{"a soft hyphen where the word fits takes no cell", "inter\u00adnational", 13, []string{"inter\u00adnational"}},
		{"a word too wide breaks at its soft hyphens first", "abc\u00addefgh\u00adij", 6, []string{"abc\u00ad", "defgh\u00ad", "ij"}},
		{"a cut never ends at a soft hyphen", "abcd\u00adefgh", 4, []string{"abcd", "\u00adefgh"}},
		{"an escape is one visible cell", "a\x1b[2Jb cd", 6, []string{"a\x1b[2Jb", "cd"}},
		{"empty text has no lines", "", 10, nil},
		{"only spaces have no lines", "   \n ", 10, nil},
		{"a joiner that starts a word takes no cell", "\u200d👧", 1, []string{"\u200d👧"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, wrapped(tt.text, tt.width))
		})
	}
}

// assertWrapInvariants checks what every wrap guarantees, under both width
// rules: lines in order, no line wider than width (with the hyphen drawn
// where it breaks at a soft hyphen) unless it holds one character that
// takes cells, no space at either end of a line, and every non-space byte
// of the text on some line.
func assertWrapInvariants(t testing.TB, text string, width int) {
	t.Helper()
	for _, cm := range []cells.Method{cells.CodePoints, cells.Graphemes} {
		lines := wrap(text, width, cm)
		prev := 0
		var kept strings.Builder
		for i, l := range lines {
			require.LessOrEqual(t, prev, l.start, "line %d overlaps", i)
			require.Less(t, l.start, l.end, "line %d is empty", i)
			s := text[l.start:l.end]
			require.False(t, isBreakSpace(s[0]) || isBreakSpace(s[len(s)-1]), "line %d has a space at an end: %q", i, s)
			shown, w := cm.Show(s)
			if breaksAtSoftHyphen(text, l, len(text)) {
				w++
			}
			if w > width {
				visible := 0
				for j := 0; j < len(s); {
					n, _, cw := cm.Next(s[j:])
					if cw > 0 {
						visible++
					}
					j += n
				}
				require.Equal(t, 1, visible, "%s: line %d is %d cells wide, more than %d: %q shown as %q", cm, i, w, width, s, shown)
			}
			kept.WriteString(s)
			prev = l.end
		}
		strip := func(s string) []byte {
			var out []byte
			for i := 0; i < len(s); i++ {
				if !isBreakSpace(s[i]) {
					out = append(out, s[i])
				}
			}
			return out
		}
		require.Equal(t, strip(text), strip(kept.String()), "text lost by wrapping")
	}
}

// TestWrapRegressions keeps inputs the fuzzer found, named.
func TestWrapRegressions(t *testing.T) {
	// A joiner before an emoji is a cluster of its own, of no width: the
	// line holds the emoji, two cells, at width 1, and that is all right.
	assertWrapInvariants(t, "\u200d👧", 1)
	// A soft hyphen at the very end breaks nothing: no hyphen is drawn,
	// so "00" fits in two cells.
	assertWrapInvariants(t, "00\u00ad", 2)
	// An emoji selector after a space does not join it: wrap measures the
	// space alone, and Show prints it alone (the lone selector dropped).
	assertWrapInvariants(t, "0000 00000000\xb8000 0 000 \ufe0f", 2)
}

func FuzzWrap(f *testing.F) {
	f.Add("the quick brown fox jumps", 10)
	f.Add("日本語のテキスト", 1)
	f.Add("ab👨‍👩‍👧cd e\u0301", 2)
	f.Add("a\x1b[2Jb\u202ec\x85d", 3)
	f.Add("\xff\xfe x", 1)
	f.Add("con\u00adse\u00adquences inter\u00adnational", 5)
	f.Add("🇺 नमस्ते ☺\ufe0f 🇺🇸 👩\u200d🚒", 2)
	f.Fuzz(func(t *testing.T, text string, width int) {
		if width < 1 || width > 500 {
			return
		}
		assertWrapInvariants(t, text, width)
	})
}
