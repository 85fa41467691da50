package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/source"
)

// usage is the --help text. Keep it in step with the README.
const usage = `parallax compares reports of the same event side by side: it aligns the
passages that tell the same thing, even when reordered or reworded, and
highlights the words that differ.

Usage:
  parallax [flags]                  open the two built-in example reports
  parallax [flags] REPORT REPORT…   compare 2 to 8 reports

A REPORT is a text, Markdown or HTML file, a directory (every report in it,
in name order), - for standard input, or an http(s):// URL.

Flags:
  --format FORMAT    tui (default): the interactive reader
                     json: write the alignment to standard output
  --unit UNIT        passage unit: sentence (default), line (every non-empty
                     line is a passage, for pre-segmented input) or paragraph
  --min-score S      lowest similarity, 0 to 1, at which passages match
                     (default %.2f; higher is stricter)
  --timeout D        give up on a web page after D (default 20s)
  --max-size N       largest report read, file or page (default 50MB)
  --version          print the version and exit
  -h, --help         print this help and exit

In the reader, press ? for the keys, q to quit.
`

// options is the parsed command line.
type options struct {
	format   string
	unit     model.Unit
	minScore float64
	version  bool
	help     bool
	inputs   []string

	// Reading reports (see package source).
	timeout time.Duration
	maxSize int64
}

// usageError is a command-line mistake; it exits with status 2.
type usageError string

func (e usageError) Error() string { return string(e) }

// newUsageError reports a command-line mistake.
func newUsageError(format string, args ...any) error {
	return usageError(fmt.Sprintf(format, args...))
}

// isUsageError reports whether err is a command-line mistake.
func isUsageError(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

// parseArgs reads the command line. Flags may come before, between or after
// the file names; "--" ends the flags.
func parseArgs(args []string) (options, error) {
	opts := options{}
	var unit string
	fs := flag.NewFlagSet("parallax", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&opts.format, "format", "tui", "")
	fs.StringVar(&unit, "unit", "sentence", "")
	fs.Float64Var(&opts.minScore, "min-score", diffing.DefaultConfig().MinScore, "")
	fs.BoolVar(&opts.version, "version", false, "")
	fs.BoolVar(&opts.help, "help", false, "")
	fs.BoolVar(&opts.help, "h", false, "")
	fs.DurationVar(&opts.timeout, "timeout", source.DefaultTimeout, "")
	maxSize := fs.String("max-size", source.FormatSize(model.DefaultMaxBytes), "")
	for {
		if err := fs.Parse(args); err != nil {
			msg := err.Error()
			if flagName, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
				msg = "unknown flag " + flagName
			}
			return opts, newUsageError("%s", msg)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		// flag stops at the first file name, or after "--"; in the latter
		// case everything left is a file name.
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			opts.inputs = append(opts.inputs, rest...)
			break
		}
		opts.inputs = append(opts.inputs, rest[0])
		args = rest[1:]
	}
	var err error
	if opts.unit, err = model.ParseUnit(unit); err != nil {
		return opts, newUsageError("--unit: %v", err)
	}
	switch opts.format {
	case "tui", "json":
	default:
		return opts, newUsageError("--format: unknown format %q (want tui or json)", opts.format)
	}
	if opts.minScore < 0 || opts.minScore > 1 {
		return opts, newUsageError("--min-score: %v is outside 0 to 1", opts.minScore)
	}
	if opts.timeout <= 0 {
		return opts, newUsageError("--timeout: %v is not a positive duration (write it as 20s or 2m)", opts.timeout)
	}
	if opts.maxSize, err = source.ParseSize(*maxSize); err != nil {
		return opts, newUsageError("--max-size: %v", err)
	}
	return opts, nil
}
