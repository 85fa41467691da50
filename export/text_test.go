package export

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

func writeText(t *testing.T, arts []*model.Article) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteText(&buf, diffing.Align(arts, diffing.DefaultConfig())))
	return buf.String()
}

func TestWriteTextMarksKirbysWordsInBothReports(t *testing.T) {
	out := writeText(t, seedArticles(t))
	lines := strings.Split(out, "\n")
	assert.Equal(t, "parallax: 2 reports, 4 matches", lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "[1] 1-white-house-confirms-message.txt · 2023-10-26 · 14 passages"), lines[1])

	at := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "== match 2 · reworded") {
			at = i
		}
	}
	require.GreaterOrEqual(t, at, 0, "Kirby's match has a block:\n%s", out)
	// "said" is in both sentences, at other places: no difference to mark.
	assert.Contains(t, lines[at+1], "[1] ¶2 “There was a direct message [-relayed-],” White House [-spokesperson-] John Kirby said at a press")
	assert.Contains(t, lines[at+2], `[2] ¶2 "There was a direct message {+conveyed+}," said White House {+spokesman+} John Kirby at a press {+conference,`)
}

func TestWriteTextPutsEveryPassageOnOneLineInTheFirstReportsOrder(t *testing.T) {
	arts := seedArticles(t)
	out := writeText(t, arts)
	for a, art := range arts {
		for _, p := range art.Passages {
			// Each passage's opening words appear once, on a line naming
			// its report.
			head := model.Printable(p.Text)
			head = head[:min(len(head), 25)]
			for !utf8.ValidString(head) {
				head = head[:len(head)-1]
			}
			found := 0
			unmarked := strings.NewReplacer("[-", "", "-]", "", "{+", "", "+}", "").Replace(out)
			for _, l := range strings.Split(unmarked, "\n") {
				if strings.Contains(l, head) && strings.Contains(l, "["+string(rune('1'+a))+"] ¶") {
					found++
				}
			}
			assert.GreaterOrEqual(t, found, 1, "passage %q of report %d", head, a+1)
		}
	}
	assert.Contains(t, out, "\n~ [1] ¶", "noise is marked")
	assert.Contains(t, out, "\n+ [2] ¶", "unique passages are marked")
	first := strings.Index(out, "== match 1 ")
	second := strings.Index(out, "== match 2 ")
	assert.Less(t, first, second, "rows follow the first report")
}

func TestWriteTextMarksAMovedPassage(t *testing.T) {
	a := "The storm destroyed three hundred homes along the northern coast on Monday.\n" +
		"Mayor Elena Ruiz declared a state of emergency for the whole province.\n" +
		"Volunteers opened twelve shelters in schools and churches across the region.\n"
	b := "Volunteers opened twelve shelters in schools and churches across the region.\n" +
		"The storm destroyed three hundred homes along the northern coast on Monday.\n" +
		"Mayor Elena Ruiz declared a state of emergency for the whole province.\n"
	out := writeText(t, []*model.Article{model.Parse("a.txt", a, model.UnitLine), model.Parse("b.txt", b, model.UnitLine)})
	assert.Contains(t, out, "[2] ¶1 (↑ moved) Volunteers opened twelve shelters")
}

func TestWriteTextNeverEmitsControlCharacters(t *testing.T) {
	hostile := "Title \x1b]0;pwned\x07 here\n\n" +
		"Troops moved \x1b[2J\x1b]52;c;ZXZpbA==\x07 into the \u202ecity\u202c on Monday \u0085 night \x9b31m today.\n" +
		"Officials \x1b]8;;http://evil.example\x1b\\confirmed\x1b]8;;\x1b\\ the move \u2066quietly\u2069.\n"
	other := "Troops moved into the city on Monday night, officials \x1b[31msaid\x1b[0m.\n"
	out := writeText(t, []*model.Article{
		model.Parse("a\x1b[31m.txt", hostile, model.UnitSentence),
		model.Parse("b.txt", other, model.UnitSentence),
	})
	for _, r := range out {
		assert.False(t, r < 0x20 && r != '\n', "a C0 control %U in %q", r, out)
		assert.False(t, r >= 0x7f && r <= 0x9f, "DEL or a C1 control %U", r)
		assert.False(t, model.IsBidiControl(r), "a bidi control %U", r)
	}
	assert.NotContains(t, out, "\x1b")
	assert.Contains(t, out, "␛]0;pwned␇", "escapes show as visible placeholders")
	assert.Contains(t, out, "a␛[31m.txt", "file names too")
}
