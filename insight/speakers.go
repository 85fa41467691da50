package insight

import (
	"strings"
)

// Speaker is someone a report credits with words: the speaker of a
// quotation or the source of a statement.
type Speaker struct {
	// Text is the phrase as written ("White House spokesperson John Kirby",
	// "he", "the Pentagon").
	Text string
	// Span is where Text stands in the article.
	Span Span
	// Name is who Text refers to, without titles and roles ("John Kirby");
	// for a pronoun or a bare title ("he", "the minister") it is the name of
	// the person it refers back to, or empty when the report names nobody
	// it can refer to (Unresolved).
	Name string
	// Key identifies the speaker across reports: for a person the family
	// name, for an organisation its name, normalised (case, accents,
	// hyphens folded). Empty when unknown.
	Key string
	// Named reports whether Text itself names the speaker: it ends on a
	// name ("spokesman John Kirby", "the Pentagon"), not on a pronoun, a
	// bare title or a role ("a Foreign Office spokeswoman").
	Named bool
	// Cue says where the speaker was read from, Confidence how sure that
	// is (zero for statements, which are not quotations).
	Cue        Cue
	Confidence Confidence
}

// Known reports whether the speaker could be identified.
func (s Speaker) Known() bool { return s.Key != "" }

// Unresolved reports whether the speaker is a pronoun or a bare title
// that refers to no one the report names.
func (s Speaker) Unresolved() bool { return s.Text != "" && s.Name == "" }

// Confident reports whether the attribution is sure enough to compare
// with another report's: Medium or High.
func (s Speaker) Confident() bool { return s.Confidence >= Medium }

// Confidence says how sure a quotation's attribution is.
type Confidence int8

const (
	// Low: a guess a careful reader would hesitate over: a pronoun with
	// several people it could refer to, or none; a speaker carried over
	// from sentences away; the subject of a sentence without a verb of
	// saying.
	Low Confidence = iota + 1
	// Medium: read from the text, but not from an attribution naming the
	// speaker next to the quotation: a pronoun referring to the only
	// person it can, a quotation continuing the one before it, a source
	// credited with "according to".
	Medium
	// High: an attribution next to the quotation names the speaker ("…,”
	// said John Kirby; the Pentagon said: “…”).
	High
)

