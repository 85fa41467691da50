package diffing

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/internal/scaletext"
	"github.com/parallax-reader/parallax/model"
)

// smallChunks makes the parallel stages hand out a few items at a time, so
// that even the seeds run on several goroutines, and returns the function
// that restores the sizes.
func smallChunks() func() {
	stem, candidate, match := stemChunk, candidateChunk, matchChunk
	stemChunk, candidateChunk, matchChunk = 8, 3, 2
	return func() { stemChunk, candidateChunk, matchChunk = stem, candidate, match }
}

// determinismInputs are article pairs to align: the seeds and, when the
// shared data is beside the project, the Bible pair at 10k words a side,
// ordered and shuffled.
func determinismInputs(t *testing.T) map[string][]*model.Article {
	names, err := filepath.Glob("../seeds/*.txt")
	require.NoError(t, err)
	require.Len(t, names, 2)
	var seeds []*model.Article
	for _, name := range names {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		seeds = append(seeds, model.Parse(name, string(data), model.UnitSentence))
	}
	inputs := map[string][]*model.Article{"seeds": seeds}
	if dir := scaletext.Dir(); dir != "" {
		for name, shuffled := range map[string]bool{"bible": false, "bible shuffled": true} {
			a, b, err := scaletext.Pair(dir, 10_000, shuffled)
			require.NoError(t, err)
			inputs[name] = []*model.Article{model.Parse("kjv", a, model.UnitSentence), model.Parse("web", b, model.UnitSentence)}
		}
	}
	return inputs
}

func TestAlignIsTheSameOnAnyNumberOfCoresAndEveryRun(t *testing.T) {
	defer smallChunks()()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for name, articles := range determinismInputs(t) {
		t.Run(name, func(t *testing.T) {
			runtime.GOMAXPROCS(1)
			want := Align(articles, DefaultConfig())
			require.NotEmpty(t, want.Matches)
			for _, procs := range []int{1, 2, 3, 8} {
				runtime.GOMAXPROCS(procs)
				for run := range 2 {
					got := Align(articles, DefaultConfig())
					if !assert.Equal(t, want, got, "GOMAXPROCS=%d, run %d", procs, run+1) {
						return
					}
				}
			}
		})
	}
}

func TestAlignReportsMatchingProgressInSteps(t *testing.T) {
	defer smallChunks()()
	articles := determinismInputs(t)["seeds"]
	var steps []int
	var total int
	cfg := DefaultConfig()
	cfg.Progress = func(phase Phase, done, all int) {
		if phase == PhaseMatch {
			require.LessOrEqual(t, done, all)
			if len(steps) > 0 {
				require.GreaterOrEqual(t, done, steps[len(steps)-1], "progress never goes back")
			}
			steps = append(steps, done)
			total = all
		}
	}
	_, err := AlignContext(context.Background(), articles, cfg)
	require.NoError(t, err)
	assert.Greater(t, len(steps), 4, "a report for every few passages, not only the start and the end")
	assert.Equal(t, len(articles[0].Passages)+len(articles[1].Passages), total)
	assert.Equal(t, total, steps[len(steps)-1])
}
