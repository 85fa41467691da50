package source

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

func TestOpenRejectsBadInput(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.txt":            "A sentence of the report.\n",
		"empty.txt":           "",
		"blank.txt":           " \n\t\r\n\u00a0\n",
		"bom-only.txt":        "\uFEFF\n",
		"binary.txt":          "PK\x03\x04\x00\x00binary",
		"big.txt":             strings.Repeat("word ", 300),
		"empty-dir/notes.pdf": "%PDF",
		"script.html":         "<html><body><script>alert(1)</script></body></html>",
	})
	good := filepath.Join(dir, "good.txt")
	path := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name string
		args []string
		opts Options
		is   error
		want string
	}{
		{"a missing file", []string{good, path("nope.txt")}, Options{}, nil, path("nope.txt") + ": no such file or directory"},
		{"an empty file", []string{path("empty.txt"), good}, Options{}, ErrEmpty, path("empty.txt") + ": is empty"},
		{"a file of white space", []string{good, path("blank.txt")}, Options{}, ErrNoText, path("blank.txt") + ": has no text (only white space)"},
		{"a file holding only a byte order mark", []string{good, path("bom-only.txt")}, Options{}, ErrNoText, path("bom-only.txt") + ": has no text"},
		{"a binary file", []string{good, path("binary.txt")}, Options{}, ErrBinary, path("binary.txt") + ": looks like a binary file"},
		{"a file over the size limit", []string{good, path("big.txt")}, Options{MaxBytes: 1000}, ErrTooLarge, path("big.txt") + ": is larger than the size limit (1.5 KB, the limit is 1000 B)"},
		{"a directory with no reports", []string{good, path("empty-dir")}, Options{}, ErrNoReports, path("empty-dir") + ": holds no reports (looked for .txt, .md and .html files)"},
		{"a page with no text", []string{good, path("script.html")}, Options{}, ErrNoArticle, path("script.html") + ": has no article text"},
		{"standard input twice", []string{"-", "-"}, Options{Stdin: strings.NewReader("x")}, ErrStdinTwice, "standard input (-) can be read only once"},
		{"a malformed URL", []string{good, "http://"}, Options{}, nil, "http://: not a valid URL"},
		{"a web address without its scheme", []string{good, "example.com/news/storm"}, Options{}, nil,
			"example.com/news/storm: no such file or directory (for a web page, write https://example.com/news/storm)"},
		{"a missing file named like a site", []string{good, "notes.txt"}, Options{}, nil, "notes.txt: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := open(t, tt.args, tt.opts)
			require.Error(t, err)
			if tt.is != nil {
				assert.ErrorIs(t, err, tt.is)
			}
			assert.True(t, strings.HasPrefix(err.Error(), tt.want), "got %q, want it to start with %q", err.Error(), tt.want)
			assert.NotContains(t, strings.TrimPrefix(err.Error(), tt.want), "https://", "no hint unless it fits")
			assert.NotContains(t, err.Error(), "\n", "one line")
		})
	}
}

func TestOpenReportsAnUnreadableFile(t *testing.T) {
	t.Run("permission denied", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root reads any file")
		}
		dir := writeFiles(t, map[string]string{"locked.txt": "Secret.", "good.txt": "Open."})
		require.NoError(t, os.Chmod(filepath.Join(dir, "locked.txt"), 0))
		_, err := open(t, []string{filepath.Join(dir, "good.txt"), filepath.Join(dir, "locked.txt")}, Options{})
		require.Error(t, err)
		assert.Equal(t, filepath.Join(dir, "locked.txt")+": permission denied", err.Error())
	})
	t.Run("a read that fails", func(t *testing.T) {
		// Reading a process's memory from offset 0 fails with an I/O
		// error even for root: a file that opens but cannot be read.
		const mem = "/proc/self/mem"
		if _, err := os.Stat(mem); err != nil {
			t.Skip("needs Linux /proc")
		}
		dir := writeFiles(t, map[string]string{"good.txt": "Open."})
		_, err := open(t, []string{filepath.Join(dir, "good.txt"), mem}, Options{})
		require.Error(t, err)
		assert.Equal(t, mem+": cannot read it: input/output error", err.Error())
	})
}

func TestOpenCountsReports(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A.", "b.txt": "B."})
	a := filepath.Join(dir, "a.txt")
	var count *CountError

	_, err := open(t, []string{a}, Options{})
	require.ErrorAs(t, err, &count)
	assert.Equal(t, "parallax compares 2 to 8 reports; got only "+a+" (name another, or none for the built-in example)", err.Error())

	_, err = open(t, []string{a, a, a, a, a, a, a, a, a}, Options{})
	require.ErrorAs(t, err, &count)
	assert.Equal(t, "parallax compares 2 to 8 reports; got 9", err.Error())

	res, err := open(t, []string{a, a, a, a, a, a, a, a}, Options{})
	require.NoError(t, err)
	assert.Len(t, res.Articles, 8)
}

func TestOpenWithoutArgumentsOpensTheSeeds(t *testing.T) {
	res, err := open(t, nil, Options{})
	require.NoError(t, err)
	require.Len(t, res.Articles, 2)
	assert.Equal(t, "1-white-house-confirms-message.txt", res.Articles[0].Source)
	assert.Equal(t, "2023-10-26", res.Articles[0].Date)
	assert.False(t, res.Articles[0].Derived, "seed offsets index the files byte for byte")
	assert.Empty(t, res.Warnings)
}