// String returns the confidence's name as written in exports.
func (c Confidence) String() string {
	switch c {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return ""
}

// Cue says where a quotation's speaker was read from.
type Cue int8

const (
	// NoCue: the speaker is not a quotation's.
	NoCue Cue = iota
	// CueAttribution: an attribution in the quotation's sentence, after it
	// (“…,” he said), around it or before it (X said: “…”).
	CueAttribution
	// CueIntroduced: a sentence or paragraph ending in a colon before the
	// quotation introduces it (X said in a statement:).
	CueIntroduced
	// CueContinued: the quotation has no attribution of its own and goes
	// on from the quotation or statement just before it.
	CueContinued
	// CueSource: the only source the sentence credits ("according to X").
	CueSource
	// CueSubject: the subject of the quotation's sentence, which has no
	// verb of saying (X talked of “…”).
	CueSubject
	// CueDash: a credit after a dash (“…” — X).
	CueDash
	// CueHeadline: a headline's credit (X: “…”), or the speaker of the
	// body's version of a quotation in the headline.
	CueHeadline
)

// String returns the cue's name as written in exports.
func (c Cue) String() string {
	switch c {
	case CueAttribution:
		return "attribution"
	case CueIntroduced:
		return "introduced"
	case CueContinued:
		return "continued"
	case CueSource:
		return "source"
	case CueSubject:
		return "subject"
	case CueDash:
		return "dash"
	case CueHeadline:
		return "headline"
	}
	return ""
}

// phrase is a run of words naming someone: words[first..last], headed by
// words[head] ("spokesman" in "a spokesman for the Enough Project").
type phrase struct {
	first, last, head int
	det               string // the determiner before it ("the", "a"), if any
	pronoun           bool
}

// maxPhraseWords bounds a speaker phrase, maxAsideWords an aside between
// commas after a speaker ("Taban Deng, the governor of Unity state, said").
const (
	maxPhraseWords = 8
	maxAsideWords  = 16
)

// speakerNouns head unnamed speakers: "a spokesman", "unnamed sources",
// "a witness".
var speakerNouns = func() map[string]bool {
	m := set("source", "sources", "official", "officials", "witness", "witnesses", "analyst",
		"analysts", "expert", "experts", "resident", "residents", "diplomat", "diplomats",
		"statement", "report", "spokespeople", "authorities", "media", "neighbour", "neighbours",
		"neighbor", "neighbors", "friend", "friends", "relative", "relatives", "doctor", "doctors",
		"nurse", "manager", "employee", "employees", "worker", "workers", "coworker", "coworkers", "colleague", "student",
		"students", "teacher", "parent", "parents", "mother", "father", "sister", "brother",
		"son", "daughter", "wife", "husband", "cousin", "uncle", "aunt", "family", "man", "woman",
		"men", "women", "victim", "survivor", "survivors", "protester", "protesters", "organiser",
		"organizer", "organisers", "organizers", "lawyer", "attorney", "prosecutor", "prosecutors",
		"investigators", "investigator", "researcher", "researchers", "scientist", "scientists",
		"owner", "founder", "cofounder", "member", "members", "fan", "fans", "passenger", "passengers",
		"pilot", "captain", "coach", "player", "trainer", "actor", "actress", "singer", "star",
		"stepson", "stepdaughter", "grandmother", "grandfather", "boy", "girl", "people", "person",
		"demonstrators", "crowd", "marchers", "rioters", "mourners", "supporters", "opponents",
		"critics", "lawmakers", "legislators", "voters", "citizens", "villagers", "locals",
		"unionists", "unions", "activists", "rebels", "fighters", "soldiers", "troops", "militants",
		"mum", "mom", "dad", "businessman", "businesswoman", "blogger", "entrepreneur", "farmer",
		"publication", "magazine", "journal", "poll", "survey", "study", "document", "letter",
		"paper", "newspaper", "website", "broadcaster", "channel", "firm", "company", "team",
		"club", "hospital", "officers", "firefighters", "rescuers", "spokesperson", "marker", "sign")
	for w := range titleWords {
		m[w] = true
		m[w+"s"] = true // "representatives", "spokesmen" below
		if strings.HasSuffix(w, "man") {
			m[strings.TrimSuffix(w, "man")+"men"] = true
		}
	}
	for w := range institutionNouns {
		m[w] = true
	}
	return m
}()

// titleAbbreviations end with a point that does not end the sentence.
var titleAbbreviations = set("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "st", "rev", "msgr", "sr", "jr", "fr")

// isFunctionWord reports whether word i is a function word (an acronym such
// as US is not, though "us" is, and neither is an initial: "Rabie A.
// Atti").
func (t *text) isFunctionWord(i int) bool {
	return t.is(i, lexFunction) && !t.words[i].acronym && !t.isInitial(i)
}

// phraseWordOK reports whether word i may be part of a speaker phrase: a
// name word, a connector between name words, or a lower-case content word
// (a role: "spokesperson", "news agency").
func (t *text) phraseWordOK(i int, g *gazetteer) bool {
	w := t.words[i]
	switch {
	case w.quoted || t.isCalendar(i):
		return false
	case t.formIs(w.normID, lexConnector) && !w.upper:
		return i > 0 && i+1 < len(t.words) && t.isName(i-1, g) && t.isName(i+1, g)
	case t.norms[w.normID] == "and" && i > 0 && i+1 < len(t.words):
		// "businessman and blogger Andrew Halcro"
		return t.is(i-1, lexSpeakerNoun) && t.is(i+1, lexSpeakerNoun) && !t.words[i-1].upper && !t.words[i+1].upper
	case t.isFunctionWord(i):
		return false
	case w.upper:
		// A capitalised word opening a sentence is a name only when known
		// as one; otherwise it is an ordinary word ("Officials said").
		return t.isName(i, g) || w.initial
	case t.formIs(w.normID, lexSpeechVerb|lexAuxiliary|lexParticiple):
		return false // "the man who said", "police have"
	}
	return !strings.ContainsAny(t.raw(i), "0123456789")
}

// subjectBefore finds the speaker phrase that ends right before the verb at
// word v, looking no further back than word lo. It steps over what may
// stand between a subject and its verb: an adverb or auxiliary ("also",
// "has", "would later"), a time ("on Thursday"), another verb ("laughed
// and said"), "was quoted as", an aside in brackets ("(local time)") or
// between commas ("Taban Deng, the governor of Unity state, said").
func (t *text) subjectBefore(v, lo int, g *gazetteer) (phrase, bool) {
	if v-1 >= lo && beForms[t.norm(v-1)] && !strings.HasSuffix(t.norm(v), "ing") {
		return phrase{}, false // "officials were told": the subject is spoken to
	}
	end := v           // the phrase ends at word end-1
	bracketed := false // an aside in brackets stood before word end
	for end-1 >= lo {
		gap, boundary := t.between(end)
		if boundary {
			return phrase{}, false
		}
		trimmed := strings.TrimSpace(gap)
		if bracketed {
			trimmed, bracketed = "", false
		}
		switch {
		case strings.HasSuffix(trimmed, ")"):
			open := end - 1
			for open > lo && !strings.Contains(t.gapText(open), "(") {
				open--
			}
			if open <= lo || strings.TrimSpace(t.gapText(open)) != "(" {
				return phrase{}, false
			}
			end, bracketed = open, true
			continue
		case trimmed == ",":
			return t.beforeAside(end, lo, g)
		case trimmed != "":
			return phrase{}, false
		}
		prev := end - 1
		switch {
		case t.is(prev, lexSpeechAdverb|lexAuxiliary) && !t.words[prev].quoted:
			end--
			continue
		case t.norm(prev) == "as" && prev-1 >= lo && t.norm(prev-1) == "quoted" && t.joined(prev):
			end -= 2 // "X was quoted as saying"
			continue
		case t.norm(prev) == "and" && prev-1 >= lo && t.joined(prev) && (t.isVerbLike(prev-1) || t.is(prev-1, lexIrregularPast)):
			end -= 2 // "X laughed and said", "who wept and cried"
			continue
		case t.norm(prev) == "who" && prev-1 >= lo && strings.TrimSpace(t.gapText(prev)) == "," && t.quotesLater(v):
			// "a distraught elderly woman outside the bank, who cried
			// “…”": the phrase before the relative pronoun, for the
			// quotation that follows.
			return t.phraseEndingAt(prev-1, lo, g)
		case t.isCalendar(prev):
			end-- // "X on Thursday said"
			if end-1 >= lo && t.joined(end) && (t.norm(end-1) == "on" || t.norm(end-1) == "last") {
				end--
			}
			continue
		}
		break
	}
	return t.phraseEndingAt(end-1, lo, g)
}

// beForms make a passive of a participle after them.
var beForms = set("is", "are", "was", "were", "be", "been", "being")

// isVerbLike reports whether word i reads as a verb in the past or
// present: a lower-case word ending in -ed or -s, or a verb of saying.
func (t *text) isVerbLike(i int) bool {
	w := t.words[i]
	if w.upper || w.quoted || t.isFunctionWord(i) {
		return false
	}
	n := t.norms[w.normID]
	return t.formIs(w.normID, lexSpeechVerb) || strings.HasSuffix(n, "ed") || (strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss"))
}

// phraseEndingAt returns the speaker phrase whose last word is last,
// starting no earlier than word lo. A role before a preposition heads the
// phrase ("a spokesman for the Enough Project", "one woman in Qeshm",
// "the prosecutor in the Costello case").
func (t *text) phraseEndingAt(last, lo int, g *gazetteer) (phrase, bool) {
	if last < lo || last < 0 {
		return phrase{}, false
	}
	if t.is(last, lexPronoun) && !t.words[last].acronym {
		return phrase{first: last, last: last, head: last, pronoun: true}, true
	}
	if !t.phraseHead(last, g) {
		// "The prosecutor in the Costello case claimed": the phrase
		// ends on a modifier of its head.
		for k := last - 1; k > lo && k >= last-maxModifierWords; k-- {
			if !t.joined(k+1) || t.words[k].quoted || t.words[k].upper && !t.isNameLike(k, g) {
				break
			}
			if modifierPrepositions[t.norm(k)] {
				if role, ok := t.phraseEndingAt(k-1, lo, g); ok && !role.pronoun && t.joined(k) {
					role.last = last
					return role, true
				}
				break
			}
		}
		return phrase{}, false // "the LORD hath said": a phrase ends on its head
	}
	first := last
	for first >= lo && first > last-maxPhraseWords && t.phraseWordOK(first, g) {
		if first < last && !t.joined(first+1) {
			break
		}
		first--
	}
	first++
	if first > last {
		return phrase{}, false
	}
	p := phrase{first: first, last: last, head: last}
	if first-1 >= lo && t.is(first-1, lexDeterminer) && t.joined(first) {
		p.det = t.norm(first - 1)
	}
	if !t.validSpeaker(p, g) {
		return phrase{}, false
	}
	if k := p.first - detLen(p) - 1; k > lo && modifierPrepositions[t.norm(k)] && t.joined(k+1) && t.joined(k) {
		if role, ok := t.phraseEndingAt(k-1, lo, g); ok && !role.pronoun && role.last-role.first < maxPhraseWords {
			role.last = p.last
			return role, true
		}
	}
	return p, true
}

// modifierPrepositions attach a phrase to the role before it ("a resident
// of Gaza", "officials in Baghdad"); maxModifierWords bounds such a phrase.
var modifierPrepositions = set("of", "for", "in", "at", "from", "with", "outside", "inside", "near")

const maxModifierWords = 6

// beforeAside reads the subject of a verb that follows a comma: the
// phrase before an aside between commas ("Deng, the governor, said";
// "Jumaane D. Williams, who represents the area, said"; "Kirby, however,
// said"), or the aside itself when it is a name after a role
// ("Esther Williams' stepson, actor Lorenzo Lamas, tweeted").
func (t *text) beforeAside(v, lo int, g *gazetteer) (phrase, bool) {
	// The aside is words start..v-1; the comma before it stands before
	// word start.
	start := -1
	for k := v - 1; k > lo && k >= v-maxAsideWords; k-- {
		if t.words[k].quoted || t.words[k].initial {
			return phrase{}, false
		}
		if t.joined(k) {
			continue // a space, or the point of an initial or a title
		}
		if gap := t.gapText(k); strings.ContainsAny(gap, ".;:!?\"“”") {
			return phrase{}, false
		} else if strings.Contains(gap, ",") {
			start = k
			break
		}
	}
	if start < 0 {
		return phrase{}, false
	}
	aside, asideOK := t.phraseEndingAt(v-1, start, g)
	whole := asideOK && (aside.first == start || (aside.det != "" && aside.first == start+1))
	subject, subjectOK := t.phraseEndingAt(start-1, lo, g)
	switch {
	case subjectOK && (t.named(subject, g) || subject.pronoun):
		return subject, true // "Tiffany Ornelas, NP's Yida Team Leader, reported"
	case whole && t.named(aside, g):
		return aside, true // "Esther Williams' stepson, actor Lorenzo Lamas, tweeted"
	case subjectOK:
		return subject, true
	case whole:
		return aside, true
	}
	return phrase{}, false
}

// speakerAfter finds the speaker phrase right after word v ("said White
// House spokesman John Kirby", "according to the Pentagon"). A role
// followed by a name between commas is the name ("said a Sudanese
// government spokesman, Rabie A. Atti").
func (t *text) speakerAfter(v int, g *gazetteer) (phrase, bool) {
	i := v + 1
	if i >= len(t.words) || !t.joined(i) {
		return phrase{}, false
	}
	if t.is(i, lexPronoun) && !t.words[i].acronym {
		return phrase{first: i, last: i, head: i, pronoun: true}, true
	}
	var det string
	if t.is(i, lexDeterminer) {
		det = t.norm(i)
		i++
		if i >= len(t.words) || !t.joined(i) {
			return phrase{}, false
		}
	}
	switch {
	case i+3 < len(t.words) && t.is(i, lexNumeric) && (t.norm(i+1) == "year" || t.norm(i+1) == "years") && t.norm(i+2) == "old" && t.joined(i+3):
		i += 3 // "said 61 - year - old Anargyros Bizianis", as a tokenised corpus writes it
	case i+1 < len(t.words) && t.is(i, lexNumeric) && (strings.HasSuffix(t.norm(i), "yearold") || strings.HasSuffix(t.norm(i), "yearsold")) && t.joined(i+1):
		i++ // "said 61-year-old Anargyros Bizianis"
	}
	last := i
	for last < len(t.words) && last < i+maxPhraseWords && t.phraseWordOK(last, g) {
		if last > i && !t.joined(last) {
			break
		}
		last++
	}
	last--
	// A phrase ends on its head: a name or a role, not the words after it.
	for last >= i && !t.phraseHead(last, g) {
		last--
	}
	if last < i {
		return phrase{}, false
	}
	p := phrase{first: i, last: last, head: last, det: det}
	if !t.validSpeaker(p, g) || t.words[last].possessive {
		return phrase{}, false // "said SeaMicro's technology was …"
	}
	if k := last + 1; k+1 < len(t.words) && t.norm(k) == "and" && t.joined(k) {
		// "said SeaMicro CEO and new AMD general manager Andrew Feldman"
		if more, ok := t.speakerAfter(k, g); ok && !more.pronoun && t.named(more, g) && more.last-p.first < 2*maxPhraseWords {
			return phrase{first: p.first, last: more.last, head: more.head, det: det}, true
		}
	}
	if !t.named(p, g) {
		if name, ok := t.appositiveName(last+1, g); ok {
			return name, true
		}
	}
	return p, true
}

// appositiveName reads a name set off by a comma before word i that ends
// its clause: ", Rabie A. Atti." after a role.
func (t *text) appositiveName(i int, g *gazetteer) (phrase, bool) {
	if i >= len(t.words) || t.words[i].quoted || strings.TrimSpace(t.gapText(i)) != "," || !t.isName(i, g) {
		return phrase{}, false
	}
	last := i
	for last+1 < len(t.words) && last+1 < i+maxPhraseWords && t.joined(last+1) && t.isName(last+1, g) {
		last++
	}
	if last+1 < len(t.words) {
		if gap := strings.TrimSpace(t.gapText(last + 1)); gap == "" {
			return phrase{}, false // the name goes on into something else
		}
	}
	p := phrase{first: i, last: last, head: last}
	return p, t.named(p, g)
}

// named reports whether phrase p ends on a name, perhaps before a noun
// saying what it is: "John Kirby", "the Pentagon", "IRNA news agency",
// but not "a Sudanese government spokesman".
func (t *text) named(p phrase, g *gazetteer) bool {
	_, ok := t.nameEnd(p, g)
	return ok && !p.pronoun
}

// nameEnd returns the last word of the name that heads phrase p: its
// last word, or the name before a noun saying what kind of organisation
// it is ("IRNA news agency", "Hamas militant group").
func (t *text) nameEnd(p phrase, g *gazetteer) (int, bool) {
	isName := func(i int) bool { return t.isNameLike(i, g) }
	if isName(p.head) {
		return p.head, true
	}
	if !t.is(p.head, lexDescribesOrganisation) {
		return 0, false
	}
	for i := p.head - 1; i >= p.first && i >= p.head-2; i-- {
		if isName(i) {
			return i, true
		}
	}
	return 0, false
}

// phraseHead reports whether word i can end a speaker phrase: a name or a
// noun naming a role or an institution.
func (t *text) phraseHead(i int, g *gazetteer) bool {
	return t.isNameLike(i, g) || t.is(i, lexSpeakerNoun)
}

// gapText returns the text between words i-1 and i.
func (t *text) gapText(i int) string {
	gap, _ := t.between(i)
	return gap
}

// validSpeaker reports whether p can name a speaker: it holds a name, or it
// is a short unnamed phrase headed by a role or institution ("a spokesman",
// "unnamed sources").
func (t *text) validSpeaker(p phrase, g *gazetteer) bool {
	for i := p.first; i <= p.last; i++ {
		if t.isNameLike(i, g) {
			return true
		}
	}
	return p.head-p.first < 4 && t.is(p.head, lexSpeakerNoun)
}

// phraseSpan returns where the phrase stands in the article.
func (t *text) phraseSpan(p phrase) Span {
	return t.spanOf(p.first, p.last)
}

// nameRun returns the run of name words that ends phrase p, without
// possessive words before it ("Iran's Foreign Minister Hossein
// Amir-Abdollahian" → "Foreign Minister Hossein Amir-Abdollahian"). A
// phrase that ends on a role ("a Foreign Office spokeswoman") has none.
func (t *text) nameRun(p phrase, g *gazetteer) (first, last int, ok bool) {
	last, ok = t.nameEnd(p, g)
	if !ok {
		return 0, 0, false
	}
	first = last
	for first > p.first && t.joined(first) && !t.words[first-1].possessive &&
		(t.isNameLike(first-1, g) || t.is(first-1, lexConnector)) {
		first--
	}
	return first, last, true
}
