package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// runCmd runs parallax with args and returns its exit status and output.
func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeFile writes content to a file in a fresh directory and returns its
// path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		inputs []string
		format string
		unit   model.Unit
		score  float64
		err    string
	}{
		{name: "no arguments", args: nil, format: "tui", score: diffing.DefaultConfig().MinScore},
		{name: "two files", args: []string{"a.txt", "b.txt"}, inputs: []string{"a.txt", "b.txt"}, format: "tui", score: diffing.DefaultConfig().MinScore},
		{name: "flags after files", args: []string{"a.txt", "b.txt", "--format", "json", "--unit=line"}, inputs: []string{"a.txt", "b.txt"}, format: "json", unit: model.UnitLine, score: diffing.DefaultConfig().MinScore},
		{name: "flags between files", args: []string{"a.txt", "--min-score", "0.5", "b.txt"}, inputs: []string{"a.txt", "b.txt"}, format: "tui", score: 0.5},
		{name: "double dash ends flags", args: []string{"--", "--format", "b.txt"}, inputs: []string{"--format", "b.txt"}, format: "tui", score: diffing.DefaultConfig().MinScore},
		{name: "markdown report", args: []string{"--format=markdown"}, format: "markdown", score: diffing.DefaultConfig().MinScore},
		{name: "html report", args: []string{"a.txt", "b.txt", "--format", "html"}, inputs: []string{"a.txt", "b.txt"}, format: "html", score: diffing.DefaultConfig().MinScore},
		{name: "unknown format", args: []string{"--format", "xml"}, err: `--format: unknown format "xml" (want tui, json, markdown or html)`},
		{name: "unknown unit", args: []string{"--unit", "word"}, err: `--unit: unknown unit "word"`},
		{name: "unknown flag", args: []string{"--colour"}, err: "unknown flag: --colour"},
		{name: "unknown flag with one dash", args: []string{"-colour"}, err: "unknown flag: -colour"},
		{name: "a long flag with one dash", args: []string{"-format", "json"}, err: "unknown flag: -format (long flags take two dashes: --format)"},
		{name: "a long flag with one dash and a value", args: []string{"-format=json"}, err: "unknown flag: -format=json (long flags take two dashes: --format)"},
		{name: "a value with no flag", args: []string{"--format=json", "--unit"}, err: "--unit needs a value"},
		{name: "score out of range", args: []string{"--min-score", "2"}, err: "--min-score: 2 is outside 0 to 1"},
		{name: "score not a number", args: []string{"--min-score", "high"}, err: `--min-score: "high" is not a number from 0 to 1`},
		{name: "score NaN", args: []string{"--min-score", "NaN"}, err: `--min-score: "NaN" is not a number from 0 to 1`},
		{name: "score infinite", args: []string{"--min-score=+Inf"}, err: `--min-score: "+Inf" is not a number from 0 to 1`},
		{name: "score negative", args: []string{"--min-score=-0.1"}, err: `--min-score: "-0.1" is not a number from 0 to 1`},
		{name: "score in hexadecimal", args: []string{"--min-score", "0x1p-2"}, err: `--min-score: "0x1p-2" is not a number`},
		{name: "score with an exponent", args: []string{"--min-score", "5e-1"}, err: `--min-score: "5e-1" is not a number`},
		{name: "score missing", args: []string{"--min-score"}, err: "--min-score needs a value"},
		{name: "half a byte", args: []string{"--max-size", "0.5"}, err: `--max-size: "0.5" is less than one byte`},
		{name: "nine tenths of a byte", args: []string{"--max-size", "0.9b"}, err: `--max-size: "0.9b" is less than one byte`},
		{name: "a fraction of a byte", args: []string{"--max-size", "1.5"}, err: `--max-size: "1.5" is not a whole number of bytes`},
		{name: "size NaN", args: []string{"--max-size=NaN"}, err: `--max-size: "NaN" is not a size`},
		{name: "size infinite", args: []string{"--max-size=Inf"}, err: `--max-size: "Inf" is not a size`},
		{name: "timeout not a duration", args: []string{"--timeout", "soon"}, err: `--timeout: "soon" is not a duration`},
		{name: "timeout zero", args: []string{"--timeout", "0s"}, err: `--timeout: "0s" is not a positive duration`},
		{name: "timeout negative", args: []string{"--timeout=-5s"}, err: `--timeout: "-5s" is not a positive duration`},
		{name: "timeout overflowing", args: []string{"--timeout", "1e9h"}, err: `--timeout: "1e9h" is not a duration`},
		{name: "boolean flag with a value", args: []string{"--print=maybe"}, err: `--print: "maybe" is not a valid value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts, err := parseArgs(tt.args)
			if tt.err != "" {
				require.Error(t, err)
				assert.True(t, isUsageError(err))
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.inputs, opts.inputs)
			assert.Equal(t, tt.format, opts.format)
			assert.Equal(t, tt.unit, opts.unit)
			assert.InDelta(t, tt.score, opts.minScore, 1e-9)
		})
	}
}

func TestHelpListsEveryFlag(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		code, out, errOut := runCmd(args...)
		assert.Equal(t, 0, code, errOut)
		assert.Contains(t, out, "USAGE")
		assert.Contains(t, out, "press ? for the keys")
		root := newCommand(io.Discard, io.Discard, func(*cobra.Command, options) {})
		root.Flags().VisitAll(func(f *pflag.Flag) { assert.Contains(t, out, "--"+f.Name) })
		assert.NotContains(t, out, "\x1b", "no colour when the output is not a terminal")
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"-v"}} {
		code, out, _ := runCmd(args...)
		assert.Equal(t, 0, code)
		assert.Equal(t, "parallax "+buildVersion()+"\n", out)
	}
}

func TestDescribeVersion(t *testing.T) {
	build := func(version string, settings ...string) *debug.BuildInfo {
		info := &debug.BuildInfo{Main: debug.Module{Version: version}}
		for i := 0; i+1 < len(settings); i += 2 {
			info.Settings = append(info.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return info
	}
	const rev = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"
	for _, tt := range []struct {
		name    string
		ldflags string
		info    *debug.BuildInfo
		want    string
	}{
		{"set with -ldflags -X", "v1.4.0", build("(devel)", "vcs.revision", rev), "v1.4.0"},
		{"installed as a module", "", build("v1.2.0"), "v1.2.0"},
		{"a checkout: Go's pseudo-version names the commit", "", build("v0.0.0-20260101120000-1a2b3c4d5e6f+dirty", "vcs.revision", rev, "vcs.modified", "true"),
			"v0.0.0-20260101120000-1a2b3c4d5e6f+dirty"},
		{"a tagged checkout", "", build("v1.2.0", "vcs.revision", rev), "v1.2.0 (1a2b3c4d5e6f)"},
		{"(devel) with the commit", "", build("(devel)", "vcs.revision", rev, "vcs.modified", "false"), "devel 1a2b3c4d5e6f"},
		{"(devel) with changes", "", build("(devel)", "vcs.revision", rev, "vcs.modified", "true"), "devel 1a2b3c4d5e6f+dirty"},
		{"no version control information", "", build("(devel)"), "devel (built without version control information)"},
		{"no build information", "", nil, "unknown (no build information)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, describeVersion(tt.ldflags, tt.info))
		})
	}
}

func TestCompletionScripts(t *testing.T) {
	for shell, want := range map[string]string{
		"bash": "complete -o default -F __start_parallax parallax",
		"zsh":  "#compdef parallax",
		"fish": "complete -c parallax",
	} {
		code, out, errOut := runCmd("completion", shell)
		assert.Equal(t, 0, code, errOut)
		assert.Contains(t, out, want, shell)
	}
	code, _, errOut := runCmd("completion", "tcsh")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `parallax: completion: unknown shell "tcsh" (want bash, zsh, fish or powershell)`)
}

func TestCompletionsOfFlagValues(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"--format", ""}, formats},
		{[]string{"--color", ""}, colors},
		{[]string{"--theme", ""}, []string{"auto", "dark", "light"}},
		{[]string{"--unit", ""}, []string{"sentence", "line", "paragraph"}},
		{[]string{"--layout", ""}, []string{"auto", "side", "stacked"}},
		{[]string{"--for"}, []string{"--format"}},
	} {
		code, out, errOut := runCmd(append([]string{cobra.ShellCompRequestCmd}, tt.args...)...)
		require.Equal(t, 0, code, errOut)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		var got []string
		for _, l := range lines[:len(lines)-1] { // the last is the directive
			got = append(got, strings.SplitN(l, "\t", 2)[0])
		}
		assert.Equal(t, tt.want, got, "%v", tt.args)
	}
}

func TestManPage(t *testing.T) {
	code, out, errOut := runCmd("man")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, ".TH PARALLAX 1"), out)
	assert.Contains(t, out, ".SH NAME\nparallax - compare reports of the same event side by side")
	for _, flag := range []string{"format", "min-score", "theme", "color", "print", "layout", "mouse", "config"} {
		assert.Contains(t, out, `\fB--`+flag+`\fP`)
	}
	for _, section := range []string{".SH KEYS", ".SH FILES", ".SH ENVIRONMENT", ".SH EXIT STATUS"} {
		assert.Contains(t, out, section)
	}
	assert.Contains(t, out, "Y: copy the match, every version", "the keys come from the reader's command tables")
}

func TestJSONOnTheSeeds(t *testing.T) {
	code, out, errOut := runCmd("--format", "json")
	require.Equal(t, 0, code, errOut)
	var doc struct {
		Articles []struct {
			Source string `json:"source"`
		} `json:"articles"`
		Matches []struct {
			Relation string `json:"relation"`
			Diff     []struct {
				Text string `json:"text"`
			} `json:"diff"`
		} `json:"matches"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.Len(t, doc.Articles, 2)
	assert.Equal(t, "1-white-house-confirms-message.txt", doc.Articles[0].Source)
	var kirby bool
	for _, m := range doc.Matches {
		for _, d := range m.Diff {
			if d.Text == "relayed" {
				kirby = true
				assert.Equal(t, "reworded", m.Relation)
			}
		}
	}
	assert.True(t, kirby, "the seed JSON holds Kirby's match")
}

func TestReportFormatsOnTheSeeds(t *testing.T) {
	code, out, errOut := runCmd("--format", "markdown")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "# parallax comparison: "), out)
	for _, want := range []string{"## Quotes", "## Facts", "## Coverage", "**relayed**"} {
		assert.Contains(t, out, want)
	}

	code, out, errOut = runCmd("--format", "html")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"), out)
	assert.Contains(t, out, `<mark class="r1">conveyed</mark>`)
	assert.True(t, strings.HasSuffix(out, "</html>\n"))
}

