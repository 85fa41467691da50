package source

import (
	"context"
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
	scaletext.EachSize(b, func(b *testing.B, x, y string) {
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
