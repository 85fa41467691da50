package insight

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// actKind says what kind of statement an act is.
type actKind int8

const (
	// actSaid: a verb of saying with its speaker, "X said", ", said X".
	actSaid actKind = iota
	// actVia: a credit for relayed information, "according to X",
	// "reported by X", "citing X".
	actVia
	// actSubject: the subject of a sentence that quotes words without a
	// verb of saying ("X talked of “…”"); not a credit.
	actSubject
)

// act is a statement a report credits to someone.
type act struct {
	at        int // word index of the verb, or of "according", "by", "citing"
	from, end int // the first and last word of the attribution, phrase and verb
	p         phrase
	kind      actKind
	speaker   Speaker
}

// findActs returns every statement t credits to someone, in reading order,
// and for each sentence that quotes words in mid-sentence without a verb of
// saying, its subject (actSubject). Words inside quotations are skipped: a
// quotation's own "I say" is not the report's attribution.
func (t *text) findActs(g *gazetteer) []act {
	var acts []act
	lo := 0       // the first word of the current sentence
	said := false // the current sentence has a statement
	partial := -1 // the first word of a quotation in mid-sentence, or -1
	endSentence := func(next int) {
		if !said && partial > lo {
			if a, ok := t.sentenceSubject(lo, partial, g); ok {
				acts = append(acts, a)
			}
		}
		lo, said, partial = next, false, -1
	}
	for i, w := range t.words {
		if i > lo && t.opensSentence(i) {
			endSentence(i)
		}
		if w.quoted {
			if partial < 0 && i > lo && !t.words[i-1].quoted {
				partial = i
			}
			continue
		}
		if !t.formIs(w.normID, lexActTrigger) {
			continue // most words: no verb of saying, no credit
		}
		if said && t.is(i, lexParticiple) && strings.TrimSpace(t.gapText(i)) == "," {
			continue // "X denied the claims, calling them “…”": X's statement goes on
		}
		a, ok := t.actAt(i, lo, said, g)
		if !ok {
			continue
		}
		if a.kind == actSaid && t.namesQuotation(a) {
			continue // "a group called “…”": a name, not words said
		}
		acts = append(acts, a)
		said = said || a.kind == actSaid
	}
	endSentence(len(t.words))
	// A sentence's subject is found at its end, after a credit that
	// follows it ("…, according to police").
	sort.SliceStable(acts, func(x, y int) bool { return acts[x].at < acts[y].at })
	return acts
}

