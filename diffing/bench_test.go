package diffing

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// scaleDir returns the directory holding two long translations of one text
// (King James and World English Bible): the shared data beside the
// project's checkout (or beside the folder of its worktrees), or "".
func scaleDir() string {
	for _, dir := range []string{"../../shared/data/scale", "../../../shared/data/scale"} {
		if _, err := os.Stat(filepath.Join(dir, "bible-kjv.txt")); err == nil {
			return dir
		}
	}
	return ""
}

// firstWords returns the paragraphs of text up to and including the one in
// which the n-th word falls.
func firstWords(text string, n int) string {
	words := 0
	for i := 0; i < len(text); {
		end := strings.Index(text[i:], "\n\n")
		if end < 0 {
			return text
		}
		words += len(strings.Fields(text[i : i+end]))
		i += end + 2
		if words >= n {
			return text[:i]
		}
	}
	return text
}

// BenchmarkAlign aligns the first 1k, 10k and 100k words of two Bible
// translations, cut to size by paragraph, at the default settings:
//
//	go test ./diffing -run '^$' -bench Align -benchmem
//
// It is skipped when the shared data is absent.
func BenchmarkAlign(b *testing.B) {
	dir := scaleDir()
	kjv, errA := os.ReadFile(filepath.Join(dir, "bible-kjv.txt"))
	web, errB := os.ReadFile(filepath.Join(dir, "bible-web.txt"))
	if dir == "" || errA != nil || errB != nil {
		b.Skip("no shared/data/scale beside the project")
	}
	for _, n := range []int{1_000, 10_000, 100_000} {
		a := model.Parse("kjv", firstWords(string(kjv), n), model.UnitSentence)
		c := model.Parse("web", firstWords(string(web), n), model.UnitSentence)
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			b.ReportAllocs()
			var matches int
			for b.Loop() {
				matches = len(Align([]*model.Article{a, c}, DefaultConfig()).Matches)
			}
			b.ReportMetric(float64(matches), "matches")
		})
	}
}
