package main

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/internal/scaletext"
)

// TestJSONIsByteIdenticalOnOneCoreAndMany runs parallax --format json on
// the seeds and, when the shared data is beside the project, on the Bible
// pair cut to 30k words a side (enough passages for the aligner to split
// its work among goroutines), ordered and shuffled, with GOMAXPROCS=1, the
// machine's default and more goroutines than cores, twice each: the
// output must be the same bytes every time.
func TestJSONIsByteIdenticalOnOneCoreAndMany(t *testing.T) {
	inputs := map[string][]string{"seeds": nil}
	if dir := scaletext.Dir(); dir != "" {
		for name, shuffled := range map[string]bool{"bible": false, "bible shuffled": true} {
			a, b, err := scaletext.Pair(dir, 30_000, shuffled)
			require.NoError(t, err)
			inputs[name] = []string{writeFile(t, "kjv.txt", a), writeFile(t, "web.txt", b)}
		}
	} else {
		t.Log("no shared/data/scale beside the project: the seeds only")
	}
	defaultProcs := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(defaultProcs)
	for name, files := range inputs {
		t.Run(name, func(t *testing.T) {
			args := append([]string{"--format", "json"}, files...)
			runtime.GOMAXPROCS(1)
			code, want, stderr := runCmd(args...)
			require.Equal(t, 0, code, stderr)
			require.Contains(t, want, `"matches"`)
			for _, procs := range []int{1, defaultProcs, 8} {
				runtime.GOMAXPROCS(procs)
				for run := range 2 {
					code, got, stderr := runCmd(args...)
					require.Equal(t, 0, code, stderr)
					if !assert.True(t, want == got, "GOMAXPROCS=%d, run %d: the JSON differs", procs, run+1) {
						saveForInspection(t, name, want, got)
						return
					}
				}
			}
		})
	}
}

// saveForInspection keeps two outputs that should have been equal in the
// test's temporary directory, named in the log, for a diff by hand.
func saveForInspection(t *testing.T, name, want, got string) {
	dir := t.TempDir()
	for file, text := range map[string]string{"want.json": want, "got.json": got} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, file), []byte(text), 0o644))
	}
	t.Logf("%s: outputs in %s (first difference at byte %d)", name, dir, firstDifference(want, got))
}

func firstDifference(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
