package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// hostileJSON is article text with what must stay escaped in JSON: C0, C1
// and bidirectional controls, an invalid UTF-8 byte, line and paragraph
// separators, and markup that JSON leaves alone.
const hostileJSON = "Troops moved \x1b[2J\x1b]52;c;ZXZpbA==\x07 into the \u202ecity\u202c on Monday \u0085 night, " +
	"said <b>Mayor</b> Ann Lee & co. \xff\xfe broken \u2028 line \u2029 para \u061c mark \u200f rlm \x7f del.\n" +
	"“At least 1,400 people \x1b]8;;http://evil.example\x1b\\fled\x1b]8;;\x1b\\ the city on Monday,” said Mayor Ann Lee.\n"

// TestGoldenJSON compares the JSON of the seeds and of hostile text with
// testdata/TestGoldenJSON/*.golden, byte for byte. Rewrite them after an
// intended change with: go test ./export -run GoldenJSON -update
func TestGoldenJSON(t *testing.T) {
	for _, tc := range []struct {
		name string
		al   func() *diffing.Alignment
	}{
		{"seeds.json", func() *diffing.Alignment { return diffing.Align(seedArticles(t), diffing.DefaultConfig()) }},
		{"hostile.json", func() *diffing.Alignment {
			return diffing.Align([]*model.Article{
				model.Parse("a\x1b.txt", hostileJSON, model.UnitSentence),
				model.Parse("b.txt", strings.ReplaceAll(hostileJSON, "1,400", "1,200"), model.UnitSentence),
			}, diffing.DefaultConfig())
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, WriteJSON(&buf, tc.al()))
			golden.RequireEqual(t, buf.Bytes())
		})
	}
}
