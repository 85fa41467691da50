package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/parallax-reader/parallax/internal/interrupt"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/seeds"
)

// maxParallel is how many inputs are read or fetched at once.
const maxParallel = 4

// opener carries one Open call's settings.
type opener struct {
	opts   Options
	status *statusLine
	client *http.Client
	parse  func(model.Document, model.Unit) *model.Article
}

// open resolves args, reads and parses every report (several at once, so
// slow web pages load side by side and long reports parse on all cores).
func (o *opener) open(ctx context.Context, args []string) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	inputs, err := inputsFor(args)
	if err != nil {
		return nil, err
	}
	loaded, err := o.loadAll(ctx, inputs)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	for i, in := range inputs {
		var a *model.Article
		var notes []string
		if in.same < 0 {
			a, notes = loaded[i].article, append(loaded[i].notes, loaded[i].article.Notes...)
		} else {
			a, notes = o.parse(loaded[in.same].doc, o.opts.Unit), []string{"is given twice; it is shown twice"}
			if first := inputs[in.same].displayName(); first != in.displayName() {
				notes[0] = fmt.Sprintf("is the same report as %s; it is shown twice", first)
			}
		}
		for _, note := range notes {
			res.Warnings = append(res.Warnings, Warning{Input: in.displayName(), Message: note})
		}
		res.Articles = append(res.Articles, a)
	}
	return res, nil
}

// inputsFor returns the inputs args name, checking their number, or the
// built-in reports when there are no args.
func inputsFor(args []string) ([]input, error) {
	if len(args) == 0 {
		return seedInputs()
	}
	inputs, err := resolve(args)
	if err != nil {
		return nil, err
	}
	if n := len(inputs); n < MinReports || n > MaxReports {
		return nil, &CountError{Got: n, Only: inputs[0].name}
	}
	return inputs, nil
}

// displayName names the input in messages.
func (in input) displayName() string {
	if in.kind == kindStdin {
		return stdinName
	}
	return in.name
}

// loadAll reads and parses every distinct input, several at once. It
// returns the error of the first input in argument order that failed:
// when one fails, the inputs after it are stopped (none of them can be
// the one named), and those before it run to their end. Cancelling parent
// stops them all at once.
func (o *opener) loadAll(parent context.Context, inputs []input) ([]prepared, error) {
	ctxs := make([]context.Context, len(inputs))
	cancels := make([]context.CancelFunc, len(inputs))
	for i := range inputs {
		ctxs[i], cancels[i] = context.WithCancel(parent)
	}
	defer func() {
		for _, cancel := range cancels {
			cancel()
		}
	}()
	loaded := make([]prepared, len(inputs))
	errs := make([]error, len(inputs))
	slots := make(chan struct{}, maxParallel)
	var wg sync.WaitGroup
	for i, in := range inputs {
		if in.same >= 0 {
			continue
		}
		wg.Go(func() {
			select {
			case slots <- struct{}{}:
				defer func() { <-slots }()
			case <-ctxs[i].Done():
				errs[i] = ctxs[i].Err()
				return
			}
			p, err := o.load(ctxs[i], in)
			if err != nil {
				errs[i] = fmt.Errorf("%s: %w", in.displayName(), err)
				for _, cancel := range cancels[i+1:] {
					cancel()
				}
				return
			}
			loaded[i] = p
		})
	}
	wg.Wait()
	if err := parent.Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return loaded, nil
}

// parseDocument cuts a prepared document into an article; tests replace
// it to make parsing slow. Open reads it once, into its opener.
var parseDocument = model.ParseDocument

// load reads one input, prepares its document and parses it. It returns
// as soon as ctx is done, whatever it is doing.
func (o *opener) load(ctx context.Context, in input) (prepared, error) {
	if err := ctx.Err(); err != nil {
		return prepared{}, err
	}
	switch in.kind {
	case kindSeed:
		return o.prepare(ctx, in.source, in.data, formatText, "", nil)
	case kindURL:
		return o.loadURL(ctx, in)
	case kindStdin:
		o.status.say("reading standard input")
		stdin := o.opts.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		data, err := readAll(ctx, stdin, o.opts.MaxBytes, nil)
		if err != nil {
			return prepared{}, err
		}
		return o.prepare(ctx, in.source, data, formatUnknown, "", nil)
	}
	o.status.say("reading %s", in.name)
	if in.info.Mode().IsRegular() && in.info.Size() > o.opts.MaxBytes {
		return prepared{}, fmt.Errorf("%w (%s, the limit is %s)", ErrTooLarge, FormatSize(in.info.Size()), FormatSize(o.opts.MaxBytes))
	}
	f, err := openFile(ctx, in)
	if err != nil {
		return prepared{}, err
	}
	defer f.Close()
	data, err := readAll(ctx, f, o.opts.MaxBytes, f.Close)
	if err != nil {
		return prepared{}, err
	}
	return o.prepare(ctx, in.source, data, formatOfName(in.name), "", nil)
}

