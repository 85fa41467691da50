package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/parallax-reader/parallax/internal/interrupt"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/source"
)

// loadInputs reads the reports named on the command line, or the built-in
// seed reports when none are named, and writes any warnings to stderr.
// While web pages load, progress shows on stderr when it is a terminal.
func loadInputs(ctx context.Context, opts options, stdin io.Reader, stderr io.Writer) (*source.Result, error) {
	status := progressLine(stderr)
	res, err := source.Open(ctx, opts.inputs, sourceOptions(opts, stdin), status)
	if status != nil {
		status("")
	}
	if err != nil {
		return nil, inputError(err)
	}
	printWarnings(stderr, res.Warnings)
	return res, nil
}

// stdinHint tells someone who named "-" with a terminal for standard
// input how to end what they type.
const stdinHint = "parallax: reading standard input from the terminal; end it with ctrl+d (ctrl+c cancels)"

// readTerminalFirst reads standard input to its end when the reports name
// "-" and standard input is a terminal, after saying how to end it, and
// returns what was typed in its place. The reader, which takes its keys
// from the terminal, then has it to itself: read behind the reader's
// loading screen, each key went to one of the two at random and q, ctrl+c
// and ctrl+d were lost. Piped input needs nothing of the kind (the reader
// takes its keys from the terminal device then).
func readTerminalFirst(ctx context.Context, opts options, stdin io.Reader, stderr io.Writer) (io.Reader, error) {
	f, ok := stdin.(*os.File)
	if !ok || !slices.Contains(opts.inputs, "-") || !term.IsTerminal(f.Fd()) {
		return stdin, nil
	}
	fmt.Fprintln(stderr, stdinHint)
	// A read of the terminal cannot be interrupted; ctrl+c, a signal
	// while the terminal is in its usual mode, cancels ctx.
	data, err := interrupt.Within(ctx, func() ([]byte, error) {
		return io.ReadAll(io.LimitReader(f, opts.maxSize+1))
	})
	switch {
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case err != nil:
		return nil, fmt.Errorf("standard input: cannot read it: %w", err)
	}
	return bytes.NewReader(data), nil
}

// sourceOptions are the command line's settings for reading reports.
func sourceOptions(opts options, stdin io.Reader) source.Options {
	return source.Options{
		Unit:      opts.unit,
		MaxBytes:  opts.maxSize,
		Timeout:   opts.timeout,
		UserAgent: userAgent(),
		Stdin:     stdin,
	}
}

// printWarnings writes each warning about the inputs as one line.
func printWarnings(stderr io.Writer, warnings []source.Warning) {
	for _, w := range warnings {
		fmt.Fprintf(stderr, "parallax: warning: %s\n", model.Printable(w.String()))
	}
}

// userAgent names parallax and its version to web servers:
// "parallax/v1.2.0 (+https://github.com/parallax-reader/parallax)".
func userAgent() string {
	version := "dev"
	if fields := strings.Fields(buildVersion()); len(fields) > 0 && !strings.HasPrefix(fields[0], "(") {
		version = fields[0]
	}
	return "parallax/" + version + " (+https://github.com/parallax-reader/parallax)"
}

// progressLine returns a function that shows progress on one line of
// stderr, rewritten in place, or nil when stderr is not a terminal.
// Messages from package source are already safe to print.
func progressLine(stderr io.Writer) func(string) {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return nil
	}
	return func(msg string) {
		if msg == "" {
			fmt.Fprint(f, "\r\x1b[2K")
			return
		}
		fmt.Fprintf(f, "\r\x1b[2Kparallax: %s", msg)
	}
}

// inputError turns a loading error into what the command reports: a usage
// error for a wrong number of reports, otherwise one line with a hint at
// the flag that would help.
func inputError(err error) error {
	var count *source.CountError
	switch {
	case errors.As(err, &count), errors.Is(err, source.ErrStdinTwice):
		return newUsageError("%s", err.Error())
	case errors.Is(err, source.ErrTooLarge):
		return fmt.Errorf("%w; raise the limit with --max-size", err)
	case errors.Is(err, source.ErrTimeout):
		return fmt.Errorf("%w; allow longer with --timeout", err)
	}
	return err
}
