package source

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// articlePage is a news page as outlets publish them: navigation, a
// headline repeating the title, a byline, a figure with a caption,
// share buttons and a footer around the article.
const articlePage = `<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Storm destroys 300 homes on the coast | The Coastal Herald</title>
<meta property="og:site_name" content="The Coastal Herald">
<meta property="article:published_time" content="2023-10-26T09:30:00+02:00">
<meta name="author" content="Jane Doe">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article>
<h1>Storm destroys 300 homes on the coast</h1>
<p>A powerful storm destroyed 300 homes along the coast on Thursday, officials said, as emergency crews worked through the night to reach stranded residents.</p>
<figure><img src="waves.jpg" alt=""><figcaption>Waves break over the sea wall on Thursday. REUTERS/John Roe</figcaption></figure>
<p>The regional governor urged residents to stay calm and to follow the instructions of the emergency services, which have opened six shelters in schools.</p>
<p>Forecasters expect more rain on Friday, and warned that rivers in the north could burst their banks by the weekend if the rain does not ease.</p>
</article></main>
<footer><p>Share this article</p><p>© 2023 The Coastal Herald. All rights reserved.</p></footer>
</body></html>`

// testServer serves fixture pages on loopback and records the
// User-Agent of the requests it gets.
type testServer struct {
	*httptest.Server
	mu        sync.Mutex
	userAgent string
}

func newTestServer(t *testing.T) *testServer {
	t.Helper()
	ts := &testServer{}
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		ts.mu.Lock()
		ts.userAgent = r.UserAgent()
		ts.mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articlePage)
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Officials urged residents to stay calm.\n\nThe storm destroyed 300 homes.\n")
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		fmt.Fprint(w, "Caf\xe9 owners stayed calm.\n")
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", "100000")
		fmt.Fprint(w, strings.Repeat("a ", 50_000))
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 100 { // no Content-Length: the limit must stop the read
			if _, err := fmt.Fprint(w, strings.Repeat("word ", 1000)); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
	})
	ts.Server = httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts
}

func TestOpenFetchesWebPages(t *testing.T) {
	ts := newTestServer(t)
	res, err := open(t, []string{ts.URL + "/article", ts.URL + "/text"}, Options{UserAgent: "parallax-test/1"})
	require.NoError(t, err)
	require.Len(t, res.Articles, 2)
	page := res.Articles[0]
	requireValidArticle(t, page)
	assert.Equal(t, ts.URL+"/article", page.Source)
	assert.Equal(t, "Storm destroys 300 homes on the coast", page.Title)
	assert.Equal(t, "2023-10-26", page.Date)
	assert.Equal(t, "Jane Doe", page.Author)
	assert.Equal(t, "The Coastal Herald", page.Site)
	assert.True(t, page.Derived)
	assert.Equal(t, []string{
		"A powerful storm destroyed 300 homes along the coast on Thursday, officials said, as emergency crews worked through the night to reach stranded residents.",
		"The regional governor urged residents to stay calm and to follow the instructions of the emergency services, which have opened six shelters in schools.",
		"Forecasters expect more rain on Friday, and warned that rivers in the north could burst their banks by the weekend if the rain does not ease.",
	}, prose(page))
	assert.Contains(t, passageTexts(page), "noise: Waves break over the sea wall on Thursday. REUTERS/John Roe")
	assert.NotContains(t, page.Text, "Sport", "navigation is not article text")
	assert.Empty(t, res.Warnings)

	text := res.Articles[1]
	assert.False(t, text.Derived, "a text/plain page is parsed as served")
	assert.Equal(t, []string{"Officials urged residents to stay calm.", "The storm destroyed 300 homes."}, prose(text))

	ts.mu.Lock()
	defer ts.mu.Unlock()
	assert.Equal(t, "parallax-test/1", ts.userAgent)
}

func TestOpenFollowsRedirectsAndCharsets(t *testing.T) {
	ts := newTestServer(t)
	res, err := open(t, []string{ts.URL + "/moved", ts.URL + "/latin1"}, Options{})
	require.NoError(t, err)
	assert.Equal(t, "Storm destroys 300 homes on the coast", res.Articles[0].Title)
	assert.Equal(t, ts.URL+"/moved", res.Articles[0].Source, "the source is the URL as given")
	assert.Equal(t, []string{"Café owners stayed calm."}, prose(res.Articles[1]))
	assert.Equal(t, "windows-1252", res.Articles[1].Encoding)
}

func TestOpenReportsWebErrors(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		name string
		path string
		opts Options
		is   error
		want string
	}{
		{"a page that is not found", "/missing", Options{}, ErrHTTP, "HTTP error 404 Not Found"},
		{"a page that is not HTML or text", "/pdf", Options{}, ErrNotText, "is not a web page or text (the server sent application/pdf)"},
		{"a redirect loop", "/loop", Options{MaxRedirects: 3}, ErrRedirects, "redirects too many times (more than 3; a redirect loop?)"},
		{"a page that times out", "/slow", Options{Timeout: 150 * time.Millisecond}, ErrTimeout, "timed out after 150ms"},
		{"a page whose length is over the limit", "/huge", Options{MaxBytes: 1000}, ErrTooLarge, "(97.7 KB, the limit is 1000 B)"},
		{"a page that never ends", "/endless", Options{MaxBytes: 10_000}, ErrTooLarge, "(more than 9.8 KB)"},
		{"an empty page", "/empty", Options{}, ErrEmpty, "is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := ts.URL + tt.path
			start := time.Now()
			_, err := open(t, []string{url, ts.URL + "/text"}, tt.opts)
			require.Error(t, err)
			assert.Less(t, time.Since(start), 3*time.Second, "no hang")
			assert.ErrorIs(t, err, tt.is)
			assert.True(t, strings.HasPrefix(err.Error(), url+": "), err.Error())
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}

func TestOpenReportsAnUnreachableServer(t *testing.T) {
	ts := httptest.NewServer(http.NotFoundHandler())
	url := ts.URL + "/gone"
	ts.Close() // nothing listens there any more
	_, err := open(t, []string{url, url}, Options{})
	require.Error(t, err)
	assert.Equal(t, url+": cannot connect: connection refused", err.Error())
}

func TestOpenStopsWhenCancelled(t *testing.T) {
	ts := newTestServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	var once sync.Once
	status := func(msg string) {
		if strings.HasPrefix(msg, "fetching") {
			once.Do(func() { time.AfterFunc(50*time.Millisecond, cancel) })
		}
	}
	start := time.Now()
	_, err := Open(ctx, []string{ts.URL + "/slow", ts.URL + "/slow"}, Options{}, status)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, time.Since(start), 2*time.Second)
}

func TestOpenReportsProgress(t *testing.T) {
	ts := newTestServer(t)
	var mu sync.Mutex
	var lines []string
	status := func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		lines = append(lines, msg)
	}
	_, err := Open(context.Background(), []string{ts.URL + "/article", ts.URL + "/text"}, Options{}, status)
	require.NoError(t, err)
	mu.Lock()
	defer mu.Unlock()
	assert.Contains(t, lines, "fetching "+ts.URL+"/article")
	assert.Contains(t, lines, "fetching "+ts.URL+"/text")
	size := FormatSize(int64(len(articlePage)))
	assert.Contains(t, lines, "fetching "+ts.URL+"/article "+size+" of "+size, "the last line gives the size received")
}
