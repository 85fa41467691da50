package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/internal/scaletext"
	"github.com/parallax-reader/parallax/source"
)

// The benchmarks below run the command's pipeline on the scale pair (see
// package scaletext) written to files, at 1k, 10k, 100k and 1M words a
// side, with the second side's chapters in order and shuffled:
//
//	go test ./cmd/parallax -run '^$' -bench . -benchmem
//
// They are skipped when the shared data is absent. scripts/bench.sh times
// the built binary against git's word diff on the same pairs.

// scaleFiles writes the scale pair at words words a side to files.
func scaleFiles(b *testing.B, words int, shuffled bool) []string {
	b.Helper()
	dir := scaletext.Dir()
	if dir == "" {
		b.Skip("no shared/data/scale beside the project (set PARALLAX_SCALE_DATA)")
	}
	x, y, err := scaletext.Pair(dir, words, shuffled)
	if err != nil {
		b.Fatal(err)
	}
	files := []string{filepath.Join(b.TempDir(), "kjv.txt"), filepath.Join(b.TempDir(), "web.txt")}
	for k, text := range []string{x, y} {
		if err := os.WriteFile(files[k], []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return files
}

// eachScale runs bench for every size, ordered and shuffled.
func eachScale(b *testing.B, bench func(b *testing.B, files []string)) {
	for _, n := range scaletext.Sizes {
		for _, shuffled := range []bool{false, true} {
			name := fmt.Sprint(n/1000, "k")
			if n >= 1_000_000 {
				name = fmt.Sprint(n/1_000_000, "M")
			}
			if shuffled {
				name += "-shuffled"
			}
			b.Run(name, func(b *testing.B) { bench(b, scaleFiles(b, n, shuffled)) })
		}
	}
}

// BenchmarkLoadAndAlign reads, parses and aligns the two files: the
// command's work before any output.
func BenchmarkLoadAndAlign(b *testing.B) {
	eachScale(b, func(b *testing.B, files []string) {
		b.ReportAllocs()
		for b.Loop() {
			res, err := source.Open(context.Background(), files, source.Options{}, nil)
			if err != nil {
				b.Fatal(err)
			}
			diffing.Align(res.Articles, diffing.DefaultConfig())
		}
	})
}

// BenchmarkJSON is the whole of parallax --format json A B > /dev/null:
// loading, aligning, the analysis and the export.
func BenchmarkJSON(b *testing.B) {
	eachScale(b, func(b *testing.B, files []string) {
		b.ReportAllocs()
		args := append([]string{"--format", "json"}, files...)
		for b.Loop() {
			if code := run(args, io.Discard, io.Discard); code != 0 {
				b.Fatalf("exit status %d", code)
			}
		}
	})
}
