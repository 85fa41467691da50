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
//
// Below the limit, a batch run collects less often than Go's default
// (batchGCPercent): a short-lived process gains nothing from returning
// memory early, and at 100k words a side collecting took about a tenth
// of the CPU time. The limit still bounds the peak.
const (
	// minMemoryLimit is the limit for reports of up to about a million
	// words a side.
	minMemoryLimit = 256 << 20
	// memoryPerTextByte is the limit per byte of the reports' text.
	memoryPerTextByte = 24
	// batchGCPercent is GOGC for a batch run: the heap may grow to five
	// times what is live before the collector runs, or to the limit.
	batchGCPercent = 400
)

// limitMemory sets the collector's pace and soft memory limit for a batch
// run on articles, unless the user set them with GOGC or GOMEMLIMIT.
func limitMemory(articles []*model.Article) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(batchGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit(articles))
	}
}

// memoryLimit returns the soft memory limit for a batch run on articles.
func memoryLimit(articles []*model.Article) int64 {
	var text int64
	for _, a := range articles {
		text += int64(len(a.Text))
	}
	return max(minMemoryLimit, memoryPerTextByte*text)
}
