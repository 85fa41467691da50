package model

import "strings"

// literals finds, from left to right, where any of a few strings occurs in
// a text. Each string is searched for on its own (strings.Index, which
// skips through the text far faster than a loop over its bytes) and its
// next occurrence kept until the search passes it, so a text is scanned
// once per string.
type literals struct {
	text string
	strs []string
	at   []int // next occurrence of each string, -1 for none, -2 before searching
}

func newLiterals(text string, strs ...string) *literals {
	l := &literals{text: text, strs: strs, at: make([]int, len(strs))}
	for k := range l.at {
		l.at[k] = -2 // not searched yet
	}
	return l
}

// next returns the first index from i on, i never decreasing from one call
// to the next, where one of the strings begins, or -1.
func (l *literals) next(i int) int {
	first := -1
	for k, str := range l.strs {
		if l.at[k] == -2 || l.at[k] >= 0 && l.at[k] < i {
			if j := strings.Index(l.text[i:], str); j >= 0 {
				l.at[k] = i + j
			} else {
				l.at[k] = -1
			}
		}
		if l.at[k] >= 0 && (first < 0 || l.at[k] < first) {
			first = l.at[k]
		}
	}
	return first
}
