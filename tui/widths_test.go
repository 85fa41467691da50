package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/tui/cells"
)

// widthTexts aligns two reports whose first holds the characters that
// terminals and layouts count differently: soft hyphens, a lone regional
// indicator, Devanagari, emoji joined by ZWJ, flags, ☺ with an emoji
// selector.
func widthTexts() *diffing.Alignment {
	first := "Title: Widths\n\n" +
		"The council met on Monday to discuss the inter\u00adnational budget and its con\u00adse\u00adquences for every district.\n\n" +
		"A lone indicator 🇺 stands here beside the words of the mayor.\n\n" +
		"The greeting नमस्ते opened the session in the old hall.\n\n" +
		"The firefighter 👩\u200d🚒 and the family 👨\u200d👩\u200d👧 were thanked by name.\n\n" +
		"Flags 🇺🇸 and 🇫🇷 flew over the square all day long.\n\n" +
		"A smile ☺\ufe0f closed the meeting before the vote.\n"
	second := "Title: Widths again\n\n" +
		"The council met on Monday to discuss the international budget and its consequences for each district.\n\n" +
		"The greeting was warm and the session opened in the old hall.\n\n" +
		"Flags flew over the square all day long, and the mayor spoke.\n"
	return alignTexts(namedText{"a.txt", first}, namedText{"b.txt", second})
}

// graphemeTerminal is the report of a terminal that clusters graphemes.
var graphemeTerminal = tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeSet}

// dividerColumns draws a frame as Bubble Tea's renderer does, into a cell
// buffer that counts cells by method, and returns the column of the first
// pane divider on each of the first rows rows.
func dividerColumns(t *testing.T, content string, width, height, rows int, method ansi.Method) []int {
	t.Helper()
	buf := uv.NewScreenBuffer(width, height)
	buf.Method = method
	uv.NewStyledString(content).Draw(buf, buf.Bounds())
	cols := make([]int, rows)
	for y := range rows {
		cols[y] = -1
		for x := range width {
			if c := buf.CellAt(x, y); c != nil && c.Content == "│" {
				cols[y] = x
				break
			}
		}
	}
	return cols
}

func TestTheDividerStaysInOneColumnWithCharactersOfEveryWidth(t *testing.T) {
	for _, tt := range []struct {
		name   string
		msgs   []tea.Msg
		method ansi.Method
		cells  cells.Method
	}{
		{"code points (tmux, xterm)", nil, ansi.WcWidth, cells.CodePoints},
		{"graphemes (mode 2027)", []tea.Msg{graphemeTerminal}, ansi.GraphemeWidth, cells.Graphemes},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, size := range [][2]int{{80, 24}, {60, 12}, {61, 30}, {120, 40}} {
				m := update(t, sized(t, widthTexts(), size[0], size[1]), tt.msgs...)
				require.Equal(t, tt.cells, m.desk.cells)
				for _, keys := range [][]string{nil, {"v"}, {"d"}, {"x", "j"}} {
					content := press(t, m, keys...).View().Content
					rows := m.desk.lay.paneHeight
					want := make([]int, rows)
					for i := range want {
						want[i] = m.desk.lay.paneWidths[0]
					}
					assert.Equal(t, want, dividerColumns(t, content, size[0], size[1], rows, tt.method), "%v %v", size, keys)
				}
			}
		})
	}
}

func TestSoftHyphensShowOnlyWhereALineBreaksAtThem(t *testing.T) {
	al := widthTexts()
	whole := screenText(sized(t, al, 80, 24))
	assert.Contains(t, whole, "international", "where the word is whole, nothing shows")
	assert.Contains(t, whole, "consequences")
	breaks := 0
	for width := 60; width <= 100; width++ {
		m := sized(t, al, width, 24)
		assert.NotContains(t, m.View().Content, "\u00ad", "a soft hyphen is never printed")
		for _, row := range screen(m) {
			left := strings.TrimRight(strings.SplitN(row, "│", 2)[0], " +≈~=·")
			for _, part := range []string{"inter-", "con-", "conse-"} {
				if strings.HasSuffix(left, " "+part) {
					breaks++
				}
			}
		}
	}
	assert.Positive(t, breaks, "at some widths a line breaks at a soft hyphen, with a hyphen")
}

func TestJoinedEmojiShowTheirPartsUnlessTheTerminalClustersGraphemes(t *testing.T) {
	m := sized(t, widthTexts(), 120, 40)
	assert.NotContains(t, m.View().Content, "\u200d", "no joiner is printed for a terminal that counts code points")
	assert.Contains(t, screenText(m), "👩🚒")
	m = update(t, m, graphemeTerminal)
	assert.Contains(t, m.View().Content, "👩\u200d🚒", "a terminal that clusters graphemes draws the joined emoji")
	assert.Contains(t, m.View().Content, "☺\ufe0f")
}

func TestAModeReportWithoutGraphemeClusteringKeepsCodePoints(t *testing.T) {
	m := sized(t, widthTexts(), 80, 24)
	for _, msg := range []tea.ModeReportMsg{
		{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeNotRecognized},
		{Mode: ansi.ModeUnicodeCore, Value: ansi.ModePermanentlyReset},
		{Mode: ansi.ModeSynchronizedOutput, Value: ansi.ModeSet},
	} {
		assert.Equal(t, cells.CodePoints, update(t, m, msg).desk.cells, "%+v", msg)
	}
	assert.Equal(t, cells.Graphemes, update(t, m, tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeReset}).desk.cells,
		"supported but off: Bubble Tea's renderer turns it on")
}

func TestScreensFitWithCharactersOfEveryWidth(t *testing.T) {
	for _, msgs := range [][]tea.Msg{nil, {graphemeTerminal}} {
		m := update(t, sized(t, widthTexts(), 80, 24), msgs...)
		for _, keys := range [][]string{nil, {"enter"}, {"?"}, {"v"}, {"/", "n", "a"}} {
			m2 := pressSearching(t, m, keys...)
			for _, size := range [][2]int{{60, 12}, {80, 24}, {200, 50}} {
				m2 = update(t, m2, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				content := m2.View().Content
				rows := strings.Split(content, "\n")
				require.Len(t, rows, size[1])
				for i, r := range rows {
					require.LessOrEqual(t, m2.desk.cells.Width(r), size[0], "%v row %d: %q", size, i, ansi.Strip(r))
				}
			}
		}
	}
}
