package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/source"
	"github.com/parallax-reader/parallax/tui"
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
                     json: write the alignment, quotes, facts and coverage
                     to standard output
                     markdown, html: write a comparison report (metadata,
                     aligned passages, quotes, facts, coverage) to standard
                     output; the HTML is one file for any browser
  --unit UNIT        passage unit: sentence (default), line (every non-empty
                     line is a passage, for pre-segmented input) or paragraph
  --min-score S      lowest probability, 0 to 1, that two passages tell
                     the same thing for them to match (default %.2f;
                     higher is stricter)
  --timeout D        give up on a web page after D (default 20s)
  --max-size N       largest report read, file or page (default 50MB)
  --print            write the aligned view as plain text instead of opening
                     the reader (also when standard output is not a terminal)
  --theme THEME      reader colours: auto (default, follows the terminal's
                     background), dark or light
  --color WHEN       colour in the reader: auto (default; NO_COLOR turns it
                     off), always or never
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
	ui       uiOptions

	// Reading reports (see package source).
	timeout time.Duration
	maxSize int64
}

// uiOptions are the reader's flags: how it looks and whether it runs.
type uiOptions struct {
	print bool
	theme tui.Theme
	color string // auto, always or never
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
// the file names; "--" ends the flags. A flag's value that is not what the
// flag takes (NaN, an infinity, a fraction of a byte, a negative time) is
// a usage error naming the flag.
func parseArgs(args []string) (options, error) {
	opts := options{minScore: diffing.DefaultConfig().MinScore, timeout: source.DefaultTimeout, maxSize: model.DefaultMaxBytes}
	var unit string
	fs := flag.NewFlagSet("parallax", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&opts.format, "format", "tui", "")
	fs.StringVar(&unit, "unit", "sentence", "")
	fs.Var((*scoreValue)(&opts.minScore), "min-score", "")
	fs.BoolVar(&opts.version, "version", false, "")
	fs.BoolVar(&opts.help, "help", false, "")
	fs.BoolVar(&opts.help, "h", false, "")
	fs.Var((*timeoutValue)(&opts.timeout), "timeout", "")
	fs.Var((*sizeValue)(&opts.maxSize), "max-size", "")
	var theme string
	fs.BoolVar(&opts.ui.print, "print", false, "")
	fs.StringVar(&theme, "theme", "auto", "")
	fs.StringVar(&opts.ui.color, "color", "auto", "")
	for {
		if err := fs.Parse(args); err != nil {
			return opts, flagError(err)
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
	case "tui", "json", "markdown", "html":
	default:
		return opts, newUsageError("--format: unknown format %q (want tui, json, markdown or html)", opts.format)
	}
	if opts.ui.theme, err = tui.ParseTheme(theme); err != nil {
		return opts, newUsageError("--theme: %v", err)
	}
	switch opts.ui.color {
	case "auto", "always", "never":
	default:
		return opts, newUsageError("--color: unknown value %q (want auto, always or never)", opts.ui.color)
	}
	return opts, nil
}

// flagInvalidValue is how package flag reports a value its flag refused.
var flagInvalidValue = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-([a-z-]+): (.*)$`)

// flagError rewrites package flag's messages the way parallax's own read:
// the flag as written on the command line (--timeout) first, then what is
// wrong with it.
func flagError(err error) error {
	msg := err.Error()
	if m := flagInvalidValue.FindStringSubmatch(msg); m != nil {
		reason := m[3]
		if reason == "parse error" || reason == "value out of range" { // package flag's own, for booleans
			reason = fmt.Sprintf("%q is not a valid value", m[1])
		}
		return newUsageError("--%s: %s", m[2], reason)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return newUsageError("--%s needs a value", name)
	}
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return newUsageError("unknown flag --%s", strings.TrimPrefix(name, "-"))
	}
	return newUsageError("%s", msg)
}

// decimal is a number as --min-score takes it: digits with an optional
// decimal point. NaN, infinities, exponents and hexadecimal are not.
var decimal = regexp.MustCompile(`^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$`)

// scoreValue is --min-score: a probability from 0 to 1.
type scoreValue float64

func (v *scoreValue) String() string { return strconv.FormatFloat(float64(*v), 'g', -1, 64) }

func (v *scoreValue) Set(s string) error {
	f, err := strconv.ParseFloat(s, 64)
	if !decimal.MatchString(s) || err != nil {
		return fmt.Errorf("%q is not a number from 0 to 1 (write it as 0.35)", s)
	}
	if f > 1 {
		return fmt.Errorf("%s is outside 0 to 1", s)
	}
	*v = scoreValue(f)
	return nil
}

// timeoutValue is --timeout: a positive duration.
type timeoutValue time.Duration

func (v *timeoutValue) String() string { return time.Duration(*v).String() }

func (v *timeoutValue) Set(s string) error {
	d, err := time.ParseDuration(s)
	switch {
	case err != nil:
		return fmt.Errorf("%q is not a duration (write it as 20s, 2m or 1m30s)", s)
	case d <= 0:
		return fmt.Errorf("%q is not a positive duration (write it as 20s, 2m or 1m30s)", s)
	}
	*v = timeoutValue(d)
	return nil
}

// sizeValue is --max-size: a size in bytes, as source.ParseSize reads it.
type sizeValue int64

func (v *sizeValue) String() string { return source.FormatSize(int64(*v)) }

func (v *sizeValue) Set(s string) error {
	n, err := source.ParseSize(s)
	if err != nil {
		return err
	}
	*v = sizeValue(n)
	return nil
}
