package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
		{name: "flags between files", args: []string{"a.txt", "-min-score", "0.5", "b.txt"}, inputs: []string{"a.txt", "b.txt"}, format: "tui", score: 0.5},
		{name: "double dash ends flags", args: []string{"--", "--format", "b.txt"}, inputs: []string{"--format", "b.txt"}, format: "tui", score: diffing.DefaultConfig().MinScore},
		{name: "markdown report", args: []string{"--format=markdown"}, format: "markdown", score: diffing.DefaultConfig().MinScore},
		{name: "html report", args: []string{"a.txt", "b.txt", "--format", "html"}, inputs: []string{"a.txt", "b.txt"}, format: "html", score: diffing.DefaultConfig().MinScore},
		{name: "unknown format", args: []string{"--format", "xml"}, err: `--format: unknown format "xml" (want tui, json, markdown or html)`},
		{name: "unknown unit", args: []string{"--unit", "word"}, err: `--unit: unknown unit "word"`},
		{name: "unknown flag", args: []string{"--colour"}, err: "unknown flag --colour"},
		{name: "unknown flag with one dash", args: []string{"-colour"}, err: "unknown flag --colour"},
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

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := runCmd("--help")
	assert.Equal(t, 0, code)
	for _, want := range []string{"Usage:", "--format", "--unit", "--min-score", "--version", "press ? for the keys"} {
		assert.Contains(t, out, want)
	}
	code, out, _ = runCmd("-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "Usage:")

	code, out, _ = runCmd("--version")
	assert.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "parallax "), out)
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
		{"bad flag", []string{"--nope"}, 2, "unknown flag --nope"},
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
