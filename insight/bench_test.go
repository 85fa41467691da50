package insight

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// The scale benchmarks run on two translations of the Bible (King James
// and World English), one chapter a line, from the shared data beside the
// repository (or the folder PARALLAX_SCALE_DATA names), cut by lines to
// about 1k, 10k, 100k and 1M words a side (the 1M input is each file
// followed by a second copy). They skip when the files are absent.
// Aligning the larger inputs takes seconds, so each size is aligned once
// per test binary:
//
//	go test ./insight -run '^$' -bench Analyze -benchmem
//	go test ./insight -run '^$' -bench 'Analyze/(1k|10k|100k)$' -benchmem

// scaleSizes are the benchmark sizes, in words per side.
var scaleSizes = []struct {
	name  string
	words int
}{{"1k", 1_000}, {"10k", 10_000}, {"100k", 100_000}, {"1M", 1_000_000}}

var (
	scaleMu   sync.Mutex
	scaleAlns = map[int]*diffing.Alignment{}
)

// scaleAlignment returns the two translations cut to about words words a
// side, aligned, or skips the benchmark when the data is absent.
func scaleAlignment(b *testing.B, words int) *diffing.Alignment {
	b.Helper()
	scaleMu.Lock()
	defer scaleMu.Unlock()
	if al, ok := scaleAlns[words]; ok {
		return al
	}
	dir := scaleDir()
	if dir == "" {
		b.Skip("scale data not found (set PARALLAX_SCALE_DATA)")
	}
	var arts []*model.Article
	for _, name := range []string{"bible-kjv.txt", "bible-web.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b.Skip(err)
		}
		arts = append(arts, model.Parse(name, cutToWords(string(data), words), model.UnitSentence))
	}
	al := diffing.Align(arts, diffing.DefaultConfig())
	scaleAlns[words] = al
	return al
}

// scaleDir finds the scale data: PARALLAX_SCALE_DATA, or shared/data/scale
// beside one of the directories above this one.
func scaleDir() string {
	if dir := os.Getenv("PARALLAX_SCALE_DATA"); dir != "" {
		return dir
	}
	dir, err := filepath.Abs(".")
	if err != nil {
		return ""
	}
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		candidate := filepath.Join(dir, "shared", "data", "scale")
		if _, err := os.Stat(filepath.Join(candidate, "bible-kjv.txt")); err == nil {
			return candidate
		}
	}
	return ""
}

// cutToWords returns whole lines of text, starting over from the top when
// the text runs out, until they hold at least words words.
func cutToWords(text string, words int) string {
	if len(strings.Fields(text)) == 0 {
		return text
	}
	lines := strings.SplitAfter(text, "\n")
	var b strings.Builder
	for n := 0; n < words; {
		for _, line := range lines {
			if !strings.HasSuffix(line, "\n") {
				line += "\n"
			}
			b.WriteString(line)
			if n += len(strings.Fields(line)); n >= words {
				break
			}
		}
	}
	return b.String()
}

// BenchmarkAnalyze analyses the aligned translations at each size.
func BenchmarkAnalyze(b *testing.B) {
	for _, size := range scaleSizes {
		b.Run(size.name, func(b *testing.B) {
			al := scaleAlignment(b, size.words)
			b.ReportAllocs()
			b.ResetTimer()
			var an *Analysis
			for b.Loop() {
				an = Analyze(al)
			}
			b.ReportMetric(float64(len(an.Quotes)), "quotes")
			b.ReportMetric(float64(len(an.Facts)), "facts")
		})
	}
}
