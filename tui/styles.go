package tui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/parallax-reader/parallax/diffing"
)

// shareSteps is how many colours the scale for "shared by how many
// reports" has.
const shareSteps = 5

// glyphs mark each relation in the gutter and the overview, so that the
// relation stays readable without colour.
var glyphs = [diffing.Identical + 1]string{
	diffing.Unique:    "+",
	diffing.Possible:  "?",
	diffing.Related:   "~",
	diffing.Reworded:  "≈",
	diffing.Identical: "=",
}

// noiseGlyph marks page furniture in the gutter and the overview.
const noiseGlyph = "·"

// Ink is a style for a run of text on one line, applied by wrapping the
// text in the style's escape sequences. lipgloss.Style.Render measures and
// pads its input and styles an underlined run one character at a time; an
// Ink, made once from a Style, costs a concatenation, which keeps View
// well under a millisecond.
type Ink struct {
	// Style is the style the ink was made from.
	Style       lipgloss.Style
	open, close string
}

func newInk(s lipgloss.Style) Ink {
	sample := s.Render("x") // escape sequences hold no "x"
	i := strings.Index(sample, "x")
	return Ink{Style: s, open: sample[:i], close: sample[i+1:]}
}

// Render returns text in the ink's style. text must be one line.
func (k Ink) Render(text string) string {
	if text == "" {
		return ""
	}
	return k.open + text + k.close
}

// Styles are every style the reader draws with. They are built once per
// background (dark or light) by newStyles, never inside View. Every
// distinction they draw is also made by a glyph or an attribute (bold,
// underline, reverse), so that it survives NO_COLOR.
type Styles struct {
	// Relation colours the gutter of passages by how they relate.
	Relation [diffing.Identical + 1]Ink
	// Current marks the gutter of the current match, per relation.
	Current [diffing.Identical + 1]Ink
	// Share colours the gutter by how many reports share a match, from
	// two (first) to all of them (last), when there are three or more.
	Share [shareSteps]Ink
	// ShareCurrent is Share for the current match.
	ShareCurrent [shareSteps]Ink

	Text      Ink            // prose in a match
	Unique    Ink            // prose no other report tells
	Noise     Ink            // furniture: credits, "SEE ALSO:"
	Pending   Ink            // prose while the alignment is computed
	Folded    Ink            // an identical passage folded to one line
	Changed   Ink            // words this report has and the other lacks
	Loose     Ink            // such words inside a merely related match
	Shifted   Ink            // words the partners have too, at another place
	Hit       Ink            // a search hit
	Removed   Ink            // words only the first report has (detail)
	Added     Ink            // words this report has and the first lacks
	Moved     Ink            // "↑ moved from ¶2" in the aligned view
	Hard      Ink            // "hard": a conflict that cannot be resolved
	Soft      Ink            // "soft": a conflict both sides may be right in
	Only      Ink            // "only [2]": a source one report alone credits
	Title     Ink            // pane title, focused
	TitleDim  Ink            // pane title, not focused
	Meta      Ink            // source, date and counts under a title
	Rule      Ink            // rule under a header and between panes
	RuleFocus Ink            // rule under the focused pane's header
	Thumb     Ink            // the viewport in the overview column
	Status    Ink            // status bar
	StatusKey Ink            // emphasised part of the status bar
	Notice    Ink            // a passing notice in the status bar
	Help      lipgloss.Style // frame of overlays: help, match detail
	Heading   Ink            // headings inside overlays
	Message   Ink            // notices such as "terminal too small"
	Loading   lipgloss.Style // the loading screen's box
	// KeyHelp draws the one-line help and the help overlay's keys.
	KeyHelp help.Styles
}

