package main

import (
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/export"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/tui"
)

// runReader opens the terminal reader on articles, or writes the aligned
// view as plain text when asked to (--print) or when standard output is
// not a terminal. It returns the exit status.
func runReader(articles []*model.Article, cfg diffing.Config, ui uiOptions, stdout, stderr io.Writer) int {
	if ui.print || !isTerminal(stdout) {
		if err := export.WriteText(stdout, diffing.Align(articles, cfg)); err != nil {
			fmt.Fprintf(stderr, "parallax: %v\n", err)
			return 1
		}
		return 0
	}
	reader := tui.New(articles, tui.Options{Config: cfg, Theme: ui.theme})
	return runProgram(reader, stderr, programOptions(ui)...)
}

// runProgram runs a reader to its end. A reader that gave up (its loader
// failed) has restored the terminal by then; its error is printed as one
// line.
func runProgram(reader tui.Model, stderr io.Writer, options ...tea.ProgramOption) int {
	final, err := tea.NewProgram(reader, options...).Run()
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	if m, ok := final.(tui.Model); ok && m.Err() != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", m.Err())
		return 1
	}
	return 0
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