func TestOpenReadsDirectoriesInNameOrder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b-second.md":      "# Second\n\nThe second report.",
		"a-first.txt":      "The first report.",
		"c-third.html":     "<p>The third report.</p>",
		".hidden.txt":      "Hidden.",
		"notes.pdf":        "%PDF",
		"sub/deeper.txt":   "Not read: directories are not searched.",
		"d-fourth.TXT":     "The fourth report.",
		"e-unknown.report": "Not a report extension.",
	})
	res, err := open(t, []string{dir}, Options{})
	require.NoError(t, err)
	var names []string
	for _, a := range res.Articles {
		names = append(names, filepath.Base(a.Source))
	}
	assert.Equal(t, []string{"a-first.txt", "b-second.md", "c-third.html", "d-fourth.TXT"}, names)
	assert.Equal(t, "Second", res.Articles[1].Title)
}

func TestOpenAllowsTheSameReportTwiceWithAWarning(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "The storm hit.\n"})
	a := filepath.Join(dir, "a.txt")
	link := filepath.Join(dir, "link.txt")
	require.NoError(t, os.Symlink(a, link))
	res, err := open(t, []string{a, link}, Options{})
	require.NoError(t, err)
	require.Len(t, res.Articles, 2)
	assert.NotSame(t, res.Articles[0], res.Articles[1], "each pane has its own article")
	assert.Equal(t, res.Articles[0].Text, res.Articles[1].Text)
	assert.Equal(t, []Warning{{Input: link, Message: "is the same report as " + a + "; it is shown twice"}}, res.Warnings)
}

func TestOpenReadsStandardInput(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "The storm hit the coast."})
	stdin := strings.NewReader("<!DOCTYPE html><html><head><title>Piped page</title></head><body><p>The storm hit the coast on Monday.</p></body></html>")
	res, err := open(t, []string{"-", filepath.Join(dir, "a.txt")}, Options{Stdin: stdin})
	require.NoError(t, err)
	piped := res.Articles[0]
	assert.Equal(t, "stdin", piped.Source)
	assert.Equal(t, model.FormatHTML, piped.Format, "HTML on standard input is recognised")
	assert.Equal(t, "Piped page", piped.Title)
	assert.Equal(t, []string{"The storm hit the coast on Monday."}, prose(piped))

	stdin = strings.NewReader("# Piped notes\n\nThe *storm* hit [the coast](https://example.com/coast).\n")
	res, err = open(t, []string{filepath.Join(dir, "a.txt"), "-"}, Options{Stdin: stdin})
	require.NoError(t, err)
	assert.Equal(t, model.FormatMarkdown, res.Articles[1].Format, "Markdown on standard input is recognised")
	assert.Equal(t, "Piped notes", res.Articles[1].Title)
	assert.Equal(t, []string{"The storm hit the coast."}, prose(res.Articles[1]))

	_, err = open(t, []string{"-", filepath.Join(dir, "a.txt")}, Options{Stdin: strings.NewReader("")})
	assert.EqualError(t, err, "standard input: is empty")
}

// blockingReader never returns, like a terminal nobody types into.
type blockingReader struct{ done chan struct{} }

func (b blockingReader) Read([]byte) (int, error) { <-b.done; return 0, errors.New("closed") }

func TestOpenStopsWaitingForStandardInputWhenCancelled(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A."})
	stdin := blockingReader{done: make(chan struct{})}
	defer close(stdin.done)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := Open(ctx, []string{"-", filepath.Join(dir, "a.txt")}, Options{Stdin: stdin}, nil)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
}

func TestOpenHandlesReportsWithoutSentences(t *testing.T) {
	noPunctuation := "storm hits the coast\nthree hundred homes destroyed\nofficials urge calm\n"
	oneLine := strings.Repeat("word ", 1<<20/5)
	dir := writeFiles(t, map[string]string{"lines.txt": noPunctuation, "long.txt": oneLine})
	res, err := open(t, []string{filepath.Join(dir, "lines.txt"), filepath.Join(dir, "long.txt")}, Options{})
	require.NoError(t, err)

	lines := res.Articles[0]
	assert.Equal(t, []string{"storm hits the coast", "three hundred homes destroyed", "officials urge calm"}, prose(lines),
		"with no sentence punctuation each line is a passage")
	assert.Equal(t, []Warning{{Input: filepath.Join(dir, "lines.txt"), Message: "has no sentence punctuation; each line is a passage"}}, res.Warnings)

	long := res.Articles[1]
	requireValidArticle(t, long)
	require.Len(t, long.Passages, 1, "a single 1 MB line is one passage")
	assert.Greater(t, len(long.Passages[0].Text), 1<<20-10)
}

func TestOpenReadsManyReportsAtOnce(t *testing.T) {
	files := map[string]string{}
	for i := range MaxReports {
		files[fmt.Sprintf("%d.md", i)] = fmt.Sprintf("# Report %d\n\nThe *storm* hit [the coast](https://example.com/%d).\n", i, i)
	}
	res, err := open(t, []string{writeFiles(t, files)}, Options{})
	require.NoError(t, err)
	require.Len(t, res.Articles, MaxReports)
	for i, a := range res.Articles {
		assert.Equal(t, fmt.Sprintf("Report %d", i), a.Title, "articles keep the order of their names")
		assert.Equal(t, []string{"The storm hit the coast."}, prose(a))
	}
}
