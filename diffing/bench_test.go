package diffing

import (
	"context"
	"fmt"
	"testing"

	"github.com/parallax-reader/parallax/internal/scaletext"
	"github.com/parallax-reader/parallax/model"
)

// The benchmarks below measure the stages of alignment on two Bible
// translations (see package scaletext) at 1k, 10k, 100k and 1M words a
// side, with the second side's chapters in order and shuffled:
//
//	go test ./diffing -run '^$' -bench . -benchmem
//	go test ./diffing -run '^$' -bench 'Align/100k' -benchmem
//
// They are skipped when the shared data is absent.

// scaleArticles parses the scale pair at words words a side.
func scaleArticles(b *testing.B, words int, shuffled bool) []*model.Article {
	b.Helper()
	dir := scaletext.Dir()
	if dir == "" {
		b.Skip("no shared/data/scale beside the project (set PARALLAX_SCALE_DATA)")
	}
	x, y, err := scaletext.Pair(dir, words, shuffled)
	if err != nil {
		b.Fatal(err)
	}
	return []*model.Article{model.Parse("kjv", x, model.UnitSentence), model.Parse("web", y, model.UnitSentence)}
}

// eachScale runs bench for every size, ordered and shuffled.
func eachScale(b *testing.B, bench func(b *testing.B, articles []*model.Article)) {
	for _, n := range scaletext.Sizes {
		for _, shuffled := range []bool{false, true} {
			name := sizeName(n)
			if shuffled {
				name += "-shuffled"
			}
			b.Run(name, func(b *testing.B) { bench(b, scaleArticles(b, n, shuffled)) })
		}
	}
}

// sizeName names a benchmark size: 1k, 10k, 100k, 1M.
func sizeName(words int) string {
	if words >= 1_000_000 {
		return fmt.Sprintf("%dM", words/1_000_000)
	}
	return fmt.Sprintf("%dk", words/1000)
}

// BenchmarkAlign aligns the pair at the default settings: every stage.
func BenchmarkAlign(b *testing.B) {
	eachScale(b, func(b *testing.B, articles []*model.Article) {
		b.ReportAllocs()
		var matches int
		for b.Loop() {
			matches = len(Align(articles, DefaultConfig()).Matches)
		}
		b.ReportMetric(float64(matches), "matches")
	})
}

// BenchmarkIndex measures the first stage: reading the words, weighing
// them and building the inverted indexes (newCorpus).
func BenchmarkIndex(b *testing.B) {
	eachScale(b, func(b *testing.B, articles []*model.Article) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := newCorpus(context.Background(), articles, true); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkMatch measures the second stage: candidate search, the link
// model's two stages and the backbone, to the coherent groups of linked
// passages.
func BenchmarkMatch(b *testing.B) {
	eachScale(b, func(b *testing.B, articles []*model.Article) {
		c, err := newCorpus(context.Background(), articles, true)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		var groups []group
		for b.Loop() {
			if groups, err = c.link(context.Background(), DefaultConfig()); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(groups)), "matches")
	})
}

// BenchmarkWordDiff measures the last stage: scoring every match and
// diffing its words.
func BenchmarkWordDiff(b *testing.B) {
	eachScale(b, func(b *testing.B, articles []*model.Article) {
		c, err := newCorpus(context.Background(), articles, true)
		if err != nil {
			b.Fatal(err)
		}
		groups, err := c.link(context.Background(), DefaultConfig())
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.buildMatches(context.Background(), groups, DefaultConfig(), nil); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(groups)), "matches")
	})
}
