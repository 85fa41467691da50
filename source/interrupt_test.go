package source

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

func TestOpenNamesTheFirstFailingInputInArgumentOrder(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/late", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(300 * time.Millisecond) // fails, but after the second
		http.NotFound(w, r)
	})
	mux.HandleFunc("/gone", http.NotFound)
	ts := httptest.NewServer(mux)
	defer ts.Close()
	for range 3 {
		_, err := open(t, []string{ts.URL + "/late", ts.URL + "/gone"}, Options{})
		require.Error(t, err)
		assert.Equal(t, ts.URL+"/late: HTTP error 404 Not Found", err.Error())
	}
}

// syncBuffer is a bytes.Buffer safe to write from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestFetchLogsNothing(t *testing.T) {
	// A server that sends more body than its Content-Length: Go's HTTP
	// client logs the extra bytes it finds on an idle connection.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				buf := make([]byte, 4096)
				_, _ = conn.Read(buf)
				body := "The storm hit the coast.\n"
				fmt.Fprintf(conn, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%sEXTRA BYTES", len(body), body)
				time.Sleep(500 * time.Millisecond)
			}()
		}
	}()
	logged := &syncBuffer{}
	log.SetOutput(logged)
	defer log.SetOutput(os.Stderr)

	url := "http://" + ln.Addr().String()
	res, err := open(t, []string{url + "/a", url + "/b"}, Options{})
	require.NoError(t, err)
	assert.Equal(t, []string{"The storm hit the coast."}, prose(res.Articles[0]))
	time.Sleep(300 * time.Millisecond) // the client's connection reader logs after the fetch
	assert.Empty(t, logged.String())
}

// slowParse makes parsing take d, for the duration of a test.
func slowParse(t *testing.T, d time.Duration) {
	t.Helper()
	parseDocument = func(doc model.Document, unit model.Unit) *model.Article {
		time.Sleep(d)
		return model.ParseDocument(doc, unit)
	}
	t.Cleanup(func() { parseDocument = model.ParseDocument })
}

func TestTimeoutBoundsAWebPagesWholeWork(t *testing.T) {
	ts := newTestServer(t)
	slowParse(t, 3*time.Second)
	start := time.Now()
	_, err := open(t, []string{ts.URL + "/article", ts.URL + "/text"}, Options{Timeout: 200 * time.Millisecond})
	assert.ErrorIs(t, err, ErrTimeout)
	assert.Equal(t, ts.URL+"/article: timed out after 200ms", err.Error())
	assert.Less(t, time.Since(start), 2*time.Second)
}

func TestOpenStopsWhileParsingWhenCancelled(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "The storm hit.", "b.md": "# B\n\nIt rained."})
	slowParse(t, 3*time.Second)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := Open(ctx, []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.md")}, Options{}, nil)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, time.Since(start), time.Second)
}
