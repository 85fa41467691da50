package export

import (
	"io"
	"testing"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/insight"
	"github.com/parallax-reader/parallax/internal/scalealign"
)

// The scale benchmarks write the JSON of two translations of the Bible
// (see package scaletext) at 1k, 10k, 100k and 1M words a side, aligned
// once per test binary by package scalealign. They skip when the shared
// data is absent:
//
//	go test ./export -run '^$' -bench JSON -benchmem
//	go test ./export -run '^$' -bench 'JSON/(1k|10k|100k)$' -benchmem
//
// BenchmarkWriteJSON is what --format json costs after alignment: the
// analysis and the encoding, which overlap. BenchmarkEncodeJSON is the
// encoding alone, the analysis made beforehand.

// countingWriter counts the bytes written to it.
type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

// BenchmarkWriteJSON writes the JSON of the aligned translations, the
// analysis included, at each size.
func BenchmarkWriteJSON(b *testing.B) {
	scalealign.EachSize(b, func(b *testing.B, al *diffing.Alignment) {
		b.ReportAllocs()
		b.ResetTimer()
		var out countingWriter
		for b.Loop() {
			out.n = 0
			if err := WriteJSON(&out, al); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(out.n), "bytes")
	})
}

// BenchmarkEncodeJSON writes the JSON of the aligned translations with
// their analysis made beforehand: the encoding alone.
func BenchmarkEncodeJSON(b *testing.B) {
	scalealign.EachSize(b, func(b *testing.B, al *diffing.Alignment) {
		an := insight.Analyze(al)
		given := func(*diffing.Alignment) *insight.Analysis { return an }
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			if err := writeJSON(io.Discard, al, given); err != nil {
				b.Fatal(err)
			}
		}
	})
}
