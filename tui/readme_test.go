package tui

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readmeKeyNames maps how the README writes a key to how bindings name it.
var readmeKeyNames = map[string]string{
	"↓": "down", "↑": "up", "→": "right", "←": "left",
	"PgDn": "pgdown", "PgUp": "pgup", "Home": "home", "End": "end",
}

// readmeKeyTables reads the tables of the README's Keys section: for each
// line that introduces one ("In the match detail:"), the keys its rows
// list, as bindings name them.
func readmeKeyTables(t *testing.T) map[string][]string {
	t.Helper()
	data, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	text := string(data)
	start := strings.Index(text, "\n## Keys\n")
	require.GreaterOrEqual(t, start, 0, "the README has a Keys section")
	section := text[start+1:]
	if end := strings.Index(section[3:], "\n## "); end >= 0 {
		section = section[:end+3]
	}
	tables := map[string][]string{}
	heading := ""
	code := regexp.MustCompile("`([^`]+)`")
	keyRange := regexp.MustCompile("`(.)`–`(.)`") // `1`–`9`
	for _, line := range strings.Split(section, "\n") {
		switch {
		case strings.HasSuffix(line, ":") && !strings.HasPrefix(line, "|"):
			heading = strings.TrimSuffix(line, ":")
		case strings.HasPrefix(line, "| `"):
			// A table cell writes the key | as \| (GitHub's tables read it
			// so, in code spans too).
			cells := strings.Split(strings.ReplaceAll(line, `\|`, "\x00"), "|")
			for i := range cells {
				cells[i] = strings.ReplaceAll(cells[i], "\x00", "|")
			}
			require.GreaterOrEqual(t, len(cells), 3, line)
			require.NotEmpty(t, strings.TrimSpace(cells[2]), "a key with no action: %s", line)
			for _, m := range code.FindAllStringSubmatch(keyRange.ReplaceAllString(cells[1], "`$1–$2`"), -1) {
				tables[heading] = append(tables[heading], readmeKey(m[1])...)
			}
		}
	}
	return tables
}

// readmeKey turns a key as the README writes it into binding names: `1`–`9`
// is nine keys.
func readmeKey(k string) []string {
	if from, to, ok := strings.Cut(k, "–"); ok && len(from) == 1 && len(to) == 1 {
		var out []string
		for c := from[0]; c <= to[0]; c++ {
			out = append(out, string(c))
		}
		return out
	}
	if name, ok := readmeKeyNames[k]; ok {
		return []string{name}
	}
	return []string{k}
}

// tableKeys lists the keys of command tables, each once, sorted.
func tableKeys(tables ...commandTable) []string {
	var keys []string
	for _, t := range tables {
		for _, c := range t {
			keys = append(keys, c.key.Keys()...)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

func sortedSet(keys []string) []string {
	keys = slices.Clone(keys)
	slices.Sort(keys)
	return slices.Compact(keys)
}

func TestTheReadmeKeyTablesMatchTheCommandTables(t *testing.T) {
	m := New(nil, testOptions())
	tables := m.tables
	readme := readmeKeyTables(t)
	for heading, want := range map[string][]string{
		"In the reading and aligned views":        tableKeys(tables.reading, tables.aligned),
		"In the match detail":                     tableKeys(tables.detail),
		"In the quotes, facts and coverage views": tableKeys(tables.sheet),
		"In the help":                             tableKeys(tables.help),
		"Everywhere":                              tableKeys(tables.global),
	} {
		require.Contains(t, readme, heading, "the README has a table for %s", heading)
		assert.Equal(t, want, sortedSet(readme[heading]), "%s: the README's keys, and the command table's", heading)
	}
	assert.Len(t, readme, 5, "no other key table in the README")
}
