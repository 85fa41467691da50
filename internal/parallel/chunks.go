package parallel

import (
	"context"
	"sync"
	"sync/atomic"
)

// Chunks is For for long runs of small calls that report progress and can
// be stopped: it calls work(worker, lo, hi) for the chunks [lo, hi) of
// [0, n), size items each (the last may be shorter), on Workers of the
// chunks goroutines. After each chunk, done (when not nil) is called on
// the calling goroutine with the number of items finished so far, so a
// progress report needs no lock. Once ctx is cancelled no further chunk
// starts, and Chunks returns ctx.Err() when the chunks under way are over.
// As with For, work must write only what belongs to its items.
func Chunks(ctx context.Context, n, size int, work func(worker, lo, hi int), done func(items int)) error {
	chunks := (n + size - 1) / size
	bounds := func(c int) (int, int) { return c * size, min(n, (c+1)*size) }
	report := func(items int) {
		if done != nil {
			done(items)
		}
	}
	w := Workers(chunks)
	if w <= 1 {
		finished := 0
		for c := range chunks {
			if err := ctx.Err(); err != nil {
				return err
			}
			lo, hi := bounds(c)
			work(0, lo, hi)
			finished += hi - lo
			report(finished)
		}
		return ctx.Err()
	}
	var next atomic.Int64
	finishedChunk := make(chan int, chunks)
	var wg sync.WaitGroup
	for worker := range w {
		wg.Go(func() {
			for ctx.Err() == nil {
				c := int(next.Add(1)) - 1
				if c >= chunks {
					return
				}
				lo, hi := bounds(c)
				work(worker, lo, hi)
				finishedChunk <- hi - lo
			}
		})
	}
	go func() {
		wg.Wait()
		close(finishedChunk)
	}()
	finished := 0
	for items := range finishedChunk {
		finished += items
		report(finished)
	}
	return ctx.Err()
}
