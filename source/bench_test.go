package source

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// pathologicalMarkdown are inputs on which goldmark alone is superlinear
// (cmark's pathological tests, and the nested list), each made
// about size bytes long, after ordinary prose for comparison.
var pathologicalMarkdown = []struct {
	name string
	make func(size int) string
}{
	{"prose", func(size int) string {
		para := strings.Repeat("The *council* approved [the plan](https://example.com/plan) on `Monday`, officials said. ", 8)
		return strings.Repeat(para+"\n\n", size/(len(para)+2))
	}},
	{"nested-list", func(size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			b.WriteString(strings.Repeat("  ", i) + "- The council approved the plan.\n")
		}
		return b.String()
	}},
	{"nested-quotes", func(size int) string { return strings.Repeat(strings.Repeat(">", 1000)+" a\n", size/1003) }},
	{"list-markers", func(size int) string { return strings.Repeat(strings.Repeat("- ", 1000)+"a\n", size/2002) }},
	{"mismatched-emphasis", func(size int) string { return strings.Repeat(strings.Repeat("*a_ ", 250)+"\n\n", size/1002) }},
	{"unclosed-links", func(size int) string { return strings.Repeat(strings.Repeat("[a](b", 200)+"\n\n", size/1002) }},
	{"nested-brackets", func(size int) string { return strings.Repeat("[", size/2) + "a" + strings.Repeat("]", size/2) }},
	{"link-references", func(size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "[ref%d]: https://example.com/%d\n", i, i)
		}
		return b.String()
	}},
}

// BenchmarkPathologicalMarkdown renders a megabyte of each input on
// which goldmark alone is superlinear, as parallax bounds it (see
// mdbounds.go):
//
//	go test ./source -run '^$' -bench PathologicalMarkdown -benchmem
func BenchmarkPathologicalMarkdown(b *testing.B) {
	for _, p := range pathologicalMarkdown {
		src := p.make(1 << 20)
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				renderMarkdown(src)
			}
		})
	}
}