// newStyles builds the styles for a dark or light terminal background.
func newStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	relation := [diffing.Identical + 1]color.Color{
		diffing.Unique:    ld(lipgloss.Color("#8250df"), lipgloss.Color("#d7a0f0")),
		diffing.Possible:  ld(lipgloss.Color("#59636e"), lipgloss.Color("#9198a1")),
		diffing.Related:   ld(lipgloss.Color("#0969da"), lipgloss.Color("#6cb6ff")),
		diffing.Reworded:  ld(lipgloss.Color("#9a6700"), lipgloss.Color("#f2cc60")),
		diffing.Identical: ld(lipgloss.Color("#1a7f37"), lipgloss.Color("#7ee787")),
	}
	share := [shareSteps]color.Color{
		ld(lipgloss.Color("#0969da"), lipgloss.Color("#6cb6ff")),
		ld(lipgloss.Color("#1b7c83"), lipgloss.Color("#56d4dd")),
		ld(lipgloss.Color("#4d7c0f"), lipgloss.Color("#b4e36f")),
		ld(lipgloss.Color("#1a7f37"), lipgloss.Color("#7ee787")),
		ld(lipgloss.Color("#116329"), lipgloss.Color("#3fe06b")),
	}
	// muted is the dim text (meta lines, noise, folded passages) and the
	// hint line's descriptions: dim, but 4.5:1 on the usual backgrounds of
	// its theme (see TestTextReachesItsContrastInBothThemes). strong is
	// the hint line's keys; mark its separators, 3:1.
	muted := ld(lipgloss.Color("#59636e"), lipgloss.Color("#9198a1"))
	strong := ld(lipgloss.Color("#424a53"), lipgloss.Color("#b7bdc8"))
	mark := ld(lipgloss.Color("#818b98"), lipgloss.Color("#6e7781"))
	faint := ld(lipgloss.Color("#afb8c1"), lipgloss.Color("#484f58"))
	text := ld(lipgloss.Color("#1f2328"), lipgloss.Color("#e6edf3"))
	accent := ld(lipgloss.Color("#0969da"), lipgloss.Color("#58a6ff"))
	statusBg := ld(lipgloss.Color("#eaeef2"), lipgloss.Color("#21262d"))
	red := ld(lipgloss.Color("#cf222e"), lipgloss.Color("#ff7b72"))
	green := ld(lipgloss.Color("#1a7f37"), lipgloss.Color("#7ee787"))

	var s Styles
	for r, c := range relation {
		s.Relation[r] = newInk(lipgloss.NewStyle().Foreground(c))
		s.Current[r] = newInk(lipgloss.NewStyle().Reverse(true).Bold(true).Foreground(c))
	}
	for i, c := range share {
		s.Share[i] = newInk(lipgloss.NewStyle().Foreground(c))
		s.ShareCurrent[i] = newInk(lipgloss.NewStyle().Reverse(true).Bold(true).Foreground(c))
	}
	s.Text = newInk(lipgloss.NewStyle().Foreground(text))
	s.Unique = newInk(lipgloss.NewStyle().Foreground(relation[diffing.Unique]))
	s.Noise = newInk(lipgloss.NewStyle().Foreground(muted).Italic(true))
	s.Pending = newInk(lipgloss.NewStyle().Foreground(text))
	s.Folded = newInk(lipgloss.NewStyle().Foreground(muted))
	s.Changed = newInk(lipgloss.NewStyle().Bold(true).Underline(true).
		Foreground(ld(lipgloss.Color("#24292f"), lipgloss.Color("#0d1117"))).
		Background(ld(lipgloss.Color("#ffd8a8"), lipgloss.Color("#e3b341"))))
	s.Loose = newInk(lipgloss.NewStyle().Foreground(text).Underline(true))
	s.Shifted = newInk(lipgloss.NewStyle().Foreground(text).Italic(true))
	s.Hit = newInk(lipgloss.NewStyle().Reverse(true).Foreground(ld(lipgloss.Color("#8250df"), lipgloss.Color("#79c0ff"))))
	s.Removed = newInk(lipgloss.NewStyle().Strikethrough(true).Foreground(red))
	s.Added = newInk(lipgloss.NewStyle().Bold(true).Underline(true).Foreground(green))
	s.Moved = newInk(lipgloss.NewStyle().Italic(true).Foreground(relation[diffing.Reworded]))
	s.Hard = newInk(lipgloss.NewStyle().Bold(true).Foreground(red))
	s.Soft = newInk(lipgloss.NewStyle().Bold(true).Foreground(relation[diffing.Reworded]))
	s.Only = newInk(lipgloss.NewStyle().Bold(true).Foreground(relation[diffing.Unique]))
	s.Title = newInk(lipgloss.NewStyle().Bold(true).Foreground(accent))
	s.TitleDim = newInk(lipgloss.NewStyle().Foreground(muted))
	s.Meta = newInk(lipgloss.NewStyle().Foreground(muted))
	s.Rule = newInk(lipgloss.NewStyle().Foreground(faint))
	s.RuleFocus = newInk(lipgloss.NewStyle().Foreground(accent))
	s.Thumb = newInk(lipgloss.NewStyle().Reverse(true).Foreground(muted))
	s.Status = newInk(lipgloss.NewStyle().Foreground(text).Background(statusBg))
	// On the status bar's grey, the light theme's accent and amber are
	// taken a shade darker, to keep 4.5:1.
	s.StatusKey = newInk(lipgloss.NewStyle().Bold(true).Foreground(ld(lipgloss.Color("#0550ae"), accent)).Background(statusBg))
	s.Notice = newInk(lipgloss.NewStyle().Bold(true).
		Foreground(ld(lipgloss.Color("#7d4e00"), relation[diffing.Reworded])).Background(statusBg))
	s.Help = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.Heading = newInk(lipgloss.NewStyle().Bold(true).Foreground(accent))
	s.Message = newInk(lipgloss.NewStyle().Foreground(text))
	s.Loading = lipgloss.NewStyle()
	keyStyle, descStyle := lipgloss.NewStyle().Foreground(strong), lipgloss.NewStyle().Foreground(muted)
	sepStyle := lipgloss.NewStyle().Foreground(mark)
	s.KeyHelp = help.Styles{ShortKey: keyStyle, ShortDesc: descStyle, ShortSeparator: sepStyle, Ellipsis: descStyle,
		FullKey: keyStyle, FullDesc: descStyle, FullSeparator: sepStyle}
	return s
}

// shareStep picks the colour step for a match shared by members of
// reports reports: the first step for two, the last for all.
func shareStep(members, reports int) int {
	if reports <= 2 {
		return shareSteps - 1
	}
	return clamp((members-2)*(shareSteps-1)/(reports-2), 0, shareSteps-1)
}
