package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStemJoinsInflections(t *testing.T) {
	tests := []struct{ a, b string }{
		{"targeted", "targeting"},
		{"told", "tell"},
		{"said", "says"},
		{"children", "child"},
		{"fled", "flee"},
		{"bombings", "bombing"},
		{"evacuated", "evacuating"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, Stem(tt.a), Stem(tt.b))
		})
	}
}

func TestStemKeepsWordsOfTheirOwn(t *testing.T) {
	// "ground" is a noun of its own, not only the past of "grind"; figures
	// and names outside a-z are kept as they are.
	assert.NotEqual(t, Stem("grind"), Stem("ground"))
	assert.Equal(t, "1400", Stem("1400"))
	assert.Equal(t, "zürich", Stem("zürich"))
}

func TestCountKnowsCommonFromRare(t *testing.T) {
	assert.Greater(t, Count(Stem("said")), 100*Count(Stem("spokesman")))
	assert.Positive(t, Count(Stem("spokesman")))
	assert.Zero(t, Count(Stem("amirabdollahian")))
}

func TestRelatedFindsNearSynonyms(t *testing.T) {
	tests := []struct{ a, b string }{
		{"spokesman", "spokesperson"},
		{"journalist", "correspondent"},
		{"attack", "strike"},
		{"dead", "deceased"},
		{"explosion", "explode"},
		{"australian", "australia"},
		{"warn", "caution"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Contains(t, Related(Stem(tt.a)), Stem(tt.b))
			assert.Contains(t, Related(Stem(tt.b)), Stem(tt.a), "the relation is symmetric")
		})
	}
}

func TestRelatedLeavesContrastsApart(t *testing.T) {
	assert.NotContains(t, Related(Stem("monday")), Stem("tuesday"))
	assert.NotContains(t, Related(Stem("man")), Stem("woman"))
	assert.Empty(t, Related(Stem("the")))
}

func TestTablesAreSortedAndClean(t *testing.T) {
	tables := map[string]string{"frequency.txt": frequencyTable, "irregular.txt": irregularTable, "related.txt": relatedTable}
	for name, text := range tables {
		t.Run(name, func(t *testing.T) {
			prev := ""
			entries := 0
			for line := range strings.Lines(text) {
				line = strings.TrimSuffix(line, "\n")
				if line == "" || line[0] == '#' {
					continue
				}
				entries++
				require.Equal(t, strings.TrimSpace(line), line, "no stray spaces")
				key, _, _ := strings.Cut(line, " ")
				require.Greater(t, key, prev, "sorted by key, each key once")
				prev = key
			}
			assert.Len(t, parseTable(text).entries, entries)
		})
	}
}

func TestLookupFindsEveryEntryAndNothingElse(t *testing.T) {
	tables := map[string]string{"frequency.txt": frequencyTable, "irregular.txt": irregularTable, "related.txt": relatedTable}
	for name, text := range tables {
		t.Run(name, func(t *testing.T) {
			tab := parseTable(text)
			for line := range strings.Lines(text) {
				line = strings.TrimSpace(line)
				if line == "" || line[0] == '#' {
					continue
				}
				key, want, _ := strings.Cut(line, " ")
				got, ok := lookup(&tab, key)
				require.True(t, ok, key)
				require.Equal(t, want, got, key)
				// Keys next to a real one, and its prefixes, are absent
				// unless they are entries of their own.
				for _, near := range []string{key + "~", key[:len(key)-1], key + " "} {
					if _, ok := lookup(&tab, near); ok {
						require.Contains(t, text, "\n"+near+" ", "found %q", near)
					}
				}
			}
			_, ok := lookup(&tab, "")
			assert.False(t, ok)
			_, ok = lookup(&tab, "~~~~")
			assert.False(t, ok)
		})
	}
}

func TestTablesOfOneLine(t *testing.T) {
	for _, text := range []string{"# header\nkey value", "# header\nkey value\n", "\nkey value\n\n"} {
		tab := parseTable(text)
		v, ok := lookup(&tab, "key")
		assert.True(t, ok, "%q", text)
		assert.Equal(t, "value", v, "%q", text)
		_, ok = lookup(&tab, "kez")
		assert.False(t, ok, "%q", text)
	}
	empty := parseTable("# only a comment\n")
	_, ok := lookup(&empty, "key")
	assert.False(t, ok)
}

func BenchmarkParseTables(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parseTable(frequencyTable)
		parseTable(irregularTable)
		parseTable(relatedTable)
	}
}