// loadURL fetches, prepares and parses a web page, all within the
// timeout.
func (o *opener) loadURL(parent context.Context, in input) (prepared, error) {
	ctx, cancel := context.WithTimeout(parent, o.opts.Timeout)
	defer cancel()
	p, err := o.fetchAndPrepare(ctx, in)
	if err != nil && parent.Err() == nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return prepared{}, fmt.Errorf("%w after %s", ErrTimeout, o.opts.Timeout)
	}
	return p, err
}

func (o *opener) fetchAndPrepare(ctx context.Context, in input) (prepared, error) {
	page, err := o.fetch(ctx, in)
	if err != nil {
		return prepared{}, err
	}
	return o.prepare(ctx, in.source, page.data, page.format, page.charset, page.url)
}

// prepare decodes, extracts and parses an input's bytes (see the
// function prepare) within ctx.
func (o *opener) prepare(ctx context.Context, name string, data []byte, hint format, charsetLabel string, page *url.URL) (prepared, error) {
	// Decoding, the HTML and Markdown parsers and cutting passages cannot
	// be interrupted: given up on, they finish unobserved (bounded: see
	// mdbounds.go) and their result is dropped.
	return interrupt.Within(ctx, func() (prepared, error) {
		p, err := prepare(name, data, hint, charsetLabel, page)
		if err != nil {
			return prepared{}, err
		}
		p.article = o.parse(p.doc, o.opts.Unit)
		return p, nil
	})
}

// openFile opens a file to read. A regular file opens at once, but a
// FIFO's open waits until something writes to it (and other special
// files' may wait too): those open on a goroutine of their own, and
// cancelling ctx gives the open up.
func openFile(ctx context.Context, in input) (*os.File, error) {
	if in.info.Mode().IsRegular() {
		f, err := os.Open(in.name)
		if err != nil {
			return nil, describeFSError(err)
		}
		return f, nil
	}
	done := make(chan openResult, 1)
	go func() {
		f, err := os.Open(in.name)
		done <- openResult{f, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return nil, describeFSError(r.err)
		}
		return r.f, nil
	case <-ctx.Done():
		go abandonOpen(in, done)
		return nil, ctx.Err()
	}
}

// openResult is what os.Open returned.
type openResult struct {
	f   *os.File
	err error
}

// abandonAttempts and abandonEvery pace abandonOpen's tries to end an open
// given up on.
const (
	abandonAttempts = 20
	abandonEvery    = 50 * time.Millisecond
)

// abandonOpen ends an open that openFile gave up on and closes what it
// opened. A FIFO's open waits for a writer: opening the FIFO to write,
// without waiting, lets it finish.
func abandonOpen(in input, done <-chan openResult) {
	for range abandonAttempts {
		if in.info.Mode()&fs.ModeNamedPipe != 0 {
			if w, err := os.OpenFile(in.name, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				_ = w.Close()
			}
		}
		select {
		case r := <-done:
			if r.f != nil {
				_ = r.f.Close()
			}
			return
		case <-time.After(abandonEvery):
		}
	}
	if r := <-done; r.f != nil {
		_ = r.f.Close()
	}
}

// readAll reads r to the end, failing once more than limit bytes arrive.
// It returns when ctx is cancelled even if a read blocks (a pipe, a
// terminal); stop, when not nil, unblocks such a read.
func readAll(ctx context.Context, r io.Reader, limit int64, stop func() error) ([]byte, error) {
	data, err := interrupt.Within(ctx, func() ([]byte, error) {
		return io.ReadAll(io.LimitReader(r, limit+1))
	})
	switch {
	case ctx.Err() != nil:
		if stop != nil {
			_ = stop()
		}
		return nil, ctx.Err()
	case err != nil:
		return nil, fmt.Errorf("cannot read it: %w", describeFSError(err))
	case int64(len(data)) > limit:
		return nil, fmt.Errorf("%w (more than %s)", ErrTooLarge, FormatSize(limit))
	}
	return data, nil
}

// seedInputs returns the built-in example reports as inputs.
func seedInputs() ([]input, error) {
	reports, err := seeds.Reports()
	if err != nil {
		return nil, err
	}
	inputs := make([]input, len(reports))
	for i, r := range reports {
		inputs[i] = input{kind: kindSeed, name: r.Name, source: r.Name, data: r.Data, same: -1}
	}
	return inputs, nil
}

// statusLine passes progress lines to a caller's function, one at a time
// and made safe to print.
type statusLine struct {
	mu sync.Mutex
	fn func(string)
}

func newStatus(fn func(string)) *statusLine { return &statusLine{fn: fn} }

// say sends one progress line.
func (s *statusLine) say(format string, args ...any) {
	if s.fn == nil {
		return
	}
	msg := model.Printable(fmt.Sprintf(format, args...))
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fn(msg)
}
