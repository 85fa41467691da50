package insight

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// analyze aligns and analyses reports given as text.
func analyze(t testing.TB, reports ...string) (*diffing.Alignment, *Analysis) {
	t.Helper()
	arts := make([]*model.Article, len(reports))
	for i, r := range reports {
		arts[i] = model.Parse(string(rune('a'+i))+".txt", r, model.UnitSentence)
	}
	al := diffing.Align(arts, diffing.DefaultConfig())
	return al, Analyze(al)
}

// seedAlignment aligns the built-in reports.
func seedAlignment(t testing.TB) *diffing.Alignment {
	t.Helper()
	var arts []*model.Article
	for _, name := range []string{"1-white-house-confirms-message.txt", "2-white-house-admits-message.txt"} {
		data, err := os.ReadFile(filepath.Join("../seeds", name))
		require.NoError(t, err)
		arts = append(arts, model.Parse(name, string(data), model.UnitSentence))
	}
	return diffing.Align(arts, diffing.DefaultConfig())
}

// quoteTexts returns the text of every quotation of one report, with its
// speaker's name.
func quoteTexts(al *diffing.Alignment, an *Analysis, article int) [][2]string {
	var out [][2]string
	for _, q := range an.Quotes {
		for _, v := range q.Variants {
			if v.Article == article && v.Wording != Paraphrased {
				out = append(out, [2]string{v.Text(al.Articles[article]), v.Speaker.Name})
			}
		}
	}
	return out
}

// spanTexts returns the text of spans of an article.
func spanTexts(art *model.Article, spans []Span) []string {
	out := []string{}
	for _, s := range spans {
		out = append(out, art.Text[s.Start:s.End])
	}
	return out
}
