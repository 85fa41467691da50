package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonDoc is the part of the JSON output these tests read.
type jsonDoc struct {
	Articles []struct {
		Source   string `json:"source"`
		Title    string `json:"title"`
		Date     string `json:"date"`
		Site     string `json:"site"`
		Format   string `json:"format"`
		Encoding string `json:"encoding"`
		Text     string `json:"text"`
		Passages []struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Kind  string `json:"kind"`
		} `json:"passages"`
	} `json:"articles"`
	Matches []struct {
		Members []struct {
			Article  int   `json:"article"`
			Passages []int `json:"passages"`
		} `json:"members"`
	} `json:"matches"`
}

// runJSON runs parallax --format json with args and decodes its output.
func runJSON(t *testing.T, stdin string, args ...string) (jsonDoc, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := runInput(context.Background(), append([]string{"--format", "json"}, args...), strings.NewReader(stdin), &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	var doc jsonDoc
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
	return doc, errOut.String()
}

func TestJSONOnThreeReportsGroupsEachFact(t *testing.T) {
	dir := t.TempDir()
	reports := map[string]string{
		"a.txt": "The storm destroyed 300 homes on the coast on Monday.\n\nThe governor urged residents to stay calm.\n",
		"b.md":  "# Coast storm\n\nOn Monday the storm *destroyed* 300 homes along the coast.\n\nSchools were closed across the region.\n",
		"c.html": `<html><head><title>Storm report</title></head><body><article>
<p>Residents were urged to stay calm by the governor.</p>
<p>The storm destroyed 300 homes on the coast on Monday, officials said.</p></article></body></html>`,
	}
	for name, content := range reports {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	doc, stderr := runJSON(t, "", dir)
	assert.Empty(t, stderr)
	require.Len(t, doc.Articles, 3)
	assert.Equal(t, []string{"text", "markdown", "html"}, []string{doc.Articles[0].Format, doc.Articles[1].Format, doc.Articles[2].Format})
	assert.Empty(t, doc.Articles[0].Text, "a plain UTF-8 file's offsets index the file; no derived text")
	for _, a := range doc.Articles[1:] {
		require.NotEmpty(t, a.Text, "derived text is in the JSON")
		for _, p := range a.Passages {
			assert.Equal(t, a.Text[p.Start:p.End], p.Text, "offsets index the derived text")
		}
	}
	var storm []int
	for _, m := range doc.Matches {
		if len(m.Members) == 3 {
			for _, mem := range m.Members {
				storm = append(storm, mem.Article)
				require.Len(t, mem.Passages, 1)
				text := doc.Articles[mem.Article].Passages[mem.Passages[0]].Text
				assert.Contains(t, text, "300 homes")
			}
		}
	}
	assert.Equal(t, []int{0, 1, 2}, storm, "the storm sentence is one match with one member per report")
}

func TestReportFromStandardInput(t *testing.T) {
	other := writeFile(t, "b.txt", "Officials urged residents to stay calm.\n")
	doc, _ := runJSON(t, "Residents were urged to stay calm by officials.\n", "-", other)
	require.Len(t, doc.Articles, 2)
	assert.Equal(t, "stdin", doc.Articles[0].Source)
	assert.Len(t, doc.Matches, 1)
}

func TestReportsFromWebPages(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><title>Storm hits coast</title><meta property="og:site_name" content="Herald">
<meta property="article:published_time" content="2023-10-26T10:00:00Z"></head>
<body><article><p>The storm destroyed 300 homes on the coast on Monday.</p></article></body></html>`)
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "On Monday the storm destroyed 300 homes along the coast.\n")
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()
	doc, _ := runJSON(t, "", ts.URL+"/a", ts.URL+"/b")
	require.Len(t, doc.Articles, 2)
	assert.Equal(t, ts.URL+"/a", doc.Articles[0].Source)
	assert.Equal(t, "Storm hits coast", doc.Articles[0].Title)
	assert.Equal(t, "2023-10-26", doc.Articles[0].Date)
	assert.Equal(t, "Herald", doc.Articles[0].Site)
	assert.Len(t, doc.Matches, 1)
}

func TestBadInputEndToEnd(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	ts := httptest.NewServer(mux)
	defer ts.Close()
	good := writeFile(t, "good.txt", "A sentence of the report.\n")
	big := writeFile(t, "big.txt", strings.Repeat("A sentence of the report. ", 100))
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"a file over the size limit", []string{"--max-size", "1KB", good, big}, 1,
			big + ": is larger than the size limit (2.5 KB, the limit is 1 KB); raise the limit with --max-size"},
		{"a page that times out", []string{"--timeout", "100ms", ts.URL + "/slow", good}, 1,
			ts.URL + "/slow: timed out after 100ms; allow longer with --timeout"},
		{"a page that is not found", []string{ts.URL + "/missing", good}, 1, ts.URL + "/missing: HTTP error 404 Not Found"},
		{"a page that is not HTML", []string{ts.URL + "/pdf", good}, 1, ts.URL + "/pdf: is not a web page or text (the server sent application/pdf)"},
		{"a redirect loop", []string{ts.URL + "/loop", good}, 1, ts.URL + "/loop: redirects too many times (more than 10; a redirect loop?)"},
		{"a size that is not a size", []string{"--max-size", "lots", good, good}, 2, `--max-size: "lots" is not a size`},
		{"a timeout that is not positive", []string{"--timeout", "0s", good, good}, 2, `--timeout: "0s" is not a positive duration`},
		{"standard input twice", []string{"-", "-"}, 2, "standard input (-) can be read only once"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(append([]string{"--format", "json"}, tt.args...)...)
			assert.Equal(t, tt.code, code)
			assert.Empty(t, out)
			assert.True(t, strings.HasPrefix(errOut, "parallax: "+tt.want), "got %q", errOut)
			if tt.code == 1 {
				assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
			}
		})
	}
}

func TestRaisingTheSizeLimitOpensALargeFile(t *testing.T) {
	big := writeFile(t, "big.txt", strings.Repeat("A sentence of the report. ", 100))
	code, _, errOut := runCmd("--format", "json", "--max-size", "1KB", big, big)
	require.Equal(t, 1, code)
	code, _, errOut = runCmd("--format", "json", "--max-size", "3KB", big, big)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, "parallax: warning: "+big+": is given twice; it is shown twice\n", errOut, "the same file twice is allowed, with a note")
}

func TestInterruptWhileLoadingExits130(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	good := writeFile(t, "good.txt", "A sentence.\n")
	var out, errOut bytes.Buffer
	code := runInput(ctx, []string{good, good}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, 130, code)
	assert.Equal(t, "parallax: interrupted\n", errOut.String())
}

func TestUserAgentNamesParallax(t *testing.T) {
	assert.Regexp(t, `^parallax/[^ ()]+ \(\+https://github\.com/parallax-reader/parallax\)$`, userAgent())
}
