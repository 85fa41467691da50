package insight

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// gazetteer is what the reports themselves teach about names: which words
// are written capitalised in mid-sentence (so are names wherever they
// stand), and, once every name has been read, which kind each name is and
// which short forms (Biden, UN) stand for which longer ones.
type gazetteer struct {
	capitalised map[string]bool
	lower       map[string]bool      // words written in lower case in mid-sentence
	evidence    map[string]*evidence // name key → what its mentions show
	persons     map[string]bool      // family names of people
	aliases     map[string]string    // "un" → "united nations", "orozco" → "jose luis orozco"
}

// evidence counts the hints about what kind of thing a name is.
type evidence struct {
	person, organisation, place int
	display                     string // the longest written form
}

// kind decides the kind of a name from its evidence: a title or a name
// that speaks like a person makes a person; an institution noun or an
// acronym an organisation; a locative preposition or a dateline a place.
func (e *evidence) kind() FactKind {
	switch {
	case e.person > 0:
		return KindPerson
	case e.organisation > 0 && e.organisation >= e.place:
		return KindOrganisation
	case e.place > 0:
		return KindPlace
	}
	return KindName
}

// newGazetteer learns which words the reports capitalise in mid-sentence,
// leaving out headlines in title case. Each report is read on its own
// (in parallel), by normal form, and only the distinct forms are merged.
func newGazetteer(texts []*text) *gazetteer {
	g := &gazetteer{capitalised: map[string]bool{}, lower: map[string]bool{}, evidence: map[string]*evidence{},
		persons: map[string]bool{}, aliases: map[string]string{}}
	forms := make([][]bool, len(texts))
	eachArticle(len(texts), func(a int) {
		t := texts[a]
		forms[a] = make([]bool, len(t.norms))
		for _, w := range t.words {
			if !w.upper && !w.initial {
				forms[a][w.normID] = true
			}
		}
	})
	lower := g.lower
	for a, t := range texts {
		for id, ok := range forms[a] {
			if ok {
				lower[t.norms[id]] = true
			}
		}
	}
	eachArticle(len(texts), func(a int) {
		t := texts[a]
		t.markHeadlines(lower)
		clear(forms[a])
		for i, w := range t.words {
			if w.upper && !w.initial && !w.headline && !t.isFunctionWord(i) {
				forms[a][w.normID] = true
			}
		}
	})
	for a, t := range texts {
		for id, ok := range forms[a] {
			if ok {
				g.capitalised[t.norms[id]] = true
			}
		}
	}
	return g
}

// nameRun is a run of capitalised words naming one thing, in one text.
type nameRun struct {
	first, last int
}

// nameRuns returns the runs of name words of t: capitalised words joined by
// spaces or by a connector ("Bank of England"). A possessive ends a run
// ("Iran's | Foreign Minister"). Nationality adjectives (Iranian, Israeli)
// standing alone are left out, and so are runs that are only titles
// ("the President", "Foreign Minister").
func (t *text) nameRuns(g *gazetteer) []nameRun {
	var runs []nameRun
	for i := 0; i < len(t.words); i++ {
		if !t.isName(i, g) || t.isFunctionWord(i) {
			continue
		}
		j := i
		for j+1 < len(t.words) && !t.words[j].possessive && t.joined(j+1) {
			if t.isName(j+1, g) {
				j++
				continue
			}
			if c := j + 1; t.is(c, lexConnector) && !t.words[c].upper &&
				c+1 < len(t.words) && t.joined(c+1) && t.isName(c+1, g) && !t.startsPossessiveName(c+1, g) {
				j += 2
				continue
			}
			break
		}
		run := nameRun{i, j}
		i = j
		if t.onlyTitles(run) || t.fragment(run, g) {
			continue
		}
		runs = append(runs, run)
	}
	return t.joinPossessiveNames(runs)
}

// startsPossessiveName reports whether word i is a possessive before
// another name ("Isaacs of | Samaritan's Purse").
func (t *text) startsPossessiveName(i int, g *gazetteer) bool {
	return t.words[i].possessive && i+1 < len(t.words) && t.joined(i+1) && t.isName(i+1, g)
}

