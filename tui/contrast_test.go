package tui

import (
	"image/color"
	"math"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/stretchr/testify/assert"

	"github.com/parallax-reader/parallax/diffing"
)

// WCAG 2.2 asks text to reach a contrast ratio of 4.5:1 with what is
// behind it (success criterion 1.4.3), and marks that are not text but are
// needed to read the screen (separators) 3:1 (1.4.11).
const (
	textContrast = 4.5
	markContrast = 3.0
)

// terminalBackgrounds are the backgrounds each theme is checked on: black
// and white, and the common dark and light backgrounds of terminal themes
// (VS Code, One Dark, GitHub, Solarized), on which a grey that passes on
// black may not.
var terminalBackgrounds = map[bool][]string{
	true:  {"#000000", "#1e1e1e", "#0d1117", "#282c34", "#002b36"},
	false: {"#ffffff", "#fafafa", "#f6f8fa", "#fdf6e3"},
}

// luminance is the relative luminance of c (WCAG 2.2, after sRGB).
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	linear := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*linear(r) + 0.7152*linear(g) + 0.0722*linear(b)
}

// contrast is the WCAG contrast ratio of two colours, from 1 to 21.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestContrastComputesTheWCAGRatio(t *testing.T) {
	black, white := lipgloss.Color("#000000"), lipgloss.Color("#ffffff")
	assert.InDelta(t, 21, contrast(black, white), 1e-9)
	assert.InDelta(t, 1, contrast(white, white), 1e-9)
	// The figures: 239 on black, 249 on white.
	assert.InDelta(t, 2.5, contrast(lipgloss.Color("#4e4e4e"), black), 0.05)
	assert.InDelta(t, 2.1, contrast(lipgloss.Color("#b2b2b2"), white), 0.05)
}

// drawnColours are the foreground and background an ink is drawn in on a
// terminal background: its own background if it has one, and the two
// swapped when it is reversed.
func drawnColours(s lipgloss.Style, terminal color.Color) (fg, bg color.Color) {
	fg, bg = s.GetForeground(), s.GetBackground()
	if _, none := bg.(lipgloss.NoColor); none || bg == nil {
		bg = terminal
	}
	if s.GetReverse() {
		fg, bg = bg, fg
	}
	return fg, bg
}

func TestTextReachesItsContrastInBothThemes(t *testing.T) {
	for _, dark := range []bool{true, false} {
		st := newStyles(dark)
		// What is drawn as text, or as a mark needed to read the screen.
		text := map[string]lipgloss.Style{
			"hint key": st.KeyHelp.ShortKey, "hint description": st.KeyHelp.ShortDesc,
			"help key": st.KeyHelp.FullKey, "help description": st.KeyHelp.FullDesc,
			"hint ellipsis": st.KeyHelp.Ellipsis,
			"text":          st.Text.Style, "unique": st.Unique.Style, "noise": st.Noise.Style, "pending": st.Pending.Style,
			"folded": st.Folded.Style, "changed": st.Changed.Style, "loose": st.Loose.Style, "hit": st.Hit.Style,
			"removed": st.Removed.Style, "added": st.Added.Style, "moved": st.Moved.Style, "hard": st.Hard.Style,
			"soft": st.Soft.Style, "only": st.Only.Style, "title": st.Title.Style, "dim title": st.TitleDim.Style,
			"meta": st.Meta.Style, "thumb": st.Thumb.Style, "status": st.Status.Style, "status key": st.StatusKey.Style,
			"notice": st.Notice.Style, "heading": st.Heading.Style, "message": st.Message.Style,
		}
		for r := diffing.Unique; r <= diffing.Identical; r++ {
			text["gutter "+r.String()] = st.Relation[r].Style
			text["current "+r.String()] = st.Current[r].Style
		}
		for i := range shareSteps {
			text["share"] = st.Share[i].Style
			text["current share"] = st.ShareCurrent[i].Style
		}
		marks := map[string]lipgloss.Style{
			"hint separator": st.KeyHelp.ShortSeparator, "help separator": st.KeyHelp.FullSeparator,
			"focused rule": st.RuleFocus.Style,
		}
		lowest := map[string]float64{}
		for _, bg := range terminalBackgrounds[dark] {
			terminal := lipgloss.Color(bg)
			for name, s := range text {
				assert.False(t, s.GetFaint(), "%s is faint: terminals halve its contrast", name)
				fg, back := drawnColours(s, terminal)
				ratio := contrast(fg, back)
				assert.GreaterOrEqual(t, ratio, textContrast, "dark %v: %s on %s", dark, name, bg)
				if low, ok := lowest[name]; !ok || ratio < low {
					lowest[name] = ratio
				}
			}
			for name, s := range marks {
				fg, back := drawnColours(s, terminal)
				assert.GreaterOrEqual(t, contrast(fg, back), markContrast, "dark %v: %s on %s", dark, name, bg)
			}
		}
		for _, name := range []string{"hint key", "hint description", "meta", "noise", "folded", "dim title"} {
			t.Logf("dark %v: %s at least %.2f:1", dark, name, lowest[name])
		}
	}
}
