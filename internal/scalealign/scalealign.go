// Package scalealign aligns the scale pair of package scaletext for the
// benchmarks of packages that start from an alignment (insight, export,
// tui). Aligning the larger sizes takes seconds, so each size is aligned
// once per test binary and shared by the benchmarks that ask for it.
//
// It is a package of its own because scaletext serves the benchmarks of
// model and diffing too, and so cannot import them.
package scalealign

import (
	"sync"
	"testing"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/internal/scaletext"
	"github.com/parallax-reader/parallax/model"
)

var (
	mu         sync.Mutex
	alignments = map[int]*diffing.Alignment{}
)

// Alignment returns the two translations cut to about words words a side
// (scaletext.Pair, in their own order), parsed into sentences and aligned
// with the default configuration. It skips tb when the data is absent or
// cannot be read.
func Alignment(tb testing.TB, words int) *diffing.Alignment {
	tb.Helper()
	mu.Lock()
	defer mu.Unlock()
	if al, ok := alignments[words]; ok {
		return al
	}
	dir := scaletext.Dir()
	if dir == "" {
		tb.Skip(scaletext.Missing)
	}
	x, y, err := scaletext.Pair(dir, words, false)
	if err != nil {
		tb.Skip(err)
	}
	arts := []*model.Article{
		model.Parse(scaletext.Files[0], x, model.UnitSentence),
		model.Parse(scaletext.Files[1], y, model.UnitSentence),
	}
	al := diffing.Align(arts, diffing.DefaultConfig())
	alignments[words] = al
	return al
}

// EachSize runs bench as a sub-benchmark at each of scaletext.Sizes, named
// by scaletext.SizeName, with the alignment at that size.
func EachSize(b *testing.B, bench func(b *testing.B, al *diffing.Alignment)) {
	for _, words := range scaletext.Sizes {
		b.Run(scaletext.SizeName(words), func(b *testing.B) { bench(b, Alignment(b, words)) })
	}
}