// actAt reads the statement whose verb (or credit) is word i, if any, in
// the sentence starting at word lo, which has a statement before word i
// when said is true.
func (t *text) actAt(i, lo int, said bool, g *gazetteer) (act, bool) {
	w := t.words[i]
	norm := t.norms[w.normID]
	switch {
	case norm == "according" && i+1 < len(t.words) && t.norm(i+1) == "to" && t.joined(i+1):
		if p, ok := t.speakerAfter(i+1, g); ok && !p.pronoun {
			return act{at: i, from: i, end: p.last, p: p, kind: actVia}, true
		}
	case (norm == "by" && i > 0 && t.joined(i) && (t.norm(i-1) == "reported" || t.norm(i-1) == "cited")) || norm == "citing":
		if p, ok := t.speakerAfter(i, g); ok && !p.pronoun {
			return act{at: i, from: i, end: p.last, p: p, kind: actVia}, true
		}
	case norm == "by" && i > 0 && t.joined(i) && t.is(i-1, lexSpeechVerb) && !t.words[i-1].quoted:
		// "the man described by The New York Times Magazine as “…”"
		if p, ok := t.speakerAfter(i, g); ok && !p.pronoun {
			return act{at: i, from: i - 1, end: p.last, p: p}, true
		}
	case w.upper:
	case norm == "quoted":
		// "the Daily News quoted witness Devonte Brown as saying": the
		// speaker is the one quoted, when named; "IRNA quoted an unnamed
		// source as saying" credits IRNA.
		if p, ok := t.speakerAfter(i, g); ok && t.named(p, g) && p.last+2 < len(t.words) && t.norm(p.last+1) == "as" && t.is(p.last+2, lexSpeechVerb) {
			from := i
			if s, ok := t.subjectBefore(i, lo, g); ok {
				from = s.first - detLen(s)
			}
			return act{at: i, from: from, end: p.last + 2, p: p}, true
		}
		if p, ok := t.subjectBefore(i, lo, g); ok {
			return act{at: i, from: p.first - detLen(p), end: i, p: p}, true
		}
	case t.formIs(w.normID, lexParticiple) && strings.TrimSpace(t.gapText(i)) == ",":
		// "X rejected the offer, calling it “…”": the sentence's subject
		// speaks the quotation that follows in the sentence.
		if !t.quotesLater(i) {
			return act{}, false
		}
		if a, ok := t.sentenceSubject(lo, i, g); ok {
			a.kind, a.at, a.from, a.end = actSaid, i, i, i
			return a, true
		}
	case t.formIs(w.normID, lexSpeechVerb|lexVerbFirst):
		if t.formIs(w.normID, lexVerbFirst) && t.verbFirstGap(i) {
			if p, ok := t.speakerAfter(i, g); ok && !t.clauseGoesOn(p.last+1) && (t.afterQuotation(i) || t.endsClause(p.last+1)) {
				return act{at: i, from: i, end: p.last, p: p}, true
			}
		}
		if t.formIs(w.normID, lexSpeechVerb) {
			if p, ok := t.subjectBefore(i, lo, g); ok {
				return act{at: i, from: p.first - detLen(p), end: i, p: p}, true
			}
		}
		if t.formIs(w.normID, lexParticiple) && !said && t.quotesLater(i) {
			// "A government official downplayed the unrest saying that “…”"
			if a, ok := t.sentenceSubject(lo, i, g); ok {
				a.kind, a.at, a.from, a.end = actSaid, i, i, i
				return a, true
			}
		}
	}
	return act{}, false
}

// verbFirstGap reports whether a verb at word i may come before its
// speaker: after a quotation or a comma ("…,” said X", "…, said X").
func (t *text) verbFirstGap(i int) bool {
	if t.words[i].gap != gapPunct {
		return false
	}
	gap := t.gapText(i)
	return strings.Contains(gap, ",") || strings.IndexFunc(gap, isMark) >= 0
}

// afterQuotation reports whether a quotation mark stands before word i.
func (t *text) afterQuotation(i int) bool {
	return strings.IndexFunc(t.gapText(i), isMark) >= 0 || (i > 0 && t.words[i-1].quoted)
}

// endsClause reports whether word i does not go on with the phrase before
// it: punctuation, a boundary or a preposition stands before it, not a
// word of the clause ("…, said SeaMicro's technology was").
func (t *text) endsClause(i int) bool {
	return i >= len(t.words) || !t.joined(i) || t.is(i, lexFunction) || t.isCalendar(i)
}

// clauseGoesOn reports whether word i continues a clause with a verb: the
// phrase before it was its subject ("…, claimed Hamas was ready"), not
// the speaker of the verb before.
func (t *text) clauseGoesOn(i int) bool {
	return i < len(t.words) && t.joined(i) && !t.words[i].quoted &&
		(t.is(i, lexAuxiliary) || (t.isVerbLike(i) && !t.is(i, lexLocative)))
}

// quotesLater reports whether a quotation opens after word i in its
// sentence.
func (t *text) quotesLater(i int) bool {
	for k := i + 1; k < len(t.words) && k < i+maxAsideWords*2; k++ {
		if t.opensSentence(k) {
			return false
		}
		if t.words[k].quoted {
			return true
		}
	}
	return false
}

// detLen is 1 when the phrase has a determiner before it, else 0.
func detLen(p phrase) int {
	if p.det != "" {
		return 1
	}
	return 0
}

// namesQuotation reports whether the act's verb names the quotation right
// after it ("a group called “…”", "dubbed “…”") rather than saying it;
// "what X called “…”" is said.
func (t *text) namesQuotation(a act) bool {
	next := a.at + 1
	if !t.is(a.at, lexNaming) || next >= len(t.words) || !t.words[next].quoted {
		return false
	}
	return a.from == 0 || t.norm(a.from-1) != "what"
}

