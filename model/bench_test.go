package model

import (
	"fmt"
	"testing"

	"github.com/parallax-reader/parallax/internal/scaletext"
)

// BenchmarkParse cuts both sides of the scale pair (see package scaletext)
// into sentences, at 1k, 10k, 100k and 1M words a side:
//
//	go test ./model -run '^$' -bench Parse -benchmem
//
// It is skipped when the shared data is absent.
func BenchmarkParse(b *testing.B) {
	dir := scaletext.Dir()
	if dir == "" {
		b.Skip("no shared/data/scale beside the project (set PARALLAX_SCALE_DATA)")
	}
	for _, n := range scaletext.Sizes {
		x, y, err := scaletext.Pair(dir, n, false)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(sizeName(n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(x) + len(y)))
			var passages int
			for b.Loop() {
				passages = len(Parse("a", x, UnitSentence).Passages) + len(Parse("b", y, UnitSentence).Passages)
			}
			b.ReportMetric(float64(passages), "passages")
		})
	}
}

// sizeName names a benchmark size: 1k, 10k, 100k, 1M.
func sizeName(words int) string {
	if words >= 1_000_000 {
		return fmt.Sprintf("%dM", words/1_000_000)
	}
	return fmt.Sprintf("%dk", words/1000)
}
