// Package parallel runs independent calls on every processor, for work
// whose result must not depend on how the calls were scheduled: each call
// writes only its own slot of the result.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls f(worker, i) for every i from 0 to n-1, on Workers(n)
// goroutines, and returns when all calls have returned. worker numbers the
// goroutines from 0, for state that calls running at the same time cannot
// share (a scratch buffer, a cache). A call must write only what belongs
// to its i, so that nothing depends on the order the calls run in.
func For(n int, f func(worker, i int)) {
	w := Workers(n)
	if w <= 1 {
		for i := range n {
			f(0, i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for worker := range w {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(worker, i)
			}
		})
	}
	wg.Wait()
}

// Workers is how many goroutines For runs for n calls: one per processor
// Go may use (GOMAXPROCS), and no more than there are calls.
func Workers(n int) int { return max(1, min(n, runtime.GOMAXPROCS(0))) }
