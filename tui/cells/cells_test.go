package cells

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The widths under CodePoints are those tmux 3.3a gives (the column of its
// cursor after printing the text), except where the text printed differs:
// then both tmux and the renderer count what is printed.
func TestShowPrintsWhatTheTerminalAndTheRendererCountAlike(t *testing.T) {
	tests := []struct {
		name                string
		text                string
		codePoints          string
		codePointWidth      int
		graphemes           string
		graphemeWidth       int
		graphemesUnchanged  bool
		codePointsUnchanged bool
	}{
		{name: "ASCII", text: "abc", codePoints: "abc", codePointWidth: 3, graphemes: "abc", graphemeWidth: 3},
		{name: "a soft hyphen is not printed", text: "inter\u00adnational", codePoints: "international", codePointWidth: 13,
			graphemes: "international", graphemeWidth: 13},
		{name: "an emoji selector after a space is a lone selector", text: "a \ufe0f", codePoints: "a ", codePointWidth: 2,
			graphemes: "a ", graphemeWidth: 2},
		{name: "a lone regional indicator", text: "🇺", codePoints: "🇺", codePointWidth: 1, graphemes: "🇺", graphemeWidth: 2},
		{name: "Devanagari", text: "नमस्ते", codePoints: "नमस्ते", codePointWidth: 4, graphemes: "नमस्ते", graphemeWidth: 3},
		{name: "an emoji joined by ZWJ shows its parts", text: "👩\u200d🚒", codePoints: "👩🚒", codePointWidth: 4,
			graphemes: "👩\u200d🚒", graphemeWidth: 2},
		{name: "a family", text: "👨\u200d👩\u200d👧", codePoints: "👨👩👧", codePointWidth: 6,
			graphemes: "👨\u200d👩\u200d👧", graphemeWidth: 2},
		{name: "a flag", text: "🇺🇸", codePoints: "🇺🇸", codePointWidth: 2, graphemes: "🇺🇸", graphemeWidth: 2},
		{name: "an emoji selector", text: "☺\ufe0f", codePoints: "☺", codePointWidth: 1, graphemes: "☺\ufe0f", graphemeWidth: 2},
		{name: "a joiner with nothing before it", text: "\u200d👧", codePoints: "👧", codePointWidth: 2,
			graphemes: "👧", graphemeWidth: 2},
		{name: "a lone selector is dropped", text: "\ufe0fa", codePoints: "a", codePointWidth: 1, graphemes: "a", graphemeWidth: 1},
		{name: "a zero-width space is dropped", text: "a\u200bb", codePoints: "ab", codePointWidth: 2, graphemes: "ab", graphemeWidth: 2},
		{name: "the Arabic number sign, a cell to tmux, none to wcwidth", text: "\u0600١٢", codePoints: "\ufffd١٢", codePointWidth: 3,
			graphemes: "\ufffd١٢", graphemeWidth: 3},
		{name: "a combining accent", text: "e\u0301", codePoints: "e\u0301", codePointWidth: 1, graphemes: "e\u0301", graphemeWidth: 1},
		{name: "a mark with no base sits on a dotted circle", text: "\u0301x", codePoints: "◌\u0301x", codePointWidth: 2,
			graphemes: "◌\u0301x", graphemeWidth: 2},
		{name: "wide characters", text: "日本", codePoints: "日本", codePointWidth: 4, graphemes: "日本", graphemeWidth: 4},
		{name: "an escape is a visible placeholder", text: "a\x1b[2J", codePoints: "a␛[2J", codePointWidth: 5,
			graphemes: "a␛[2J", graphemeWidth: 5},
		{name: "a bidi override is replaced", text: "a\u202eb", codePoints: "a\ufffdb", codePointWidth: 3,
			graphemes: "a\ufffdb", graphemeWidth: 3},
		{name: "an invalid byte is a replacement character", text: "a\xffb", codePoints: "a\ufffdb", codePointWidth: 3,
			graphemes: "a\ufffdb", graphemeWidth: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown, w := CodePoints.Show(tt.text)
			assert.Equal(t, tt.codePoints, shown)
			assert.Equal(t, tt.codePointWidth, w)
			assert.Equal(t, w, ansi.StringWidthWc(shown), "the renderer counts the same without mode 2027")
			shown, w = Graphemes.Show(tt.text)
			assert.Equal(t, tt.graphemes, shown)
			assert.Equal(t, tt.graphemeWidth, w)
			assert.Equal(t, w, ansi.StringWidth(shown), "the renderer counts the same with mode 2027")
		})
	}
}

func TestNextReadsOneCharacter(t *testing.T) {
	n, shown, w := CodePoints.Next("👩\u200d🚒 rest")
	assert.Equal(t, len("👩\u200d🚒"), n, "the whole cluster")
	assert.Equal(t, "👩🚒", shown)
	assert.Equal(t, 4, w)
	n, shown, w = Graphemes.Next("\u00adx")
	assert.Equal(t, 2, n, "a soft hyphen is a character of its own")
	assert.Empty(t, shown)
	assert.Zero(t, w)
	n, _, _ = Graphemes.Next("e\u0301 x")
	assert.Equal(t, 3, n, "a cluster never takes the space after it")
}

func TestTruncateAndWidthFollowTheMethod(t *testing.T) {
	assert.Equal(t, 1, CodePoints.Width("🇺"))
	assert.Equal(t, 2, Graphemes.Width("🇺"))
	assert.Equal(t, 3, CodePoints.Width("\x1b[1mabc\x1b[m"), "escapes take no cell")
	assert.Equal(t, "नम…", CodePoints.Truncate("नमस्ते नमस्ते", 3, "…"), "स्ते is one cluster of two cells")
	assert.Equal(t, "bc", CodePoints.TruncateLeft("abc", 1))
}

// FuzzShow checks that what Show prints is as wide as it says under the
// renderer's own count, and that nothing printed takes no cell.
func FuzzShow(f *testing.F) {
	for _, s := range []string{"abc", "inter\u00adnational", "🇺", "नमस्ते", "👩\u200d🚒", "☺\ufe0f", "\u200d👧", "\u0301x",
		"a\x1b[2J\u202e\xff", "e\u0301\u00ad\u0301", "1\ufe0f\u20e3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, m := range []Method{CodePoints, Graphemes} {
			shown, w := m.Show(text)
			require.Equal(t, m.Width(shown), w, "%s: %q shown as %q", m, text, shown)
			for i := 0; i < len(text); {
				n, shown, w := m.Next(text[i:])
				require.Positive(t, n)
				require.False(t, shown != "" && w == 0, "%s: %q is printed as %q in no cell", m, text[i:i+n], shown)
				i += n
			}
		}
	})
}

// TestSimpleCharactersJoinNothing checks the shortcut that spares the
// segmenter against the segmenter: no character isSimple admits joins the
// cluster before or after it.
func TestSimpleCharactersJoinNothing(t *testing.T) {
	for r := rune(0x20); r < 0x30000; r++ {
		if !isSimple(r) || r >= 0xd800 && r < 0xe000 {
			continue
		}
		c := string(r)
		first, _ := ansi.FirstGraphemeCluster(dottedCircle+c, ansi.GraphemeWidth)
		require.Equal(t, dottedCircle, first, "U+%04X joins the character before it", r)
		first, _ = ansi.FirstGraphemeCluster(c+dottedCircle, ansi.GraphemeWidth)
		require.Equal(t, c, first, "U+%04X joins the character after it", r)
	}
}
