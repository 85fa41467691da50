//go:build unix

package source

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOpenAFIFOStopsWhenCancelled(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "The storm hit."})
	fifo := filepath.Join(dir, "f.txt")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	// Nobody writes to the FIFO: opening it blocks until cancelled.
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := Open(ctx, []string{fifo, filepath.Join(dir, "a.txt")}, Options{}, nil)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, time.Since(start), time.Second)
}

func TestOpenReadsAFIFO(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "The storm hit."})
	fifo := filepath.Join(dir, "f.txt")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer w.Close()
		fmt.Fprint(w, "The storm hit the coast.\n")
	}()
	res, err := Open(context.Background(), []string{fifo, filepath.Join(dir, "a.txt")}, Options{}, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"The storm hit the coast."}, prose(res.Articles[0]))
}
