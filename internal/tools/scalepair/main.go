//go:build tools

// Command scalepair writes the pair of long inputs scripts/bench.sh
// measures on (see package scaletext): two files of about N words each,
// the second with its chapters shuffled when asked.
//
//	go run -tags tools ./internal/tools/scalepair -words 100000 [-shuffled] OUT_A OUT_B
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/parallax-reader/parallax/internal/scaletext"
)

func main() {
	words := flag.Int("words", 100_000, "words per side")
	shuffled := flag.Bool("shuffled", false, "shuffle the second side's chapters")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: scalepair [-words N] [-shuffled] OUT_A OUT_B")
		os.Exit(2)
	}
	dir := scaletext.Dir()
	if dir == "" {
		fmt.Fprintln(os.Stderr, "scalepair: no shared/data/scale found (set PARALLAX_SCALE_DATA)")
		os.Exit(1)
	}
	a, b, err := scaletext.Pair(dir, *words, *shuffled)
	if err == nil {
		err = os.WriteFile(flag.Arg(0), []byte(a), 0o644)
	}
	if err == nil {
		err = os.WriteFile(flag.Arg(1), []byte(b), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "scalepair:", err)
		os.Exit(1)
	}
}
