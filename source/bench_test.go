package source

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/internal/scaletext"
)

// BenchmarkOpen reads, decodes and parses the two files of the scale pair
// (see package scaletext) as the command does, at 1k, 10k, 100k and 1M
// words a side:
//
//	go test ./source -run '^$' -bench Open -benchmem
//
// It is skipped when the shared data is absent.
func BenchmarkOpen(b *testing.B) {
	dir := scaletext.Dir()
	if dir == "" {
		b.Skip("no shared/data/scale beside the project (set PARALLAX_SCALE_DATA)")
	}
	for _, n := range scaletext.Sizes {
		b.Run(sizeName(n), func(b *testing.B) {
			x, y, err := scaletext.Pair(dir, n, false)
			if err != nil {
				b.Fatal(err)
			}
			files := []string{filepath.Join(b.TempDir(), "kjv.txt"), filepath.Join(b.TempDir(), "web.txt")}
			for k, text := range []string{x, y} {
				if err := os.WriteFile(files[k], []byte(text), 0o644); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(x) + len(y)))
			var passages int
			for b.Loop() {
				res, err := Open(context.Background(), files, Options{}, nil)
				if err != nil {
					b.Fatal(err)
				}
				passages = len(res.Articles[0].Passages) + len(res.Articles[1].Passages)
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
