package insight

import (
	"testing"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/internal/scalealign"
)

// The scale benchmarks analyse two translations of the Bible (see package
// scaletext) at 1k, 10k, 100k and 1M words a side, aligned once per test
// binary by package scalealign. They skip when the shared data is absent:
//
//	go test ./insight -run '^$' -bench Analyze -benchmem
//	go test ./insight -run '^$' -bench 'Analyze/(1k|10k|100k)$' -benchmem

// BenchmarkAnalyze analyses the aligned translations at each size.
func BenchmarkAnalyze(b *testing.B) {
	scalealign.EachSize(b, func(b *testing.B, al *diffing.Alignment) {
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
