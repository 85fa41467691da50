package insight

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

func TestDebugSeeds(t *testing.T) {
	var arts []*model.Article
	for _, name := range []string{"1-white-house-confirms-message.txt", "2-white-house-admits-message.txt"} {
		data, _ := os.ReadFile(filepath.Join("../seeds", name))
		arts = append(arts, model.Parse(name, string(data), model.UnitSentence))
	}
	al := diffing.Align(arts, diffing.DefaultConfig())
	an := Analyze(al)
	for _, q := range an.Quotes {
		fmt.Println("QUOTE")
		for _, v := range q.Variants {
			art := arts[v.Article]
			fmt.Printf("  [%d p%d] %s | %s | %q speaker=%q name=%q key=%q via=%q sim=%.2f drift=%v refdrift=%v\n", v.Article, v.Passage, v.Wording, v.Attribution, v.Text(art), v.Speaker.Text, v.Speaker.Name, v.Speaker.Key, v.Via.Name, v.Similarity, texts(art, v.Drift), texts(arts[q.Variants[0].Article], v.ReferenceDrift))
		}
	}
	for _, f := range an.Facts {
		fmt.Printf("FACT %s %q %q reports=%v n=%d\n", f.Kind, f.Key, f.Label, f.Reports, len(f.Mentions))
	}
	for _, c := range an.Conflicts {
		fmt.Printf("CONFLICT %+v\n", c)
	}
	for _, c := range an.Coverage {
		fmt.Printf("COVERAGE %d passages=%d matched=%d unique=%d shared=%v\n", c.Article, c.Passages, c.Matched, c.Unique, c.Shared)
		for _, s := range c.Sources {
			fmt.Printf("   %s %q %s credits=%d\n", s.Key, s.Name, s.Kind, s.Credits)
		}
	}
}

func texts(art *model.Article, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, art.Text[s.Start:s.End])
	}
	return out
}
