package model

import (
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
	scaletext.EachSize(b, func(b *testing.B, x, y string) {
		b.ReportAllocs()
		b.SetBytes(int64(len(x) + len(y)))
		var passages int
		for b.Loop() {
			passages = len(Parse("a", x, UnitSentence).Passages) + len(Parse("b", y, UnitSentence).Passages)
		}
		b.ReportMetric(float64(passages), "passages")
	})
}
