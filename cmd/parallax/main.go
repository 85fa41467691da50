// Command parallax is a terminal reader for comparing reports of the same
// event: it shows them side by side, aligns the passages that tell the same
// thing and highlights the wording that differs. Run it with no arguments
// to open the built-in example, or with 2 to 8 reports (files, directories,
// standard input, web pages); see --help.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/export"
	"github.com/parallax-reader/parallax/internal/interrupt"
	"github.com/parallax-reader/parallax/model"
)

func main() {
	// Standard error carries parallax's own one-line messages only: a
	// library writing to the standard logger (net/http's transport does,
	// about a misbehaving server) would put raw lines on the terminal.
	log.SetOutput(io.Discard)
	// An interrupt (ctrl+c) ends a batch run, or the reading of reports
	// before the reader shows; once the reader runs, it handles ctrl+c
	// itself.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := runInput(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole program, reading standard input from os.Stdin; it
// returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return runInput(context.Background(), args, os.Stdin, stdout, stderr)
}

// runOptions does what the parsed command line asks: open the reader,
// or write the comparison to stdout.
func runOptions(ctx context.Context, opts options, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg := diffing.DefaultConfig()
	cfg.MinScore = opts.minScore
	stdin, err := readTerminalFirst(ctx, opts, stdin, stderr)
	if err != nil {
		return err
	}
	if opts.format == "tui" && !opts.ui.print && isTerminal(stdout) {
		return runReader(ctx, opts, cfg, stdin, stderr)
	}
	return runBatch(ctx, opts, cfg, stdin, stdout, stderr)
}

// align is the alignment a batch run makes; tests replace it with one
// that takes its time.
var align = diffing.Align

// runBatch reads the reports, aligns them and writes the result to
// stdout. Cancelling ctx (ctrl+c) ends it at once, whatever phase is
// running: reading honours ctx, and alignment, analysis and writing,
// which cannot be interrupted, are left to end with the process.
func runBatch(ctx context.Context, opts options, cfg diffing.Config, stdin io.Reader, stdout, stderr io.Writer) error {
	// The collector's pace for a batch run is set before reading, which
	// allocates too, and the limit raised once the reports' size is known.
	limitMemory(nil)
	loaded, err := loadInputs(ctx, opts, stdin, stderr)
	if err != nil {
		return err
	}
	limitMemory(loaded.Articles)
	alignReports, write := align, exporters[opts.format]
	if write == nil {
		write = export.WriteText // the reader's format, but --print or not a terminal
	}
	_, err = interrupt.Within(ctx, func() (struct{}, error) {
		al := alignReports(loaded.Articles, cfg)
		if err := ctx.Err(); err != nil {
			return struct{}{}, err // interrupted while aligning: write nothing
		}
		return struct{}{}, write(stdout, al)
	})
	return err
}

// exitStatus prints err, if any, as one line and returns the exit status:
// 130 after an interrupt (ctrl+c), 2 for a mistake on the command line
// or in the config file, 1 for any other error.
func exitStatus(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errReaderInterrupted):
		return 130 // the reader was on screen: nothing to say
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "parallax: interrupted")
		return 130
	}
	// Errors can quote input names and page text: make them printable.
	fmt.Fprintf(stderr, "parallax: %s\n", model.Printable(err.Error()))
	var config *configError
	if errors.As(err, &config) {
		return 2
	}
	if isUsageError(err) {
		fmt.Fprintln(stderr, "Run 'parallax --help' for usage.")
		return 2
	}
	return 1
}

// exporters are the formats written to standard output instead of opening
// the reader.
var exporters = map[string]func(io.Writer, *diffing.Alignment) error{
	"json":     export.WriteJSON,
	"markdown": export.WriteMarkdown,
	"html":     export.WriteHTML,
}
