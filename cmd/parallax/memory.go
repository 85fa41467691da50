package main

import (
	"os"
	"runtime/debug"

	"github.com/parallax-reader/parallax/model"
)

// Memory of a run that writes its result and exits (--format json,
// markdown, html, --print). Left alone, Go's collector lets the heap grow
// to twice what is live, and aligning and analysing a million words a
// side keeps about 130 MB live: 330 to 350 MB at the peak. A soft limit
// makes the collector run sooner instead, near the limit only, at a cost
// in time too small to measure at that size. The limit grows with the
// reports (the live heap is about 12 times their text), so that longer
// ones are never squeezed into collecting without end.
const (
	// minMemoryLimit is the limit for reports of up to about a million
	// words a side.
	minMemoryLimit = 256 << 20
	// memoryPerTextByte is the limit per byte of the reports' text.
	memoryPerTextByte = 24
)

// limitMemory sets the soft memory limit for a batch run on articles,
// unless the user set one with GOMEMLIMIT.
func limitMemory(articles []*model.Article) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(memoryLimit(articles))
}

// memoryLimit returns the soft memory limit for a batch run on articles.
func memoryLimit(articles []*model.Article) int64 {
	var text int64
	for _, a := range articles {
		text += int64(len(a.Text))
	}
	return max(minMemoryLimit, memoryPerTextByte*text)
}
