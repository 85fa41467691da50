package main

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/source"
	"github.com/parallax-reader/parallax/tui"
)

// options is the parsed command line.
type options struct {
	format   string
	unit     model.Unit
	minScore float64
	inputs   []string
	ui       uiOptions
	config   string // --config: the config file named, or ""

	// Reading reports (see package source).
	timeout time.Duration
	maxSize int64
}

// uiOptions are the reader's flags: how it looks and whether it runs.
type uiOptions struct {
	print  bool
	theme  tui.Theme
	color  string // auto, always or never
	mouse  bool   // the reader captures the mouse
	layout tui.Layout
}

// formats are the values --format takes.
var formats = []string{"tui", "json", "markdown", "html"}

// colors are the values --color takes.
var colors = []string{"auto", "always", "never"}

// defaultOptions are the settings before the command line is read.
func defaultOptions() options {
	return options{
		format:   "tui",
		minScore: diffing.DefaultConfig().MinScore,
		timeout:  source.DefaultTimeout,
		maxSize:  model.DefaultMaxBytes,
		ui:       uiOptions{color: "auto", mouse: true},
	}
}

// addFlags defines parallax's flags on fs, each writing its value into
// opts as it is parsed, and each checking it: a value a flag does not take
// is refused at once, with the reason.
func addFlags(fs *pflag.FlagSet, opts *options) {
	fs.SortFlags = false // in the order of this list: the most used first
	// fang sets each description beside its flag as it is written: lines
	// of at most 60 cells keep the help within 100 columns.
	fs.Var(newChoice(&opts.format, "format", formats...), "format",
		"what to show: tui, the interactive reader; or, written to\n"+
			"standard output: json, the alignment, quotes, facts and\n"+
			"coverage; markdown or html, a comparison report")
	fs.Var(parsedValue(&opts.unit, model.ParseUnit, model.Unit.String), "unit",
		"passage unit: sentence, line (every non-empty line, for\n"+
			"pre-segmented input) or paragraph")
	fs.Var((*scoreValue)(&opts.minScore), "min-score",
		"lowest probability, 0 to 1, that two passages tell the\n"+
			"same thing for them to match (higher is stricter)")
	fs.BoolVar(&opts.ui.print, "print", false,
		"write the aligned view as plain text instead of opening\n"+
			"the reader (also when standard output is not a terminal)")
	fs.Var(parsedValue(&opts.ui.theme, tui.ParseTheme, tui.Theme.String), "theme",
		"reader colours: auto (follows the terminal's\n"+
			"background), dark or light")
	fs.Var(newChoice(&opts.ui.color, "value", colors...), "color",
		"colour in the reader: auto (NO_COLOR turns it off),\n"+
			"always or never")
	fs.Var(parsedValue(&opts.ui.layout, tui.ParseLayout, tui.Layout.String), "layout",
		"panes side by side, or stacked one above another;\n"+
			"auto stacks them below 100 columns (S switches)")
	fs.BoolVar(&opts.ui.mouse, "mouse", true,
		"the reader takes the mouse (wheel, clicks); --mouse=false\n"+
			"leaves it to the terminal's own selection (m switches)")
	fs.StringVar(&opts.config, "config", "",
		"read the settings from this file instead of\n"+
			"$XDG_CONFIG_HOME/parallax/config.toml\n"+
			"(~/.config/parallax/config.toml)")
	fs.Var((*timeoutValue)(&opts.timeout), "timeout", "give up on a web page after this long")
	fs.Var((*sizeValue)(&opts.maxSize), "max-size", "largest report read, a file or a page (KB, MB, GB)")
}

// loadConfig applies the config file's settings to the flags of fs the
// command line did not set: the file --config names, or the default one,
// if there is one.
func (opts *options) loadConfig(fs *pflag.FlagSet) error {
	if opts.config != "" {
		return applyConfig(fs, opts.config, true)
	}
	return applyConfig(fs, defaultConfigPath(), false)
}

// complete reads what the flags leave (the reports) into opts.
func (opts *options) complete(args []string) {
	if len(args) > 0 {
		opts.inputs = args
	}
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

// flagError rewrites the flag parser's errors the way parallax's own
// read: the flag as it was typed first, then what is wrong with it. A
// long flag written with one dash (-format) is refused, naming the two
// the user may have meant.
func flagError(fs *pflag.FlagSet, err error) error {
	var (
		notExist *pflag.NotExistError
		required *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
	)
	switch {
	case errors.As(err, &notExist):
		if group := notExist.GetSpecifiedShortnames(); group != "" {
			// -format reads as the one-letter flags -f -o -r …: a long
			// flag with one dash.
			if long := strings.SplitN(group, "=", 2)[0]; fs.Lookup(long) != nil {
				return newUsageError("unknown flag: -%s (long flags take two dashes: --%s)", group, long)
			}
			return newUsageError("unknown flag: -%s", group)
		}
		return newUsageError("unknown flag: --%s", notExist.GetSpecifiedName())
	case errors.As(err, &required):
		return newUsageError("--%s needs a value", required.GetFlag().Name)
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		if f.Value.Type() == "bool" {
			return newUsageError("--%s: %q is not a valid value (want true or false)", f.Name, invalid.GetValue())
		}
		return newUsageError("--%s: %v", f.Name, errors.Unwrap(err))
	}
	return newUsageError("%v", err)
}

// choice is a flag that takes one of a few words.
type choice struct {
	value   *string
	what    string // "format": unknown format "xml"
	allowed []string
}

func newChoice(value *string, what string, allowed ...string) *choice {
	return &choice{value: value, what: what, allowed: allowed}
}

func (c *choice) String() string { return *c.value }

func (c *choice) Type() string { return "string" }

func (c *choice) Set(s string) error {
	if !slices.Contains(c.allowed, s) {
		return fmt.Errorf("unknown %s %q (want %s)", c.what, s, orList(c.allowed))
	}
	*c.value = s
	return nil
}

// orList writes words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// parsed is a flag read by a parser of its own, such as model.ParseUnit.
type parsed[T any] struct {
	value  *T
	parse  func(string) (T, error)
	format func(T) string
}

func parsedValue[T any](value *T, parse func(string) (T, error), format func(T) string) *parsed[T] {
	return &parsed[T]{value: value, parse: parse, format: format}
}

func (p *parsed[T]) String() string { return p.format(*p.value) }

func (p *parsed[T]) Type() string { return "string" }

func (p *parsed[T]) Set(s string) error {
	v, err := p.parse(s)
	if err != nil {
		return err
	}
	*p.value = v
	return nil
}

// decimal is a number as --min-score takes it: digits with an optional
// decimal point. NaN, infinities, exponents and hexadecimal are not.
var decimal = regexp.MustCompile(`^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$`)

// scoreValue is --min-score: a probability from 0 to 1.
type scoreValue float64

func (v *scoreValue) String() string { return strconv.FormatFloat(float64(*v), 'g', -1, 64) }

func (v *scoreValue) Type() string { return "number" }

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

func (v *timeoutValue) Type() string { return "duration" }

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

func (v *sizeValue) Type() string { return "size" }

func (v *sizeValue) Set(s string) error {
	n, err := source.ParseSize(s)
	if err != nil {
		return err
	}
	*v = sizeValue(n)
	return nil
}