// isPastVerb reports whether word i reads as a verb in the past tense or
// a verb of saying: a lower-case word ending in -ed, or an irregular past
// ("spoke", "gave").
func (t *text) isPastVerb(i int) bool {
	w := t.words[i]
	if w.upper || w.quoted || t.isFunctionWord(i) {
		return false
	}
	n := t.norms[w.normID]
	return t.formIs(w.normID, lexSpeechVerb|lexIrregularPast) || (len(n) > 4 && strings.HasSuffix(n, "ed"))
}

// afterNamingVerb reports whether the quotation opening at word first
// follows a verb that names it ("a group called “…”", "known as “…”").
func (t *text) afterNamingVerb(first int) bool {
	k := first - 1
	if k > 0 && t.norm(k) == "as" {
		k--
	}
	return k >= 0 && !t.words[k].quoted && t.is(k, lexNaming)
}

// sentenceSubject returns the subject of the sentence starting at word lo
// as a statement: the first phrase that can name a speaker followed by a
// verb, before word end. A leading adverbial ("In a statement Thursday,")
// is stepped over by looking for the verb.
func (t *text) sentenceSubject(lo, end int, g *gazetteer) (act, bool) {
	for v := lo + 1; v < end && v < lo+maxAsideWords*2; v++ {
		w := t.words[v]
		if w.quoted {
			break
		}
		if w.upper || !t.isPastVerb(v) || t.is(v, lexParticiple) {
			continue
		}
		if p, ok := t.subjectBefore(v, lo, g); ok {
			return act{at: v, from: p.first - detLen(p), end: v, p: p, kind: actSubject}, true
		}
	}
	return act{}, false
}

// opensSentence reports whether word i starts a sentence of the narration:
// an initial word outside quotations, or the first word of a quotation
// whose opening mark follows the end of a sentence. The end of the text
// (i = len(t.words), where a quotation with no word after it starts)
// counts as a start, so that no search runs past it.
func (t *text) opensSentence(i int) bool { return i >= len(t.words) || t.words[i].opens }

// markSentences sets each word's opens flag (opensSentence), once the
// words inside quotations are known.
func (t *text) markSentences() {
	for i := range t.words {
		t.words[i].opens = t.words[i].initial && t.opensSentenceAt(i)
	}
}

