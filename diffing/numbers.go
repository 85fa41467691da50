package diffing

import (
	"strconv"
	"strings"
)

// multipliers are the number words that scale what comes before them.
var multipliers = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// numberPhrases returns the values of the numbers that text spells over
// several words ("fourteen hundred", "1.4 million", "two thousand and
// five"), written as figures ("1400", "1400000", "2005"), so that they
// meet the same number written in figures. toks are text's words; a value
// is returned only for runs holding a multiplier word, since a single
// number is already a word of its own.
func numberPhrases(text string, toks []Token) []string {
	var out []string
	var total, current, last float64
	var inRun, scaled, joined bool // joined: the previous word was a multiplier or "and"
	flush := func() {
		if inRun && scaled {
			out = append(out, strconv.FormatFloat(total+current, 'f', -1, 64))
		}
		total, current, last, inRun, scaled, joined = 0, 0, 0, false, false, false
	}
	for k, t := range toks {
		word := strings.ToLower(text[t.Start:t.End])
		if m, ok := multipliers[word]; ok && inRun {
			scaled, joined = true, true
			if m == 100 {
				current *= m
			} else {
				total += current * m
				current = 0
			}
			continue
		}
		if word == "and" && inRun && k+1 < len(toks) {
			joined = true
			continue // "two thousand and five"
		}
		if n, err := strconv.ParseFloat(t.Norm, 64); err == nil && t.Norm[0] >= '0' && t.Norm[0] <= '9' {
			// A number joins the run after a multiplier or "and", or as the
			// units of a round ten (twenty four); otherwise it starts anew.
			tens := last >= 20 && last < 100 && last == float64(int(last/10)*10) && n < 10
			if inRun && !joined && !tens {
				flush()
			}
			inRun, joined, last = true, false, n
			current += n
			continue
		}
		flush()
	}
	flush()
	return out
}
