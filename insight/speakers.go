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
	// the earlier speaker it refers back to, or empty when none.
	Name string
	// Key identifies the speaker across reports: for a person the family
	// name, for an organisation its name, normalised (case, accents,
	// hyphens folded). Empty when unknown.
	Key string
	// Named reports whether Text itself names the speaker (it is not a
	// pronoun or a bare title).
	Named bool
}

// Known reports whether the speaker could be identified.
func (s Speaker) Known() bool { return s.Key != "" }

// phrase is a run of words naming someone: words[first..last].
type phrase struct {
	first, last int
	det         string // the determiner before it ("the", "a"), if any
	pronoun     bool
}

// maxPhraseWords bounds a speaker phrase.
const maxPhraseWords = 8

// speakerNouns head unnamed speakers: "a spokesman", "unnamed sources".
var speakerNouns = func() map[string]bool {
	m := set("source", "sources", "official", "officials", "witness", "witnesses", "analyst",
		"analysts", "expert", "experts", "resident", "residents", "diplomat", "diplomats",
		"statement", "report", "spokespeople", "authorities", "media")
	for w := range titleWords {
		m[w] = true
	}
	for w := range institutionNouns {
		m[w] = true
	}
	return m
}()

// titleAbbreviations end with a point that does not end the sentence.
var titleAbbreviations = set("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "st", "rev")

// isFunctionWord reports whether word i is a function word (an acronym such
// as US is not, though "us" is).
func (t *text) isFunctionWord(i int) bool {
	return t.is(i, lexFunction) && !t.words[i].acronym
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
	case t.isFunctionWord(i):
		return false
	case w.upper:
		// A capitalised word opening a sentence is a name only when known
		// as one; otherwise it is an ordinary word ("Officials said").
		return t.isName(i, g) || w.initial
	}
	return !strings.ContainsAny(t.raw(i), "0123456789")
}

// subjectBefore finds the speaker phrase that ends right before the verb at
// word v, looking no further back than word lo. It steps over what may
// stand between a subject and its verb: an adverb ("also"), a time ("on
// Thursday"), an aside in brackets ("(local time)") or commas ("Iran's
// Foreign Minister, however, claimed").
func (t *text) subjectBefore(v, lo int, g *gazetteer) (phrase, bool) {
	end := v      // the phrase ends at word end-1
	allowed := "" // punctuation allowed in the next gap, after an aside
	for end-1 >= lo {
		gap, boundary := t.between(end)
		if boundary {
			return phrase{}, false
		}
		trimmed := strings.TrimSpace(gap)
		prev := t.words[end-1]
		switch {
		case strings.HasSuffix(trimmed, ")"):
			open := end - 1
			for open > lo && !strings.Contains(t.gapText(open), "(") {
				open--
			}
			if open <= lo {
				return phrase{}, false
			}
			end, allowed = open, "("
			continue
		case trimmed == "," && allowed == "" && end-2 >= lo && !prev.upper && strings.TrimSpace(t.gapText(end-1)) == ",":
			end, allowed = end-1, "," // ", however,"
			continue
		case trimmed != "" && trimmed != allowed:
			return phrase{}, false
		}
		allowed = ""
		switch {
		case t.formIs(prev.normID, lexSpeechAdverb):
			end--
			continue
		case t.isCalendar(end-1) && end-2 >= lo && (t.norm(end-2) == "on" || t.norm(end-2) == "last"):
			end -= 2
			continue
		}
		break
	}
	last := end - 1
	if last < lo {
		return phrase{}, false
	}
	if t.is(last, lexPronoun) && !t.words[last].acronym {
		return phrase{first: last, last: last, pronoun: true}, true
	}
	if !t.phraseHead(last, g) {
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
	p := phrase{first: first, last: last}
	if first-1 >= lo && t.is(first-1, lexDeterminer) && t.joined(first) {
		p.det = t.norm(first - 1)
	}
	return p, t.validSpeaker(p, g)
}

// speakerAfter finds the speaker phrase right after word v ("said White
// House spokesman John Kirby", "according to the Pentagon").
func (t *text) speakerAfter(v int, g *gazetteer) (phrase, bool) {
	i := v + 1
	if i >= len(t.words) || !t.joined(i) {
		return phrase{}, false
	}
	if t.is(i, lexPronoun) && !t.words[i].acronym {
		return phrase{first: i, last: i, pronoun: true}, true
	}
	var det string
	if t.is(i, lexDeterminer) {
		det = t.norm(i)
		i++
		if i >= len(t.words) || !t.joined(i) {
			return phrase{}, false
		}
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
	p := phrase{first: i, last: last, det: det}
	return p, t.validSpeaker(p, g)
}

// phraseHead reports whether word i can end a speaker phrase: a name or a
// noun naming a role or an institution.
func (t *text) phraseHead(i int, g *gazetteer) bool {
	return (t.words[i].upper && t.isName(i, g)) || t.is(i, lexSpeakerNoun)
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
		if t.words[i].upper && t.isName(i, g) {
			return true
		}
	}
	return p.last-p.first < 3 && t.is(p.last, lexSpeakerNoun)
}

// phraseSpan returns where the phrase stands in the article.
func (t *text) phraseSpan(p phrase) Span {
	return t.spanOf(p.first, p.last)
}

// nameRun returns the last run of name words in p, without possessive
// words before it ("Iran's Foreign Minister Hossein Amir-Abdollahian" →
// "Foreign Minister Hossein Amir-Abdollahian").
func (t *text) nameRun(p phrase, g *gazetteer) (first, last int, ok bool) {
	last = p.last
	for last >= p.first && !(t.words[last].upper && t.isName(last, g)) {
		last--
	}
	if last < p.first {
		return 0, 0, false
	}
	first = last
	for first > p.first && t.joined(first) && !t.words[first-1].possessive &&
		((t.words[first-1].upper && t.isName(first-1, g)) || t.is(first-1, lexConnector)) {
		first--
	}
	return first, last, true
}
