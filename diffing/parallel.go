package diffing

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// The sizes of the chunks the parallel stages hand out: how many items a
// goroutine takes at a time, and how often a stage reports progress. They
// are variables so that tests can make them small enough for short texts
// to run on several goroutines.
var (
	stemChunk      = 1024 // distinct words stemmed
	candidateChunk = 1024 // passages whose candidates are searched
	matchChunk     = 512  // matches built
)

// workers returns how many goroutines a parallel stage runs on.
func workers() int { return runtime.GOMAXPROCS(0) }

// forChunks calls work for the chunks [lo, hi) of [0, n), at most size
// items each, on up to workers() goroutines; w, from 0 to workers()-1,
// names the goroutine so that it can own scratch space. work must write
// its results by index, so that they never depend on which goroutine ran
// which chunk or when. After each chunk, done (when set) is called on the
// calling goroutine with the number of items finished so far. forChunks
// stops handing out chunks once ctx is cancelled and returns ctx.Err().
func forChunks(ctx context.Context, n, size int, work func(w, lo, hi int), done func(items int)) error {
	chunks := (n + size - 1) / size
	bounds := func(k int) (int, int) { return k * size, min(n, (k+1)*size) }
	report := func(items int) {
		if done != nil {
			done(items)
		}
	}
	k := min(workers(), chunks)
	if k <= 1 {
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
	for w := range k {
		wg.Go(func() {
			for ctx.Err() == nil {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				lo, hi := bounds(c)
				work(w, lo, hi)
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
