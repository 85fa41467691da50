// Command parallax is a terminal reader for comparing reports of the same
// event: it shows them side by side, aligns the passages that tell the same
// thing and highlights the wording that differs. Run it with no arguments
// to open the built-in example, or with two text files; see --help.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/export"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise it comes from the module build information.
var version = ""

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	opts, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		fmt.Fprintln(stderr, "Run 'parallax --help' for usage.")
		return 2
	}
	switch {
	case opts.help:
		fmt.Fprintf(stdout, usage, diffing.DefaultConfig().MinScore)
		return 0
	case opts.version:
		fmt.Fprintf(stdout, "parallax %s\n", buildVersion())
		return 0
	}
	cfg := diffing.DefaultConfig()
	cfg.MinScore = opts.minScore
	if opts.format == "tui" && !opts.ui.print && isTerminal(stdout) {
		return exitStatus(runReader(opts, cfg), stderr)
	}
	articles, err := loadInputs(opts)
	if err != nil {
		return exitStatus(err, stderr)
	}
	al := diffing.Align(articles, cfg)
	if write, ok := exporters[opts.format]; ok {
		return exitStatus(write(stdout, al), stderr)
	}
	// The reader's format, but --print or not a terminal: plain text.
	return exitStatus(export.WriteText(stdout, al), stderr)
}

// exitStatus prints err, if any, as one line and returns the exit status:
// 2 for a command-line mistake, 1 for any other error.
func exitStatus(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "parallax: %v\n", err)
	if isUsageError(err) {
		fmt.Fprintln(stderr, "Run 'parallax --help' for usage.")
		return 2
	}
	return 1
}

// exporters are the formats written to standard output instead of opening
// the reader.
var exporters = map[string]func(io.Writer, *diffing.Alignment) error{
	"json":     export.WriteJSON,
	"markdown": export.WriteMarkdown,
	"html":     export.WriteHTML,
}

// buildVersion describes the running binary.
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " (" + s.Value[:12] + ")"
		}
	}
	return v
}
