package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

// writeFiles writes name → content files into a fresh directory and
// returns its path.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	return dir
}

// open runs Open with the options most tests want.
func open(t *testing.T, args []string, opts Options) (*Result, error) {
	t.Helper()
	return Open(context.Background(), args, opts, nil)
}

// passageTexts lists an article's passages as "kind: text".
func passageTexts(a *model.Article) []string {
	out := make([]string, len(a.Passages))
	for i, p := range a.Passages {
		out[i] = a.KindName(p) + ": " + p.Text
	}
	return out
}

// prose lists the text of an article's prose passages.
func prose(a *model.Article) []string {
	var out []string
	for _, p := range a.Passages {
		if p.Kind == model.KindText {
			out = append(out, p.Text)
		}
	}
	return out
}

// requireValidArticle checks what every article must satisfy, whatever
// its input: passages in order inside the text, trimmed and pointing at
// their text, and every byte of the text that is not white space in a
// passage or a metadata line.
func requireValidArticle(t testing.TB, a *model.Article) {
	t.Helper()
	prev := 0
	covered := make([]bool, len(a.Text))
	for i, p := range a.Passages {
		require.LessOrEqual(t, prev, p.Start, "passage %d starts before the previous ends", i)
		require.Less(t, p.Start, p.End, "passage %d is empty", i)
		require.LessOrEqual(t, p.End, len(a.Text), "passage %d ends past the text", i)
		require.Equal(t, a.Text[p.Start:p.End], p.Text, "passage %d text", i)
		require.Equal(t, strings.TrimFunc(p.Text, unicode.IsSpace), p.Text, "passage %d is not trimmed", i)
		prev = p.End
		for k := p.Start; k < p.End; k++ {
			covered[k] = true
		}
	}
	for _, r := range a.Metadata {
		for k := r.Start; k < r.End; k++ {
			covered[k] = true
		}
	}
	for k, r := range a.Text {
		if !covered[k] && !unicode.IsSpace(r) && r != '\uFEFF' {
			require.Failf(t, "a byte belongs to no passage", "byte %d (%q) lies in no passage and no metadata line: …%s…",
				k, r, a.Text[max(0, k-30):min(len(a.Text), k+30)])
		}
	}
}
