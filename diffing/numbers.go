package diffing

import "strconv"

// multiplier returns the factor of a number word that scales what comes
// before it, from its normalised form (Normalize writes hundred and
// thousand as figures) and whether it was spelled in letters.
func multiplier(norm string, spelled bool) (float64, bool) {
	switch {
	case norm == "100" && spelled:
		return 1e2, true
	case norm == "1000" && spelled:
		return 1e3, true
	case norm == "million":
		return 1e6, true
	case norm == "billion":
		return 1e9, true
	case norm == "trillion":
		return 1e12, true
	}
	return 0, false
}

// isMultiplier reports whether a normalised word may scale what comes
// before it (multiplier, spelled or not): a text without one holds no
// number phrase.
func isMultiplier(norm string) bool {
	_, ok := multiplier(norm, true)
	return ok
}

// numberPhrases returns the values of the numbers that text spells over
// several words ("fourteen hundred", "1.4 million", "two thousand and
// five"), written as figures ("1400", "1400000", "2005"), so that they
// meet the same number written in figures. words are text's words and
// norms their normalised forms; a value is returned only for runs holding
// a multiplier word, since a single number is already a word of its own.
func numberPhrases(text string, words []word, norms []string) []string {
	var out []string
	var total, current, last float64
	var inRun, scaled, joined bool // joined: the previous word was a multiplier or "and"
	flush := func() {
		if inRun && scaled {
			out = append(out, strconv.FormatFloat(total+current, 'f', -1, 64))
		}
		total, current, last, inRun, scaled, joined = 0, 0, 0, false, false, false
	}
	for k, w := range words {
		norm := norms[k]
		spelled := text[w.start] < '0' || text[w.start] > '9'
		if m, ok := multiplier(norm, spelled); ok && inRun {
			scaled, joined = true, true
			if m == 100 {
				current *= m
			} else {
				total += current * m
				current = 0
			}
			continue
		}
		if norm == "and" && inRun && k+1 < len(words) {
			joined = true
			continue // "two thousand and five"
		}
		if n, ok := figure(norm); ok {
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

// figure returns the value of a normalised word written in figures.
func figure(norm string) (float64, bool) {
	if norm == "" || norm[0] < '0' || norm[0] > '9' {
		return 0, false // most words: no parsing, no error to allocate
	}
	n, err := strconv.ParseFloat(norm, 64)
	return n, err == nil
}
