package parallel

import (
	"runtime"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestForCallsEveryIndexOnceOnItsWorkers(t *testing.T) {
	for _, procs := range []int{1, 2, 4} {
		for _, n := range []int{0, 1, 2, 7, 1000} {
			prev := runtime.GOMAXPROCS(procs)
			calls := make([]int, n)
			var mu sync.Mutex
			workers := map[int]bool{}
			For(n, func(worker, i int) {
				calls[i]++
				mu.Lock()
				workers[worker] = true
				mu.Unlock()
			})
			runtime.GOMAXPROCS(prev)
			for i, c := range calls {
				assert.Equal(t, 1, c, "GOMAXPROCS=%d n=%d: index %d", procs, n, i)
			}
			for w := range workers {
				assert.True(t, w >= 0 && w < min(procs, max(n, 1)), "GOMAXPROCS=%d n=%d: worker %d", procs, n, w)
			}
		}
	}
}

func TestWorkers(t *testing.T) {
	prev := runtime.GOMAXPROCS(2)
	defer runtime.GOMAXPROCS(prev)
	assert.Equal(t, 1, Workers(0))
	assert.Equal(t, 1, Workers(1))
	assert.Equal(t, 2, Workers(5))
}