// opensSentenceAt is opensSentence for an initial word.
func (t *text) opensSentenceAt(i int) bool {
	w := &t.words[i]
	if !w.quoted || w.gap == gapBoundary {
		return true
	}
	gap := t.gapText(i)
	k := strings.LastIndexAny(gap, "\"“„«")
	if k < 0 {
		return false
	}
	before := strings.TrimRight(gap[:k], " \t\r\n”’'»")
	if before == "" {
		return false // the mark follows a word: "was in “clear violation”"
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// sentenceFirst returns the first word of the narration's sentence that
// holds word i.
func (t *text) sentenceFirst(i int) int {
	for i > 0 && !t.opensSentence(i) {
		i--
	}
	return i
}

// attributeQuotes joins quotations split around their attribution and
// sets each quotation's speaker and the outlet it is relayed through.
func (t *text) attributeQuotes(qs []Quotation, acts []act) []Quotation {
	byFrom := map[int]int{} // first word of an attribution → act
	for k, a := range acts {
		if a.kind == actSaid {
			byFrom[a.from] = k
		}
	}
	var out []Quotation
	for _, q := range qs {
		if n := len(out); n > 0 && t.continues(out[n-1], q, acts, byFrom) {
			prev := &out[n-1]
			prev.Parts = append(prev.Parts, q.Parts...)
			prev.closed, prev.paragraph = q.closed, q.paragraph
			continue
		}
		out = append(out, q)
	}
	for k := range out {
		q := &out[k]
		q.Speaker = t.speakerFor(out, k, acts, byFrom)
		q.Via = t.viaFor(*q, acts)
	}
	return out
}

// speakerFor finds the speaker of quotation out[k], as a careful reader
// would, in this order: an attribution right after it or between its
// parts; a verb of saying before it in its sentence, or a sentence ending
// in a colon that introduces it; a dash credit; the statement or quotation
// it goes on from; a source credited in its sentence; the subject of its
// sentence.
func (t *text) speakerFor(out []Quotation, k int, acts []act, byFrom map[int]int) Speaker {
	q := out[k]
	credit := func(a act, cue Cue, conf Confidence) Speaker {
		s := a.speaker
		if s.Text == "" {
			return Speaker{}
		}
		s.Cue = cue
		s.Confidence = min(conf, s.Confidence)
		return s
	}
	if len(q.Parts) > 1 {
		if a, ok := t.actAfter(q.Parts[0], acts, byFrom); ok {
			return credit(a, CueAttribution, High) // "…,” he said, “…”
		}
	}
	if a, ok := t.actAfter(q.Parts[len(q.Parts)-1], acts, byFrom); ok {
		return credit(a, CueAttribution, High)
	}
	first := t.wordAt(q.Parts[0].Start)
	if a, introduced, ok := t.actBefore(first, acts); ok {
		if introduced {
			return credit(a, CueIntroduced, High)
		}
		return credit(a, CueAttribution, High)
	}
	if s, ok := t.dashCredit(q.Parts[len(q.Parts)-1]); ok {
		return s
	}
	if a, ok := t.actClosing(q, acts); ok {
		return credit(a, CueAttribution, High)
	}
	// A quotation opening its sentence goes on from what came before; one
	// woven into a sentence belongs to that sentence first.
	lo := t.sentenceFirst(first)
	woven := lo < first
	if !woven {
		if s, ok := t.continued(out, k, acts); ok {
			return s
		}
	}
	hi := t.sentenceEnd(t.wordAt(q.Parts[len(q.Parts)-1].End))
	for _, a := range actsFrom(acts, lo) {
		if a.at >= hi {
			break
		}
		switch {
		case a.kind == actVia && a.speaker.Text != "":
			return credit(a, CueSource, Medium)
		case a.kind == actSubject && a.at < first && !t.afterNamingVerb(first):
			return credit(a, CueSubject, Low)
		}
	}
	if woven {
		if s, ok := t.continued(out, k, acts); ok {
			return s
		}
	}
	return Speaker{}
}

// sentenceEnd returns the first word of the sentence after the one
// holding word i (or len(t.words)).
func (t *text) sentenceEnd(i int) int {
	for i++; i < len(t.words) && !t.opensSentence(i); i++ {
	}
	return i
}

// actClosing returns the statement that closes the sentence a quotation
// is woven into, after a comma: "… a “career criminal” and was hoping to
// arrest him, officials said Saturday."
func (t *text) actClosing(q Quotation, acts []act) (act, bool) {
	first := t.wordAt(q.Parts[0].Start)
	lo := t.sentenceFirst(first)
	if lo == first {
		return act{}, false // a quotation opening its sentence: actAfter reads its attribution
	}
	after := t.wordAt(q.Parts[len(q.Parts)-1].End)
	hi := t.sentenceEnd(after)
	for _, a := range actsFrom(acts, after) {
		if a.at >= hi {
			break
		}
		if a.kind == actSaid && a.speaker.Text != "" && a.p.first < a.at && strings.Contains(t.gapText(a.from), ",") &&
			a.from > after && t.saysNothingMore(a) && !t.quotesLater(a.end) {
			return a, true
		}
	}
	return act{}, false
}

// continues reports whether quotation q continues prev after an
// attribution: "…,” he said. “…" or "…,” he said, “…".
func (t *text) continues(prev, q Quotation, acts []act, byFrom map[int]int) bool {
	if prev.paragraph != q.paragraph || !prev.closed {
		return false
	}
	last := prev.Parts[len(prev.Parts)-1]
	if !strings.HasSuffix(t.art.Text[last.Start:last.End], ",") && !strings.HasPrefix(strings.TrimLeft(t.art.Text[last.End:], "”\"'’» "), ",") {
		return false
	}
	a, ok := t.actAfter(last, acts, byFrom)
	if !ok {
		return false
	}
	// Only the attribution stands between the two parts.
	return t.wordAt(q.Parts[0].Start) == a.end+1
}

// actAfter returns the attribution that follows a quoted part: ", said X"
// or ", X said" right after the closing mark. After a quotation that ends
// its sentence, a statement that opens the next sentence is its
// attribution only when it says nothing more ("“….” Gaskin said."), not
// when it reports something else ("“….” A spokeswoman said the ship…").
func (t *text) actAfter(part Span, acts []act, byFrom map[int]int) (act, bool) {
	i := t.wordAt(part.End)
	if i >= len(t.words) || t.words[i].quoted || t.words[i].gap == gapBoundary {
		return act{}, false
	}
	gap := t.art.Text[part.End:t.words[i].start]
	rest := strings.TrimLeftFunc(strings.TrimLeft(gap, ".,!?… "), isMark)
	if strings.Trim(rest, " \t\r\n,—–-") != "" {
		return act{}, false
	}
	k, ok := byFrom[i]
	if !ok {
		return act{}, false
	}
	a := acts[k]
	if t.words[i].upper && endsSentence(t.art.Text[part.Start:part.End]+strings.TrimRightFunc(strings.TrimRight(gap, " "), isMark)) && !t.saysNothingMore(a) {
		return act{}, false
	}
	return a, true
}

// objectVerbs take the person spoken to as an object ("told reporters").
var objectVerbs = set("told", "tells", "tell", "asked", "asks", "informed", "assured", "urged", "warned", "reminded")

// saysNothingMore reports whether the sentence of an attribution ends
// with it, give or take an object or a time: "Gaskin said.", "he told
// reporters on Thursday.", ", said X, a refugee".
func (t *text) saysNothingMore(a act) bool {
	if a.p.first > a.at {
		return true // ", said X": the speaker ends the clause
	}
	for k, n := a.end+1, 0; k < len(t.words); k, n = k+1, n+1 {
		gap := t.gapText(k)
		if t.words[k].gap == gapBoundary || strings.ContainsAny(gap, ".!?,;:") {
			return true
		}
		if n >= 5 || t.words[k].quoted || t.norm(k) == "that" || t.is(k, lexAuxiliary) {
			return false
		}
		if k == a.end+1 && !objectVerbs[t.norm(a.at)] {
			// "said the ship sank": a clause after the verb.
			if (t.is(k, lexDeterminer|lexPronoun) || t.words[k].upper) && !t.isCalendar(k) {
				return false
			}
		}
	}
	return true
}

// actBefore returns the statement whose verb comes before word first (a
// quotation's first word) in its sentence: "X claimed the vote was “…”",
// "X said: “…”". A quotation opening a sentence or a paragraph after a
// colon takes the statement of the sentence the colon ends (introduced).
func (t *text) actBefore(first int, acts []act) (a act, introduced, ok bool) {
	if first == 0 || first >= len(t.words) {
		return act{}, false, false // a quotation with no word, at the text's end
	}
	lo := t.sentenceFirst(first - 1)
	if t.opensSentence(first) || t.words[first].gap == gapBoundary {
		gap := strings.TrimRightFunc(t.gapText(first), func(r rune) bool { return isMark(r) || r == ' ' || r == '\n' || r == '\t' || r == '\r' })
		if !strings.HasSuffix(gap, ":") {
			return act{}, false, false
		}
		introduced = true
	}
	for _, c := range actsFrom(acts, lo) {
		if c.at >= first {
			break
		}
		if c.kind == actSaid && c.from >= lo && c.speaker.Text != "" {
			a, ok = c, true
		}
	}
	return a, introduced && t.words[first].gap == gapBoundary, ok
}

// dashCredit reads a credit after a dash that ends a quotation: "“…” —
// Joe Biden".
func (t *text) dashCredit(part Span) (Speaker, bool) {
	i := t.wordAt(part.End)
	if i >= len(t.words) || t.words[i].gap == gapBoundary {
		return Speaker{}, false
	}
	gap := strings.TrimSpace(strings.TrimLeftFunc(t.art.Text[part.End:t.words[i].start], isMark))
	if gap != "—" && gap != "―" && gap != "–" && gap != "-" && gap != "--" {
		return Speaker{}, false
	}
	last := i
	for last+1 < len(t.words) && t.joined(last+1) && t.words[last+1].upper {
		last++
	}
	if !t.words[i].upper {
		return Speaker{}, false
	}
	text := t.span(i, last)
	return Speaker{Text: text, Span: t.spanOf(i, last), Name: text, Key: t.norm(last), Named: true,
		Cue: CueDash, Confidence: High}, true
}

// continued returns the speaker a quotation without attribution goes on
// from: the statement in the sentence just before it ("…, Ingaldson
// said. “But inside…”"), or else the quotation before it with nothing but
// quotations and narration without statements between them. Medium when
// the source ends in the sentence before, Low when a sentence or two
// stand between.
func (t *text) continued(out []Quotation, k int, acts []act) (Speaker, bool) {
	q := out[k]
	first := t.wordAt(q.Parts[0].Start)
	var prevEnd int // the word after the previous quotation of the paragraph, or its first
	prev := -1
	if k > 0 && (out[k-1].paragraph == q.paragraph || out[k-1].paragraph == q.paragraph-1) {
		prev = k - 1
		prevEnd = t.wordAt(out[k-1].Parts[len(out[k-1].Parts)-1].End)
	} else {
		prevEnd = t.wordAt(t.art.Paragraphs[q.paragraph].Start)
		if q.paragraph > 0 && t.wordAt(t.art.Paragraphs[q.paragraph].Start) == first {
			prevEnd = t.wordAt(t.art.Paragraphs[q.paragraph-1].Start)
		}
	}
	// The latest statement between the previous quotation and this one.
	var latest act
	found := false
	for x := sort.Search(len(acts), func(x int) bool { return acts[x].at >= first }) - 1; x >= 0 && acts[x].at >= prevEnd; x-- {
		if a := acts[x]; a.kind == actSaid && a.speaker.Text != "" {
			latest, found = a, true
			break
		}
	}
	source, at := Speaker{}, 0
	switch {
	case found:
		source, at = latest.speaker, latest.end
	case prev >= 0 && out[prev].Speaker.Text != "":
		source, at = out[prev].Speaker, prevEnd-1
	default:
		return Speaker{}, false
	}
	gap := t.sentencesBetween(at, first)
	switch {
	case gap <= 1:
		source.Confidence = min(source.Confidence, Medium)
	case gap <= maxContinuedSentences:
		source.Confidence = Low
	default:
		return Speaker{}, false
	}
	source.Cue = CueContinued
	return source, true
}

// sentencesBetween counts the narration's sentences that start after word
// from up to word to (a quotation opening a sentence at word to counts),
// up to maxContinuedSentences+1.
func (t *text) sentencesBetween(from, to int) int {
	n := 0
	for i := min(to, len(t.words)-1); i > from && i >= 0 && n <= maxContinuedSentences; i-- {
		if t.opensSentence(i) {
			n++
		}
	}
	return n
}

// maxContinuedSentences is the most sentences between a quotation without
// attribution and the source it goes on from.
const maxContinuedSentences = 3

// actsFrom returns the statements of acts (in reading order) from the one
// whose verb is word i on.
func actsFrom(acts []act, i int) []act {
	return acts[sort.Search(len(acts), func(k int) bool { return acts[k].at >= i }):]
}

// viaFor returns the outlet credited in the sentence around q ("according
// to Reuters", "as reported by Reuters") when the quotation has a speaker
// of its own.
func (t *text) viaFor(q Quotation, acts []act) Speaker {
	if q.Speaker.Cue == CueSource {
		return Speaker{}
	}
	first := t.wordAt(q.Parts[0].Start)
	lo := t.sentenceFirst(first)
	hi := t.wordAt(q.Parts[len(q.Parts)-1].End)
	for hi < len(t.words) && (t.words[hi].quoted || !t.opensSentence(hi)) {
		hi++
	}
	for _, a := range actsFrom(acts, lo) {
		if a.at >= hi {
			break
		}
		if a.kind == actVia {
			return a.speaker
		}
	}
	return Speaker{}
}

// markQuoted flags the words inside quotations.
func (t *text) markQuoted(qs []Quotation) {
	for _, q := range qs {
		for _, p := range q.Parts {
			for i := t.wordAt(p.Start); i < len(t.words) && int(t.words[i].end) <= p.End; i++ {
				t.words[i].quoted = true
			}
		}
	}
}
