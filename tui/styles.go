package tui

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"github.com/parallax-reader/parallax/diffing"
)

// Styles are every style the reader draws with. They are built once per
// background (dark or light) by newStyles, never inside View.
type Styles struct {
	// Relation colours the gutter of passages by how they relate.
	Relation [diffing.Identical + 1]lipgloss.Style
	// Current marks the gutter of the current match, per relation.
	Current [diffing.Identical + 1]lipgloss.Style

	Text      lipgloss.Style // prose in a match
	Unique    lipgloss.Style // prose no other report tells
	Noise     lipgloss.Style // furniture: credits, "SEE ALSO:"
	Changed   lipgloss.Style // words this report has and the other lacks
	Loose     lipgloss.Style // such words inside a merely related match
	Title     lipgloss.Style // pane title, focused
	TitleDim  lipgloss.Style // pane title, not focused
	Meta      lipgloss.Style // source, date and counts under a title
	Rule      lipgloss.Style // rule under a header and between panes
	RuleFocus lipgloss.Style // rule under the focused pane's header
	Status    lipgloss.Style // status bar
	StatusKey lipgloss.Style // emphasised part of the status bar
	Help      lipgloss.Style // frame of the full help
	Message   lipgloss.Style // notices such as "terminal too small"
}

// newStyles builds the styles for a dark or light terminal background.
func newStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	relation := [diffing.Identical + 1]color.Color{
		diffing.Unique:    ld(lipgloss.Color("#8250df"), lipgloss.Color("#d7a0f0")),
		diffing.Related:   ld(lipgloss.Color("#0969da"), lipgloss.Color("#6cb6ff")),
		diffing.Reworded:  ld(lipgloss.Color("#9a6700"), lipgloss.Color("#f2cc60")),
		diffing.Identical: ld(lipgloss.Color("#1a7f37"), lipgloss.Color("#7ee787")),
	}
	muted := ld(lipgloss.Color("#6e7781"), lipgloss.Color("#8b949e"))
	faint := ld(lipgloss.Color("#afb8c1"), lipgloss.Color("#484f58"))
	text := ld(lipgloss.Color("#1f2328"), lipgloss.Color("#e6edf3"))
	accent := ld(lipgloss.Color("#0969da"), lipgloss.Color("#58a6ff"))
	statusBg := ld(lipgloss.Color("#eaeef2"), lipgloss.Color("#21262d"))

	var s Styles
	for r, c := range relation {
		s.Relation[r] = lipgloss.NewStyle().Foreground(c)
		s.Current[r] = lipgloss.NewStyle().Reverse(true).Bold(true).Foreground(c)
	}
	s.Text = lipgloss.NewStyle().Foreground(text)
	s.Unique = lipgloss.NewStyle().Foreground(relation[diffing.Unique])
	s.Noise = lipgloss.NewStyle().Foreground(muted).Faint(true).Italic(true)
	s.Changed = lipgloss.NewStyle().Bold(true).Underline(true).
		Foreground(ld(lipgloss.Color("#24292f"), lipgloss.Color("#0d1117"))).
		Background(ld(lipgloss.Color("#ffd8a8"), lipgloss.Color("#e3b341")))
	s.Loose = lipgloss.NewStyle().Foreground(text).Underline(true)
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.TitleDim = lipgloss.NewStyle().Bold(true).Foreground(muted)
	s.Meta = lipgloss.NewStyle().Foreground(muted)
	s.Rule = lipgloss.NewStyle().Foreground(faint)
	s.RuleFocus = lipgloss.NewStyle().Foreground(accent)
	s.Status = lipgloss.NewStyle().Foreground(text).Background(statusBg)
	s.StatusKey = lipgloss.NewStyle().Bold(true).Foreground(accent).Background(statusBg)
	s.Help = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.Message = lipgloss.NewStyle().Foreground(text)
	return s
}
