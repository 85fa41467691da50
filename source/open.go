package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/seeds"
)

// maxParallel is how many inputs are read or fetched at once.
const maxParallel = 4

// opener carries one Open call's settings.
type opener struct {
	opts   Options
	status *statusLine
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
			a, notes = model.ParseDocument(loaded[in.same].doc, o.opts.Unit), []string{"is given twice; it is shown twice"}
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

// loadAll reads and parses every distinct input. On the first failure it
// stops the others and returns that input's error, or, when several
// failed, the error of the first in argument order.
func (o *opener) loadAll(parent context.Context, inputs []input) ([]prepared, error) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	loaded := make([]prepared, len(inputs))
	errs := make([]error, len(inputs))
	slots := make(chan struct{}, maxParallel)
	var wg sync.WaitGroup
	for i, in := range inputs {
		if in.same >= 0 {
			continue
		}
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			p, err := o.load(ctx, in)
			if err != nil {
				errs[i] = fmt.Errorf("%s: %w", in.displayName(), err)
				cancel()
				return
			}
			p.article = model.ParseDocument(p.doc, o.opts.Unit)
			loaded[i] = p
		})
	}
	wg.Wait()
	if err := parent.Err(); err != nil {
		return nil, err
	}
	var first error
	for _, err := range errs {
		switch {
		case err == nil:
		case !errors.Is(err, context.Canceled):
			return nil, err
		case first == nil:
			first = err
		}
	}
	return loaded, first
}

// load reads one input and prepares its document.
func (o *opener) load(ctx context.Context, in input) (prepared, error) {
	if err := ctx.Err(); err != nil {
		return prepared{}, err
	}
	switch in.kind {
	case kindSeed:
		return prepare(in.source, in.data, formatText, "", nil)
	case kindURL:
		page, err := o.fetch(ctx, in)
		if err != nil {
			return prepared{}, err
		}
		return prepare(in.source, page.data, page.format, page.charset, page.url)
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
		return prepare(in.source, data, formatUnknown, "", nil)
	}
	o.status.say("reading %s", in.name)
	if in.info.Mode().IsRegular() && in.info.Size() > o.opts.MaxBytes {
		return prepared{}, fmt.Errorf("%w (%s, the limit is %s)", ErrTooLarge, FormatSize(in.info.Size()), FormatSize(o.opts.MaxBytes))
	}
	f, err := os.Open(in.name)
	if err != nil {
		return prepared{}, describeFSError(err)
	}
	defer f.Close()
	data, err := readAll(ctx, f, o.opts.MaxBytes, f.Close)
	if err != nil {
		return prepared{}, err
	}
	return prepare(in.source, data, formatOfName(in.name), "", nil)
}

// readAll reads r to the end, failing once more than limit bytes arrive.
// It returns when ctx is cancelled even if a read blocks (a pipe, a
// terminal); stop, when not nil, unblocks such a read.
func readAll(ctx context.Context, r io.Reader, limit int64, stop func() error) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := io.ReadAll(io.LimitReader(r, limit+1))
		done <- result{data, err}
	}()
	select {
	case <-ctx.Done():
		if stop != nil {
			_ = stop()
		}
		return nil, ctx.Err()
	case res := <-done:
		switch {
		case res.err != nil:
			return nil, fmt.Errorf("cannot read it: %w", describeFSError(res.err))
		case int64(len(res.data)) > limit:
			return nil, fmt.Errorf("%w (more than %s)", ErrTooLarge, FormatSize(limit))
		}
		return res.data, nil
	}
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
