package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"charm.land/fang/v2"
	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/tui"
)

// about is the --help text above the usage line, and the man page's
// description. Keep it in step with the README.
const about = `parallax compares reports of the same event side by side: it aligns the
passages that tell the same thing, even when reordered or reworded, and
highlights the words that differ.

With no REPORT it opens two built-in example reports. A REPORT is a text,
Markdown or HTML file, a directory (every report in it, in name order), -
for standard input, or an http(s):// URL: 2 to 8 of them.

Settings parallax starts with (theme, color, min-score, unit, layout,
mouse) can be kept in $XDG_CONFIG_HOME/parallax/config.toml
(~/.config/parallax/config.toml), one a line: theme = "dark". The flags
override them.

In the reader, press ? for the keys, q to quit (ctrl+c: exit status 130).
y copies the current passage and Y the current match (every report's
version), e opens the report in $EDITOR at the passage, | shows the match
in $PAGER, S stacks the panes or sets them side by side, m leaves the mouse
to the terminal's own selection, ctrl+z suspends.`

// examples are the --help examples.
const examples = `parallax
parallax a.txt b.md c.html
parallax https://example.com/a https://example.com/b
pbpaste | parallax - b.txt
parallax --format html a.txt b.txt > report.html`

// runInput runs the command line args: it parses the flags (with cobra,
// styled by fang), then does what they ask. It returns the exit status,
// having written any error as one line to stderr.
func runInput(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var runErr error
	root := newCommand(stdout, stderr, func(cmd *cobra.Command, opts options) {
		runErr = runOptions(cmd.Context(), opts, stdin, stdout, stderr)
	})
	root.SetArgs(args)
	root.SetIn(stdin)
	err := fang.Execute(ctx, root,
		fang.WithVersion(buildVersion()),
		fang.WithoutManpage(), // parallax's own writes to the command's output
		// Errors are written by exitStatus, the one place that does, as
		// the one line parallax writes for every error.
		fang.WithErrorHandler(func(io.Writer, fang.Styles, error) {}),
	)
	if err != nil {
		// The flag parser's errors come back from cobra; the program's own
		// errors (a missing file) are in runErr.
		return exitStatus(asUsageError(err), stderr)
	}
	return exitStatus(runErr, stderr)
}

// asUsageError makes an error cobra returned a usage error: all of them
// are about the command line (an unknown flag, a command given arguments
// it does not take).
func asUsageError(err error) error {
	var config *configError
	if isUsageError(err) || errors.As(err, &config) {
		return err
	}
	return newUsageError("%v", err)
}

// newCommand returns parallax's command line, writing to stdout and
// stderr: the root command, which compares reports, with its flags, and
// the commands beside it: completion, man and help. run is called with
// the parsed options when the root command runs.
func newCommand(stdout, stderr io.Writer, run func(cmd *cobra.Command, opts options)) *cobra.Command {
	opts := defaultOptions()
	root := &cobra.Command{
		Use:     "parallax [REPORT…]",
		Short:   "compare reports of the same event side by side",
		Long:    about,
		Example: examples,
		Args:    cobra.ArbitraryArgs, // source.Open counts them, and says what is wrong
		// The reports are files: let the shell complete their names.
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveDefault
		},
		PreRunE: func(cmd *cobra.Command, _ []string) error { return opts.loadConfig(cmd.Flags()) },
		Run: func(cmd *cobra.Command, args []string) {
			opts.complete(args)
			run(cmd, opts)
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetVersionTemplate("parallax {{.Version}}\n")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error { return flagError(cmd.Flags(), err) })
	addFlags(root.Flags(), &opts)
	completeFlags(root)
	root.AddCommand(manCommand())
	root.InitDefaultCompletionCmd()
	if completion, _, err := root.Find([]string{"completion"}); err == nil {
		// Without this, a shell cobra does not know shows the help and
		// exits with status 0.
		completion.Args = cobra.ArbitraryArgs
		completion.RunE = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			return newUsageError("completion: unknown shell %q (want bash, zsh, fish or powershell)", args[0])
		}
	}
	return root
}

// completeFlags tells the shell completions the values of the flags
// that take one of a few words, and that the others take no file name.
func completeFlags(root *cobra.Command) {
	words := map[string][]string{
		"format": formats,
		"unit":   {model.UnitSentence.String(), model.UnitLine.String(), model.UnitParagraph.String()},
		"theme":  {tui.ThemeAuto.String(), tui.ThemeDark.String(), tui.ThemeLight.String()},
		"color":  colors,
		"layout": {tui.LayoutAuto.String(), tui.LayoutSide.String(), tui.LayoutStacked.String()},
	}
	for name, values := range words {
		_ = root.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
	}
	for _, name := range []string{"min-score", "timeout", "max-size"} {
		_ = root.RegisterFlagCompletionFunc(name, cobra.NoFileCompletions)
	}
}

// manCommand writes parallax's manual page, in roff, to standard output:
// parallax man | man -l -
func manCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "write the manual page (roff) to standard output: parallax man | man -l -",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return fmt.Errorf("man page: %w", err)
			}
			// roff fills paragraphs itself: a line break would end one.
			page.WithLongDescription(unwrap(about))
			page.WithSection("Keys", keysText())
			for _, s := range manSections {
				page.WithSection(s.name, unwrap(s.text))
			}
			_, err = fmt.Fprint(cmd.OutOrStdout(), page.Build(roff.NewDocument()))
			return err
		},
	}
}

// manSections are the man page's sections after the options.
var manSections = []struct{ name, text string }{
	{"Exit status", `0 when the reader is quit with q or the output is written; 1 when a
report cannot be read (a missing file, a page that times out); 2 for a
mistake on the command line or in the config file; 130 when interrupted
with ctrl+c.`},
	{"Files", `$XDG_CONFIG_HOME/parallax/config.toml, or ~/.config/parallax/config.toml:
the settings the reader starts with, in TOML, each under its flag's name
(theme = "dark", min-score = 0.5, layout = "stacked", mouse = false). A mistake in it is an
error naming the file and the line; a missing file is none.`},
	{"Environment", `NO_COLOR turns colour off, as --color=never does. PAGER (less -R when
unset) shows the match | sends it; VISUAL or EDITOR (vi when neither is
set) opens a report (e), at the passage's line for the editors that take
+LINE. XDG_CONFIG_HOME is where the config file is looked for.`},
	{"See also", `The README, https://github.com/parallax-reader/parallax, has the
keys of every view, the JSON schema and how alignment works.`},
}

// keysText lists the reader's keys for the man page, a paragraph a view.
func keysText() string {
	var paras []string
	for _, v := range tui.Keys() {
		keys := make([]string, len(v.Keys))
		for i, k := range v.Keys {
			keys[i] = k.Key + ": " + k.Does
		}
		paras = append(paras, v.View+": "+strings.Join(keys, "; ")+".")
	}
	return strings.Join(paras, "\n\n")
}

// unwrap joins the lines of each paragraph of text (paragraphs are
// separated by a blank line) into one line.
func unwrap(text string) string {
	paras := strings.Split(text, "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n\n")
}
