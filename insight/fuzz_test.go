package insight

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// FuzzAnalyze checks that any pair of texts analyses without panic and that
// every span points inside its article, on character boundaries.
func FuzzAnalyze(f *testing.F) {
	f.Add("“A quote,” he said.", `"A quote," said Mr. Smith.`)
	f.Add("“Open quote\n\n“Still open", "At least 1,400 people on Thursday, October 27, 2023.")
	f.Add("'single' ‘curly’ «guillemet» „low“", "nearly forty-two and one hundred thousand 12:30 $5 38%")
	f.Add("according to\n said\n, said", "The the The. “”\"\"")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) || a == "" || b == "" {
			t.Skip()
		}
		al, an := analyze(t, a, b)
		check := func(article int, s Span) {
			text := al.Articles[article].Text
			require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(text), "span %v in %d bytes", s, len(text))
			require.True(t, utf8.ValidString(text[s.Start:s.End]), "span %v cuts a character", s)
		}
		for _, q := range an.Quotes {
			for _, v := range q.Variants {
				for _, p := range v.Parts {
					check(v.Article, p)
				}
				for _, s := range v.Drift {
					check(v.Article, s)
				}
				for _, s := range v.ReferenceDrift {
					check(q.Variants[0].Article, s)
				}
				require.Less(t, v.Passage, len(al.Articles[v.Article].Passages))
			}
		}
		for _, fact := range an.Facts {
			for _, m := range fact.Mentions {
				check(m.Article, m.Span)
			}
		}
		for _, c := range an.Conflicts {
			check(c.Sides[0].Article, c.Sides[0].Span)
			check(c.Sides[1].Article, c.Sides[1].Span)
		}
	})
}

func BenchmarkAnalyzeSeeds(b *testing.B) {
	al := seedAlignment(b)
	b.ResetTimer()
	for b.Loop() {
		Analyze(al)
	}
}
