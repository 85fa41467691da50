// Package scaletext builds the long inputs parallax is measured on: two
// English translations of one text, the King James and the World English
// Bible (one chapter per line, chapters separated by blank lines, about
// 0.8 million words each), cut to a number of words per side, with the
// second side's chapters in their own order or shuffled. The files are
// shared data beside the project, never part of it; benchmarks and
// scripts/bench.sh find them with Dir and skip or stop without them.
package scaletext

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Files are the two translations, first and second side.
var Files = [2]string{"bible-kjv.txt", "bible-web.txt"}

// Sizes are the words per side the stages are measured at.
var Sizes = []int{1_000, 10_000, 100_000, 1_000_000}

// SizeName names a size as the benchmarks do: 1k, 10k, 100k, 1M.
func SizeName(words int) string {
	if words >= 1_000_000 {
		return fmt.Sprintf("%dM", words/1_000_000)
	}
	return fmt.Sprintf("%dk", words/1000)
}

// EachSize runs bench as a sub-benchmark at each of Sizes, named by
// SizeName, with the two sides cut to that size in their own order. It
// skips b when the data is absent.
func EachSize(b *testing.B, bench func(b *testing.B, x, y string)) {
	dir := Dir()
	if dir == "" {
		b.Skip(Missing)
	}
	for _, n := range Sizes {
		b.Run(SizeName(n), func(b *testing.B) {
			x, y, err := Pair(dir, n, false)
			if err != nil {
				b.Fatal(err)
			}
			bench(b, x, y)
		})
	}
}

// Missing is the reason benchmarks give for skipping without the data.
const Missing = "no shared/data/scale beside the project (set PARALLAX_SCALE_DATA)"

// shuffleSeed fixes the order of shuffled chapters, so that every run
// measures the same input.
const shuffleSeed = 6

// Dir returns the directory holding the translations: $PARALLAX_SCALE_DATA
// when set, otherwise shared/data/scale beside the working directory or
// one of its parents; "" when there is none.
func Dir() string {
	if dir := os.Getenv("PARALLAX_SCALE_DATA"); dir != "" {
		return dir
	}
	dir, err := filepath.Abs(".")
	if err != nil {
		return ""
	}
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		candidate := filepath.Join(dir, "shared", "data", "scale")
		if _, err := os.Stat(filepath.Join(candidate, Files[0])); err == nil {
			return candidate
		}
	}
	return ""
}

// Pair returns the two sides cut to about words words each (whole
// chapters, the file read again from its start when it runs out); when
// shuffled is set, the second side's chapters are in an order shuffled by
// a fixed seed, so that nothing after the first chapter is where the first
// side has it.
func Pair(dir string, words int, shuffled bool) (a, b string, err error) {
	var sides [2]string
	for k, name := range Files {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return "", "", fmt.Errorf("scale text: %w", err)
		}
		chapters := Cut(string(data), words)
		if shuffled && k == 1 {
			r := rand.New(rand.NewPCG(shuffleSeed, shuffleSeed))
			r.Shuffle(len(chapters), func(i, j int) { chapters[i], chapters[j] = chapters[j], chapters[i] })
		}
		sides[k] = strings.Join(chapters, "\n\n") + "\n"
	}
	return sides[0], sides[1], nil
}

// Cut returns the first chapters (non-blank lines) of text holding at
// least words words, starting again from the first chapter when text runs
// out.
func Cut(text string, words int) []string {
	all := Chapters(text)
	var out []string
	for n, i := 0, 0; n < words && len(all) > 0; i = (i + 1) % len(all) {
		out = append(out, all[i])
		n += len(strings.Fields(all[i]))
	}
	return out
}

// Chapters returns the non-blank lines of text, trimmed.
func Chapters(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// Words counts the words of text as wc -w does: runs of non-space.
func Words(text string) int { return len(strings.Fields(text)) }
