package diffing

import (
	"slices"

	"github.com/parallax-reader/parallax/diffing/lexicon"
)

// nameVariants returns, for every term, the term it is spelled as: words
// unknown to the background corpus (names, mostly) of six letters or more
// whose letter trigrams overlap by variantDice or more are one
// name spelled two ways (al-Baghdadi, Baghdadi; Qaddafi, Gaddafi), and
// take the id of the first seen.
func (c *corpus) nameVariants() []int32 {
	canon := make([]int32, len(c.names))
	for t := range canon {
		canon[t] = int32(t)
	}
	var rare []int32
	for t, stem := range c.stemText {
		if len(stem) >= 6 && isASCIILetters(stem) && !c.stop[t] && lexicon.Count(stem) == 0 {
			rare = append(rare, int32(t))
		}
	}
	byTrigram := map[string][]int32{}
	grams := make(map[int32][]string, len(rare))
	for _, t := range rare {
		g := trigrams(c.stemText[t])
		grams[t] = g
		for _, x := range g {
			byTrigram[x] = append(byTrigram[x], t)
		}
	}
	find := func(t int32) int32 {
		for canon[t] != t {
			t = canon[t]
		}
		return t
	}
	count := map[int32]int{}
	for _, t := range rare {
		clear(count)
		for _, x := range grams[t] {
			if len(byTrigram[x]) > maxTrigramPostings {
				continue
			}
			for _, u := range byTrigram[x] {
				if u > t {
					count[u]++
				}
			}
		}
		for u, n := range count {
			if 2*float64(n)/float64(len(grams[t])+len(grams[u])) >= variantDice {
				a, b := find(t), find(u)
				if a != b {
					canon[max(a, b)] = min(a, b)
				}
			}
		}
	}
	for t := range canon {
		canon[t] = find(int32(t))
	}
	return canon
}

// variantDice is the share of letter trigrams (Dice coefficient) two
// unknown words must have in common to be taken for one name: 0.86 for
// albaghdadi and baghdadi, 0.8 for qaddafi and gaddafi, 0.4 for a
// different name with the same start (larissa, larrabee).
const variantDice = 0.8

// maxTrigramPostings is how many unknown words a trigram may appear in and
// still propose variant pairs: commoner trigrams ("ing") prove nothing.
const maxTrigramPostings = 50

// trigrams returns the distinct letter trigrams of w.
func trigrams(w string) []string {
	var out []string
	for i := 0; i+3 <= len(w); i++ {
		if !slices.Contains(out, w[i:i+3]) {
			out = append(out, w[i:i+3])
		}
	}
	return out
}

func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
