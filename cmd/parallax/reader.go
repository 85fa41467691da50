package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/source"
	"github.com/parallax-reader/parallax/tui"
)

// runReader runs the terminal reader. Named reports are read by its
// loader, behind a loading screen that shows their progress (a slow web
// page, a large file), so that the screen answers at once and q works
// while they load; the built-in ones take a millisecond and are read
// first. Warnings about the inputs are written once the reader has
// closed, where they stay visible.
func runReader(ctx context.Context, opts options, cfg diffing.Config, stdin io.Reader, stderr io.Writer) error {
	tuiOpts := tui.Options{Config: cfg, Theme: opts.ui.theme, MouseOff: !opts.ui.mouse, Layout: opts.ui.layout}
	if len(opts.inputs) == 0 {
		loaded, err := loadInputs(ctx, opts, stdin, stderr)
		if err != nil {
			return err
		}
		return runProgram(tui.New(loaded.Articles, tuiOpts), programOptions(opts.ui)...)
	}
	var warnings struct {
		sync.Mutex
		list []source.Warning
	}
	load := func(ctx context.Context, status func(string)) ([]*model.Article, error) {
		res, err := source.Open(ctx, opts.inputs, sourceOptions(opts, stdin), status)
		if err != nil {
			return nil, inputError(err)
		}
		warnings.Lock()
		warnings.list = res.Warnings
		warnings.Unlock()
		return res.Articles, nil
	}
	err := runProgram(tui.NewLoading(load, tuiOpts), programOptions(opts.ui)...)
	warnings.Lock()
	printWarnings(stderr, warnings.list)
	warnings.Unlock()
	return err
}

// errReaderInterrupted is why the reader ended when ctrl+c quit it, or
// an interrupt signal: the exit status is 130.
var errReaderInterrupted = errors.New("interrupted in the reader")

// runProgram runs a reader to its end and returns why it gave up, if it
// did: by then the terminal is restored.
func runProgram(reader tui.Model, options ...tea.ProgramOption) error {
	final, err := tea.NewProgram(reader, options...).Run()
	switch {
	case errors.Is(err, tea.ErrInterrupted):
		return errReaderInterrupted
	case err != nil:
		return fmt.Errorf("terminal: %w", err)
	}
	if m, ok := final.(tui.Model); ok {
		if errors.Is(m.Err(), tui.ErrInterrupted) {
			return errReaderInterrupted
		}
		return m.Err()
	}
	return nil
}

// programOptions turns --color into a colour profile for the renderer.
// With auto it is the profile Lip Gloss detected for standard output when
// the program started (honouring NO_COLOR): Bubble Tea would detect it
// again, and inside tmux each detection runs `tmux info`, 10 ms or more
// before the first frame.
func programOptions(ui uiOptions) []tea.ProgramOption {
	switch ui.color {
	case "never":
		return []tea.ProgramOption{tea.WithColorProfile(colorprofile.ASCII)}
	case "always":
		return []tea.ProgramOption{tea.WithColorProfile(max(colorprofile.ANSI256, colorprofile.Env(os.Environ())))}
	}
	return []tea.ProgramOption{tea.WithColorProfile(lipgloss.Writer.Profile)}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
