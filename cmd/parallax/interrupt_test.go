package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// stuckAlignment makes a batch run's alignment wait until the test ends,
// like a long one, and returns a channel closed once it started.
func stuckAlignment(t *testing.T) <-chan struct{} {
	t.Helper()
	started, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	align = func(articles []*model.Article, cfg diffing.Config) *diffing.Alignment {
		once.Do(func() { close(started) })
		<-release
		return diffing.Align(articles, cfg)
	}
	t.Cleanup(func() {
		close(release)
		align = diffing.Align
	})
	return started
}

func TestAnInterruptEndsABatchRunWhileItAligns(t *testing.T) {
	for _, format := range []string{"json", "markdown", "html", "tui"} {
		t.Run(format, func(t *testing.T) {
			started := stuckAlignment(t)
			ctx, cancel := context.WithCancel(context.Background())
			go func() { <-started; cancel() }()
			// Once interrupted, the alignment left running writes nothing.
			var out, errOut bytes.Buffer
			done := make(chan int, 1)
			go func() { done <- runInput(ctx, []string{"--format", format}, strings.NewReader(""), &out, &errOut) }()
			select {
			case code := <-done:
				assert.Equal(t, 130, code)
				assert.Equal(t, "parallax: interrupted\n", errOut.String())
				assert.Empty(t, out.String(), "nothing is written after the interrupt")
			case <-time.After(10 * time.Second):
				require.Fail(t, "the run waited for the alignment")
			}
		})
	}
}

func TestReadTerminalFirstLeavesOtherInputAlone(t *testing.T) {
	stdin := strings.NewReader("The storm hit.")
	got, err := readTerminalFirst(context.Background(), options{inputs: []string{"-", "a.txt"}}, stdin, io.Discard)
	require.NoError(t, err)
	assert.Same(t, stdin, got, "piped input is read by the loader, behind the reader")
}
