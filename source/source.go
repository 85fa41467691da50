// Package source finds and reads the reports parallax compares. It turns
// command-line arguments (files, directories, "-" for standard input,
// http(s) URLs) into parsed model.Articles: it fetches web pages with a
// timeout, a size limit and a redirect limit, detects and decodes text
// encodings (UTF-8 with or without a byte order mark, UTF-16 with one,
// Windows-1252), extracts the article body and metadata from HTML and the
// readable text from Markdown, and rejects input that cannot be a report
// with an error naming it.
//
// Offsets. For a plain-text UTF-8 file (with or without a byte order mark)
// an article's Text is the file's bytes, so passage offsets are byte
// offsets into the file. For everything else the article is Derived: its
// Text is the UTF-8 text parallax made from the input (decoded, invalid
// bytes replaced, Markdown rendered, HTML extracted), and offsets index
// that text.
package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/parallax-reader/parallax/model"
)

// Limits on what Open accepts.
const (
	// MinReports and MaxReports bound how many reports parallax compares.
	MinReports, MaxReports = 2, 8
	// DefaultTimeout bounds one web page's whole work: fetching it, from
	// connecting to the last byte, then reading and parsing it.
	DefaultTimeout = 20 * time.Second
	// DefaultMaxRedirects is how many redirects a fetch follows.
	DefaultMaxRedirects = 10
	// DefaultUserAgent names parallax to web servers.
	DefaultUserAgent = "parallax (+https://github.com/parallax-reader/parallax)"
)

// Options control how reports are found, fetched and read. The zero value
// uses the defaults.
type Options struct {
	// Unit is the passage granularity.
	Unit model.Unit
	// MaxBytes is the largest input accepted, in bytes as read (a web page
	// after decompression); 0 means model.DefaultMaxBytes.
	MaxBytes int64
	// Timeout bounds each web page's fetch, reading and parsing; 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxRedirects is how many redirects a fetch follows; 0 means
	// DefaultMaxRedirects.
	MaxRedirects int
	// UserAgent is sent with every request; empty means DefaultUserAgent.
	UserAgent string
	// Stdin is read for the argument "-"; nil means os.Stdin.
	Stdin io.Reader
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = model.DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	return o
}

// Result is what Open read.
type Result struct {
	// Articles are the reports in the order the arguments name them, a
	// directory's reports in name order.
	Articles []*model.Article
	// Warnings are problems parallax worked around, in argument order.
	Warnings []Warning
}

// Warning is a problem with one input that did not stop parallax: invalid
// UTF-8 replaced, the same file given twice, an article body not found.
type Warning struct {
	// Input names the input as the user gave it.
	Input string
	// Message says what happened, in a few words.
	Message string
}

// String returns the warning as one line: "input: message".
func (w Warning) String() string { return w.Input + ": " + w.Message }

// CountError reports that the arguments name too few or too many reports.
// It is a usage mistake rather than bad input.
type CountError struct {
	// Got is how many reports the arguments name.
	Got int
	// Only names the one report when Got is 1.
	Only string
}

func (e *CountError) Error() string {
	if e.Got < MinReports {
		return fmt.Sprintf("parallax compares %d to %d reports; got only %s (name another, or none for the built-in example)",
			MinReports, MaxReports, e.Only)
	}
	return fmt.Sprintf("parallax compares %d to %d reports; got %d", MinReports, MaxReports, e.Got)
}

// Errors about unusable input. Open wraps them with the input's name and
// details, so errors.Is finds them.
var (
	ErrEmpty      = model.ErrEmpty
	ErrNoText     = model.ErrNoText
	ErrBinary     = model.ErrBinary
	ErrTooLarge   = model.ErrTooLarge
	ErrNoReports  = errors.New("holds no reports (looked for .txt, .md and .html files)")
	ErrNoArticle  = errors.New("has no article text")
	ErrHTTP       = errors.New("HTTP error")
	ErrTimeout    = errors.New("timed out")
	ErrRedirects  = errors.New("redirects too many times")
	ErrNotText    = errors.New("is not a web page or text")
	ErrStdinTwice = errors.New("standard input (-) can be read only once")
)

// Open reads the reports args name and parses them with opts.Unit. With no
// arguments it opens the built-in example reports. Each argument is a file,
// a directory (its reports, in name order), "-" for standard input, or an
// http or https URL; together they must name MinReports to MaxReports
// reports, or Open returns a *CountError.
//
// Open returns the first error in argument order, as one line naming the
// input. Cancelling ctx stops it promptly (fetches are abandoned) and it
// returns ctx.Err(). status, when not nil, receives short progress lines
// ("fetching https://… 120 kB") that are safe to print: they pass through
// model.Printable. Open serialises its calls to status, but they may come
// from goroutines other than the caller's.
func Open(ctx context.Context, args []string, opts Options, status func(string)) (*Result, error) {
	opts = opts.withDefaults()
	o := &opener{opts: opts, status: newStatus(status), client: newClient(opts.MaxRedirects), parse: parseDocument}
	return o.open(ctx, args)
}
