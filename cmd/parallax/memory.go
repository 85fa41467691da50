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
// Reports well under the limit are collected less often than Go's
// default (batchGCPercent): a short-lived process gains nothing from
// returning memory early, and at 100k words a side collecting took about
// a tenth of the CPU time. Reports whose heap would reach the limit at
// that pace keep Go's default: there the limit decides anyway, and a
// heap kept at the limit only makes the runtime return pages and fault
// them in again (10,000 more page faults at a million words a side).
const (
	// minMemoryLimit is the limit for reports of up to about a million
	// words a side.
	minMemoryLimit = 256 << 20
	// memoryPerTextByte is the limit per byte of the reports' text.
	memoryPerTextByte = 24
	// liveMemoryPerTextByte is about how much of the heap stays live
	// per byte of the reports' text.
	liveMemoryPerTextByte = 12
	// batchGCPercent is GOGC for a batch run on reports well under the
	// limit: the heap may grow to five times what is live before the
	// collector runs.
	batchGCPercent = 400
	// defaultGCPercent is Go's GOGC.
	defaultGCPercent = 100
)

// limitMemory sets the collector's pace and soft memory limit for a batch
// run on articles, unless the user set them with GOGC or GOMEMLIMIT.
func limitMemory(articles []*model.Article) {
	text := textBytes(articles)
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent(text))
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit(text))
	}
}

// textBytes returns the length of the articles' text together.
func textBytes(articles []*model.Article) int64 {
	var text int64
	for _, a := range articles {
		text += int64(len(a.Text))
	}
	return text
}

// memoryLimit returns the soft memory limit for a batch run on reports of
// text bytes.
func memoryLimit(text int64) int64 {
	return max(minMemoryLimit, memoryPerTextByte*text)
}

// gcPercent returns GOGC for a batch run on reports of text bytes:
// batchGCPercent when the heap it lets grow stays under the limit.
func gcPercent(text int64) int {
	if live := liveMemoryPerTextByte * text; live*(100+batchGCPercent)/100 < memoryLimit(text) {
		return batchGCPercent
	}
	return defaultGCPercent
}
