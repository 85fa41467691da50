package insight

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The ECB+ news reports of ../shared/data/news_ecb (CC BY 4.0) are read at
// test time and never copied into the project; the tests that need them
// skip when they are absent. PARALLAX_SHARED names the shared directory
// when it is not beside the project.

// ecbReports returns the reports of news_ecb by id, or skips the test.
func ecbReports(t testing.TB) map[string]map[string]string {
	t.Helper()
	path := sharedFile("data", "news_ecb", "docs.json")
	if path == "" {
		t.Skip("no shared/data/news_ecb beside the project (set PARALLAX_SHARED)")
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var docs map[string]map[string]string
	require.NoError(t, json.Unmarshal(data, &docs))
	return docs
}

// sharedFile returns the path of a file under the shared directory:
// $PARALLAX_SHARED, or a directory named shared beside the working
// directory or one of its parents; "" when there is none.
func sharedFile(parts ...string) string {
	var dirs []string
	if env := os.Getenv("PARALLAX_SHARED"); env != "" {
		dirs = append(dirs, env)
	}
	if dir, err := filepath.Abs("."); err == nil {
		for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
			dirs = append(dirs, filepath.Join(dir, "shared"))
		}
	}
	for _, dir := range dirs {
		path := filepath.Join(append([]string{dir}, parts...)...)
		if _, err := os.Stat(path); err == nil {
			return path
		}
	}
	return ""
}

// ecbText returns a report's text as scripts/quotedev.py builds it: the
// first sentence (the headline), a blank line, then the others joined by
// single spaces as one paragraph.
func ecbText(doc map[string]string) string {
	keys := make([]int, 0, len(doc))
	for k := range doc {
		n, err := strconv.Atoi(k)
		if err == nil {
			keys = append(keys, n)
		}
	}
	sort.Ints(keys)
	sentences := make([]string, len(keys))
	for i, k := range keys {
		sentences[i] = doc[strconv.Itoa(k)]
	}
	if len(sentences) == 0 {
		return "\n"
	}
	return sentences[0] + "\n\n" + strings.Join(sentences[1:], " ") + "\n"
}

// ecbIDs returns the report ids in a fixed order: by topic, then by name.
func ecbIDs(docs map[string]map[string]string) []string {
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		ti, _ := strconv.Atoi(strings.SplitN(ids[i], "_", 2)[0])
		tj, _ := strconv.Atoi(strings.SplitN(ids[j], "_", 2)[0])
		if ti != tj {
			return ti < tj
		}
		return ids[i] < ids[j]
	})
	return ids
}