func TestJSONOnTwoFiles(t *testing.T) {
	a := writeFile(t, "a.txt", "The storm destroyed 300 homes on the coast.\nOfficials urged calm.\n")
	b := writeFile(t, "b.txt", "Officials urged residents to stay calm.\nThe storm destroyed three hundred homes along the coast.\n")
	code, out, errOut := runCmd("--format", "json", "--unit", "line", a, b)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"unit": "line"`)
	assert.Contains(t, out, `"relation"`)
}

func TestBadInputIsAOneLineError(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, "good.txt", "A sentence of the report.\n")
	empty := writeFile(t, "empty.txt", "")
	blank := writeFile(t, "blank.txt", " \n\t\n")
	binary := writeFile(t, "binary.bin", "PK\x03\x04\x00\x00binary")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"one file", []string{good}, 2, "parallax compares 2 to 8 reports; got only " + good},
		{"nine files", []string{good, good, good, good, good, good, good, good, good}, 2, "parallax compares 2 to 8 reports; got 9"},
		{"missing file", []string{good, filepath.Join(dir, "nope.txt")}, 1, "nope.txt: no such file"},
		{"empty file", []string{good, empty}, 1, "empty.txt: is empty"},
		{"white space only", []string{blank, good}, 1, "blank.txt: has no text"},
		{"binary file", []string{good, binary}, 1, "binary.bin: looks like a binary file"},
		{"a directory with no reports", []string{good, dir}, 1, "holds no reports"},
		{"bad flag", []string{"--nope"}, 2, "unknown flag: --nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(append([]string{"--format", "json"}, tt.args...)...)
			assert.Equal(t, tt.code, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tt.want)
			assert.True(t, strings.HasPrefix(errOut, "parallax: "), errOut)
			if tt.code == 1 {
				assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
			}
		})
	}
}

// parseArgs parses a command line as parallax does, and returns the
// options it would run with.
func parseArgs(args []string) (options, error) {
	var got options
	root := newCommand(io.Discard, io.Discard, func(_ *cobra.Command, opts options) { got = opts })
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		return got, asUsageError(err)
	}
	return got, nil
}
