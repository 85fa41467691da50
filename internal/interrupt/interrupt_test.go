package interrupt

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWithinReturnsTheWorksResult(t *testing.T) {
	got, err := Within(context.Background(), func() (int, error) { return 42, nil })
	assert.NoError(t, err)
	assert.Equal(t, 42, got)

	failure := errors.New("failed")
	_, err = Within(context.Background(), func() (int, error) { return 0, failure })
	assert.ErrorIs(t, err, failure)
}

func TestWithinStopsWaitingWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	release, started := make(chan struct{}), make(chan struct{})
	defer close(release)
	go func() { <-started; cancel() }()
	_, err := Within(ctx, func() (int, error) {
		close(started)
		<-release // work that never returns by itself
		return 1, nil
	})
	assert.ErrorIs(t, err, context.Canceled)
}

func TestWithinDoesNotStartWhenAlreadyCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ran := false
	_, err := Within(ctx, func() (int, error) { ran = true; return 1, nil })
	assert.ErrorIs(t, err, context.Canceled)
	assert.False(t, ran)
}
