package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/tui"
)

// runReader runs the terminal reader. Named reports are read by its
// loader, behind a loading screen, so that the screen answers at once
// however large they are; the built-in ones take a millisecond and are
// read first.
func runReader(opts options, cfg diffing.Config) error {
	tuiOpts := tui.Options{Config: cfg, Theme: opts.ui.theme}
	if n := len(opts.inputs); n <= 1 || n > maxReports {
		// No files, or a usage error found before any file is read.
		articles, err := loadInputs(opts)
		if err != nil {
			return err
		}
		return runProgram(tui.New(articles, tuiOpts), programOptions(opts.ui)...)
	}
	load := func(ctx context.Context, status func(string)) ([]*model.Article, error) {
		status("reading " + strings.Join(opts.inputs, ", "))
		return loadInputs(opts)
	}
	return runProgram(tui.NewLoading(load, tuiOpts), programOptions(opts.ui)...)
}

// runProgram runs a reader to its end and returns why it gave up, if it
// did: by then the terminal is restored.
func runProgram(reader tui.Model, options ...tea.ProgramOption) error {
	final, err := tea.NewProgram(reader, options...).Run()
	if err != nil {
		return fmt.Errorf("terminal: %w", err)
	}
	if m, ok := final.(tui.Model); ok {
		return m.Err()
	}
	return nil
}

// programOptions turns --color into a colour profile for the renderer;
// with auto, Bubble Tea detects it (and honours NO_COLOR).
func programOptions(ui uiOptions) []tea.ProgramOption {
	switch ui.color {
	case "never":
		return []tea.ProgramOption{tea.WithColorProfile(colorprofile.ASCII)}
	case "always":
		return []tea.ProgramOption{tea.WithColorProfile(max(colorprofile.ANSI256, colorprofile.Env(os.Environ())))}
	}
	return nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
