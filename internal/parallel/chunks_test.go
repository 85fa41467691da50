package parallel

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestChunksCoverEveryItemOnceAndReportProgressInOrder(t *testing.T) {
	for _, procs := range []int{1, 2, 4} {
		for _, n := range []int{0, 1, 7, 1000} {
			prev := runtime.GOMAXPROCS(procs)
			calls := make([]int32, n)
			var reports []int
			err := Chunks(context.Background(), n, 3, func(worker, lo, hi int) {
				require.True(t, worker >= 0 && worker < procs, "worker %d", worker)
				require.LessOrEqual(t, hi-lo, 3)
				for i := lo; i < hi; i++ {
					atomic.AddInt32(&calls[i], 1)
				}
			}, func(items int) { reports = append(reports, items) })
			runtime.GOMAXPROCS(prev)
			require.NoError(t, err)
			for i, c := range calls {
				assert.Equal(t, int32(1), c, "GOMAXPROCS=%d n=%d: item %d", procs, n, i)
			}
			assert.Len(t, reports, (n+2)/3, "one report per chunk")
			assert.IsNonDecreasing(t, reports)
			if n > 0 {
				assert.Equal(t, n, reports[len(reports)-1])
			}
		}
	}
}

func TestChunksStopWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var started atomic.Int32
	err := Chunks(ctx, 100, 1, func(_, _, _ int) {
		if started.Add(1) == 5 {
			cancel()
		}
	}, nil)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, int(started.Load()), 100, "chunks stop starting once cancelled")
}
