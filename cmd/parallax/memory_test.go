package main

import (
	"math"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

func TestMemoryLimitAndPaceFollowTheReports(t *testing.T) {
	text := func(n int) *model.Article { return &model.Article{Text: strings.Repeat("x", n)} }
	tests := []struct {
		name      string
		articles  []*model.Article
		wantLimit int64
		wantGC    int
	}{
		{"before reading", nil, minMemoryLimit, batchGCPercent},
		{"the built-in reports", []*model.Article{text(4000), text(5000)}, minMemoryLimit, batchGCPercent},
		{"100k words a side (0.5 MB each)", []*model.Article{text(512 << 10), text(512 << 10)}, minMemoryLimit, batchGCPercent},
		{"a million words a side (5 MB each)", []*model.Article{text(5 << 20), text(5 << 20)}, minMemoryLimit, defaultGCPercent},
		{"ten million words a side", []*model.Article{text(50 << 20), text(50 << 20)}, memoryPerTextByte * 100 << 20, defaultGCPercent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := textBytes(tt.articles)
			assert.Equal(t, tt.wantLimit, memoryLimit(text))
			assert.Equal(t, tt.wantGC, gcPercent(text))
		})
	}
}

func TestThePaceNeverLetsTheHeapPassTheLimit(t *testing.T) {
	for text := int64(0); text < 200<<20; text += 64 << 10 {
		if gc := gcPercent(text); gc == batchGCPercent {
			grown := liveMemoryPerTextByte * text * (100 + int64(gc)) / 100
			require.Less(t, grown, memoryLimit(text), "%d bytes of text", text)
		}
	}
}

func TestLimitMemoryLeavesWhatTheUserSet(t *testing.T) {
	reports := []*model.Article{{Text: "a report"}}
	// startGC and startLimit are what the runtime made of the environment
	// when the program started.
	tests := []struct {
		name             string
		gogc, gomemlimit string
		startGC          int
		startLimit       int64
		wantGC           int
		wantLimit        int64
	}{
		{"nothing set", "", "", 100, math.MaxInt64, batchGCPercent, minMemoryLimit},
		{"GOGC set", "150", "", 150, math.MaxInt64, 150, minMemoryLimit},
		{"GOMEMLIMIT set", "", "1GiB", 100, 1 << 30, batchGCPercent, 1 << 30},
		{"both set", "off", "1GiB", -1, 1 << 30, -1, 1 << 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prevGC, prevLimit := debug.SetGCPercent(tt.startGC), debug.SetMemoryLimit(tt.startLimit)
			t.Cleanup(func() { debug.SetGCPercent(prevGC); debug.SetMemoryLimit(prevLimit) })
			t.Setenv("GOGC", tt.gogc)
			t.Setenv("GOMEMLIMIT", tt.gomemlimit)

			limitMemory(reports)

			assert.Equal(t, tt.wantGC, debug.SetGCPercent(tt.startGC))
			assert.Equal(t, tt.wantLimit, debug.SetMemoryLimit(-1))
		})
	}
}