// joinPossessiveNames joins two runs split at a possessive that belongs to
// a name: the possessive word, not a place, stands more than once before
// the same word in the report and never elsewhere, and that word never
// starts a run without it ("Samaritan's Purse"; not "Sudan's Blue Nile
// state", nor "Lebanon's Hezbollah").
func (t *text) joinPossessiveNames(runs []nameRun) []nameRun {
	follows := map[int32]int32{} // possessive form → the form that always follows it, or -1
	times := map[int32]int{}     // possessive form → how often
	alone := map[int32]bool{}    // forms that start a run not right after a possessive
	glued := func(k int) bool {  // runs[k] follows a possessive run right before it
		return k > 0 && runs[k-1].last+1 == runs[k].first && t.words[runs[k-1].last].possessive && t.joined(runs[k].first)
	}
	for k, r := range runs {
		if last := t.words[r.last]; last.possessive {
			next := int32(-1)
			if k+1 < len(runs) && glued(k+1) {
				next = t.words[runs[k+1].first].normID
			}
			if prev, seen := follows[last.normID]; seen && prev != next {
				next = -1
			}
			if _, place := knownPlace(strings.TrimSuffix(t.norms[last.normID], "s")); place {
				next = -1
			}
			follows[last.normID] = next
			times[last.normID]++
		}
		if !glued(k) {
			alone[t.words[r.first].normID] = true
		}
	}
	out := runs[:0]
	for k, r := range runs {
		if n := len(out); n > 0 && glued(k) {
			p := t.words[out[n-1].last].normID
			if next, ok := follows[p]; ok && next == t.words[r.first].normID && !alone[next] && times[p] > 1 {
				out[n-1].last = r.last
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// fragment reports whether a run names nothing by itself: a nationality
// or an adjective of place (Iranian, South Sudanese), or a lone compass
// word (the South, New).
func (t *text) fragment(r nameRun, g *gazetteer) bool {
	if r.first == r.last {
		norm := t.norm(r.first)
		_, compass := compassWords[norm]
		return compass || g.isDemonym(norm)
	}
	if r.last-r.first > 2 || !g.isDemonym(t.norm(r.last)) {
		return false // only "South Sudanese" and the like end on a nationality
	}
	key, _ := t.runKey(r, false)
	p, ok := knownPlace(key)
	return ok && p.adjective
}

// onlyTitles reports whether every word of the run is a title or connector.
func (t *text) onlyTitles(r nameRun) bool {
	for i := r.first; i <= r.last; i++ {
		if !t.is(i, lexTitle|lexConnector) {
			return false
		}
	}
	return true
}

// isDemonym reports whether a capitalised word is a nationality or
// adjective of place: it ends like one (-ian, -ese, -ish), or it is another
// name of the reports plus such an ending (Israel → Israeli).
func (g *gazetteer) isDemonym(norm string) bool {
	if c := lexicon[norm]; c&(lexPlaceName|lexPlaceAdjective) != 0 {
		return c&lexPlaceAdjective != 0
	}
	for _, suffix := range []string{"ians", "ian", "eans", "ean", "ese", "ish"} {
		if strings.HasSuffix(norm, suffix) && len(norm) > len(suffix)+2 {
			return true
		}
	}
	for _, suffix := range []string{"is", "i", "ns", "n"} {
		stem, ok := strings.CutSuffix(norm, suffix)
		if ok && len(stem) > 2 && (g.capitalised[stem] || g.capitalised[stem+"e"] || g.capitalised[stem+"a"]) {
			return true
		}
	}
	return false
}

// personStart returns where the personal name starts in a run that has a
// title before it ("Foreign Minister Hossein Amir-Abdollahian" → Hossein),
// and whether there is such a title.
func (t *text) personStart(r nameRun) (int, bool) {
	if t.is(r.last, lexInstitution|lexTitle) {
		return r.first, false // "Lakewood Sheriff Deputy" names no one
	}
	start, titled := r.first, false
	for i := r.first; i < r.last; i++ {
		if t.is(i, lexTitle) {
			start, titled = i+1, true
		}
	}
	for start <= r.last && t.is(start, lexConnector) {
		start++
	}
	if start > r.last {
		return r.first, false
	}
	return start, titled
}

// runKey returns the comparison key of a run and its written display form.
// People are known by their family name (the last word after any title);
// other names by all their words, less a trailing place designator ("Gaza
// Strip" → gaza).
func (t *text) runKey(r nameRun, person bool) (key, display string) {
	if person {
		start, _ := t.personStart(r)
		return t.norm(r.last), t.name(start, r.last)
	}
	last := r.last
	if last > r.first && t.is(last, lexPlaceDesignator) {
		last--
	}
	norms := make([]string, 0, last-r.first+1)
	for i := r.first; i <= last; i++ {
		n := t.norm(i)
		switch {
		case i == r.first && i < last:
			if c, ok := compassWords[n]; ok {
				n = c // "Southern Kordofan" is South Kordofan
			}
		case len(n) == 1 && len(norms) > 0 && len(norms[len(norms)-1]) < 5 && t.isInitial(i-1):
			norms[len(norms)-1] += n // "U. N." is UN
			continue
		}
		norms = append(norms, n)
	}
	return strings.Join(norms, " "), t.name(r.first, r.last)
}

// name returns words first to last as written, without a possessive
// ending ("Iran's" → "Iran").
func (t *text) name(first, last int) string {
	s := t.span(first, last)
	if t.words[last].possessive {
		s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	}
	return s
}

// span returns the text from word first to word last as written.
func (t *text) span(first, last int) string {
	return t.art.Text[t.words[first].start:t.words[last].end]
}

// runEvidence returns what one mention tells about its name's kind.
func (t *text) runEvidence(r nameRun) evidence {
	var e evidence
	if _, titled := t.personStart(r); titled {
		e.person++
	}
	if r.first > 0 && t.joined(r.first) && !t.words[r.first-1].upper && t.is(r.first-1, lexTitle) {
		e.person++ // "spokesperson John Kirby"
	}
	last := t.words[r.last]
	if t.formIs(last.normID, lexInstitution) || (r.first == r.last && len(t.raw(r.first)) >= 3 && last.acronym) {
		e.organisation++
	}
	for k := r.last + 1; k <= r.last+2 && k < len(t.words) && t.joined(k) && !t.words[k].upper; k++ {
		if t.is(k, lexDescribesOrganisation) {
			e.organisation++ // "IRNA news agency", "Hamas militant group"
			break
		}
	}
	before := r.first - 1
	if before >= 0 && t.joined(r.first) && t.norm(before) == "the" {
		before--
	}
	// "in Iraq", "to the Middle East"; not "to the American statesman",
	// where the name describes the noun after it.
	describes := r.last+1 < len(t.words) && t.joined(r.last+1) && !t.words[r.last+1].upper && !t.isFunctionWord(r.last+1)
	if before >= 0 && before < r.first && t.joined(before+1) && t.is(before, lexLocative) && !describes {
		e.place++
	}
	if t.isDateline(r) {
		e.place++
	}
	return e
}

// isDateline reports whether the run is a capitalised place name opening a
// paragraph before a dash or comma ("JAKARTA - President Joe Biden ...").
func (t *text) isDateline(r nameRun) bool {
	if r.first > 0 && t.words[r.first-1].paragraph == t.words[r.first].paragraph {
		return false
	}
	for i := r.first; i <= r.last; i++ {
		if !t.words[i].acronym && hasLower(t.raw(i)) {
			return false
		}
	}
	if r.last+1 >= len(t.words) {
		return false
	}
	gap := strings.TrimSpace(t.gapText(r.last + 1))
	return strings.ContainsAny(gap, "-–—,")
}

// add records a mention of the name key.
func (g *gazetteer) add(key, display string, e evidence) {
	have := g.evidence[key]
	if have == nil {
		have = &evidence{}
		g.evidence[key] = have
	}
	have.person += e.person
	have.organisation += e.organisation
	have.place += e.place
	if len(display) > len(have.display) {
		have.display = display
	}
}

// resolve returns the key a name is finally known by: an acronym the name
// whose initials it spell (UN → United Nations), a lone word the one name
// of the reports that ends with it (Orozco → Jose Luis Orozco). People are
// already known by their family name.
func (g *gazetteer) resolve(key string) string {
	if long, ok := g.aliases[key]; ok {
		return long
	}
	return key
}

// learnAliases finds the short forms of multi-word names, once all names
// are known: acronyms spelling their initials, and lone last words.
func (g *gazetteer) learnAliases() {
	initials := map[string][]string{}
	endings := map[string][]string{}
	// "un security council" → "united nations security council": the
	// initials of a longer name's first words, then its other words.
	expansions := map[string]string{}
	for key := range g.evidence {
		words := strings.Fields(key)
		if len(words) < 2 {
			continue
		}
		var b strings.Builder
		for k, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
			if k > 0 && k+1 < len(words) {
				short := b.String() + " " + strings.Join(words[k+1:], " ")
				if have, ok := expansions[short]; !ok || key < have {
					expansions[short] = key
				}
			}
		}
		initials[b.String()] = append(initials[b.String()], key)
		endings[words[len(words)-1]] = append(endings[words[len(words)-1]], key)
	}
	for short := range g.evidence {
		if _, compass := compassWords[short]; g.persons[short] || compass {
			continue
		}
		if first, _, ok := strings.Cut(short, " "); ok {
			// "UN Security Council" is the United Nations Security
			// Council: an acronym of the words that start a longer name.
			if len(first) < 2 || len(first) > 5 {
				continue
			}
			if long, ok := expansions[short]; ok {
				g.aliases[short] = long
			}
			continue
		}
		if longs := initials[short]; len(longs) > 0 {
			sort.Strings(longs)
			g.aliases[short] = longs[0]
		} else if longs := endings[short]; len(longs) == 1 {
			g.aliases[short] = longs[0]
		}
	}
}
