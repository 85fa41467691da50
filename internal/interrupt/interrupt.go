// Package interrupt lets a caller stop waiting for work that cannot be
// interrupted: a parser, an alignment, a read from a terminal. Within runs
// the work on a goroutine of its own and returns as soon as the context
// is done; the work then runs to its end unobserved and its result is
// dropped. Use it only for work that is bounded, or that the process
// ends with (ctrl+c during a batch run).
package interrupt

import "context"

// Within runs work and returns its result, or ctx's error as soon as ctx
// is done, whichever comes first.
func Within[T any](ctx context.Context, work func() (T, error)) (T, error) {
	if err := ctx.Err(); err != nil {
		var zero T
		return zero, err
	}
	type result struct {
		value T
		err   error
	}
	done := make(chan result, 1)
	go func() {
		value, err := work()
		done <- result{value, err}
	}()
	select {
	case r := <-done:
		return r.value, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}
