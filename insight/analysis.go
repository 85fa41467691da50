package insight

import (
	"context"
	"sort"
	"strings"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/internal/parallel"
)

// Analysis is what parallax reads from aligned reports beyond the
// alignment: quotations and how they drift, facts and where they conflict,
// and what each report covers and credits. Offsets are byte offsets into
// the articles' Text; strings taken from articles are raw article text, to
// be made printable (model.Printable) before display.
type Analysis struct {
	// Quotes are every quotation, each with its version in every report
	// that carries it, in order of the reference version (first report
	// first, then reading order).
	Quotes []Quote
	// Facts are the quantities, dates and names of the reports, grouped
	// across reports: quantities first, then dates, then names.
	Facts []Fact
	// Conflicts are the facts that disagree in passages telling the same
	// thing, hard conflicts first.
	Conflicts []Conflict
	// Coverage has one summary per report, in report order.
	Coverage []Coverage
}

// OnlyInOneReport returns the facts that exactly one report carries, in
// the order of Facts.
func (an *Analysis) OnlyInOneReport() []Fact {
	var out []Fact
	for _, f := range an.Facts {
		if _, ok := f.OnlyIn(); ok {
			out = append(out, f)
		}
	}
	return out
}

// analyzer holds the state of one analysis.
type analyzer struct {
	al         *diffing.Alignment
	texts      []*text
	g          *gazetteer
	quotations [][]Quotation // per article
	acts       [][]act       // per article
	runs       [][]nameRun   // per article
	runKeys    [][]string    // per article, per run: the key before aliases
	kinds      map[string]FactKind
	displays   map[string]string
	quotes     []Quote
	quantities [][]FactMention
	dates      [][]FactMention
	credits    [][]credit
	names      [][]namedMention
}

// Analyze reads the quotations, facts and sources of aligned reports. It is
// deterministic and its cost grows near-linearly with the length of the
// reports.
func Analyze(al *diffing.Alignment) *Analysis {
	an, _ := AnalyzeContext(context.Background(), al)
	return an
}

// AnalyzeContext is Analyze that stops between its stages, returning
// ctx.Err(), when ctx is cancelled (for a reader that analyses in the
// background and may be superseded).
func AnalyzeContext(ctx context.Context, al *diffing.Alignment) (*Analysis, error) {
	n := len(al.Articles)
	an := &analyzer{al: al, texts: make([]*text, n), quotations: make([][]Quotation, n), acts: make([][]act, n),
		runs: make([][]nameRun, n), runKeys: make([][]string, n), quantities: make([][]FactMention, n),
		dates: make([][]FactMention, n), credits: make([][]credit, n), names: make([][]namedMention, n)}
	eachArticle(n, func(a int) {
		art := al.Articles[a]
		t := newText(a, art)
		an.quotations[a] = t.withoutNames(findQuotations(a, art))
		t.markQuoted(an.quotations[a])
		t.markSentences()
		an.texts[a] = t
	})
	an.g = newGazetteer(an.texts)
	eachArticle(n, func(a int) {
		an.acts[a] = an.texts[a].findActs(an.g)
		an.runs[a] = an.texts[a].nameRuns(an.g)
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	an.learnNames()
	eachArticle(n, func(a int) {
		an.resolveSpeakers(a)
		t := an.texts[a]
		body := t.attributeQuotes(an.quotations[a], an.acts[a])
		an.quotations[a] = append(t.headlineQuotations(a, body), body...)
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	an.quotes = an.matchQuotes()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	facts := an.collectFacts()
	conflicts := an.findConflicts()
	sortConflicts(conflicts)
	return &Analysis{Quotes: an.quotes, Facts: facts, Conflicts: conflicts, Coverage: an.coverage()}, nil
}

// eachArticle calls f for each of n articles, in parallel. A call writes
// only its own article's results.
func eachArticle(n int, f func(a int)) { parallel.For(n, func(_, a int) { f(a) }) }

// learnNames decides who is a person, the key of every name, the kind of
// every key and the acronyms that stand for longer names.
func (an *analyzer) learnNames() {
	g, n := an.g, len(an.texts)
	// Who is a person: each report read on its own, in parallel.
	persons := make([][]string, n)
	evidences := make([][]evidence, n) // what each name run shows by itself
	eachArticle(n, func(a int) {
		t := an.texts[a]
		evidences[a] = make([]evidence, len(an.runs[a]))
		for k, r := range an.runs[a] {
			evidences[a][k] = t.runEvidence(r)
			if evidences[a][k].person > 0 {
				persons[a] = append(persons[a], t.norm(r.last))
			}
		}
		for _, act := range an.acts[a] {
			if act.kind == actSubject {
				continue
			}
			if first, last, ok := t.nameRun(act.p, g); ok && !act.p.pronoun && act.p.det == "" && t.speaksLikePerson(nameRun{first, last}) {
				persons[a] = append(persons[a], t.norm(last))
			}
		}
	})
	for _, names := range persons {
		for _, name := range names {
			g.persons[name] = true
		}
	}
	// The key and evidence of every mention of a name, read in parallel
	// and added in report order.
	type named struct {
		key, display string
		e            evidence
	}
	mentions := make([][]named, n)
	eachArticle(n, func(a int) {
		t := an.texts[a]
		an.runKeys[a] = make([]string, len(an.runs[a]))
		mentions[a] = make([]named, 0, len(an.runs[a]))
		for k, r := range an.runs[a] {
			person := g.isPerson(t, r)
			key, display := t.runKey(r, person)
			e := evidences[a][k]
			if person {
				e.person++
			}
			mentions[a] = append(mentions[a], named{key, display, e})
			an.runKeys[a][k] = key
		}
		for _, act := range an.acts[a] {
			first, last, ok := t.nameRun(act.p, g)
			if !ok || act.p.pronoun || act.kind == actSubject {
				continue
			}
			r := nameRun{first, last}
			if (act.kind == actVia || act.p.det == "the") && !g.isPerson(t, r) && !t.onlyTitles(r) {
				key, display := t.runKey(r, false)
				mentions[a] = append(mentions[a], named{key, display, evidence{organisation: 1}})
			}
		}
	})
	for _, ms := range mentions {
		for _, m := range ms {
			g.add(m.key, m.display, m.e)
		}
	}
	g.learnAliases()
	an.kinds, an.displays = map[string]FactKind{}, map[string]string{}
	merged := map[string]*evidence{}
	for raw, e := range g.evidence {
		key := g.resolve(raw)
		m := merged[key]
		if m == nil {
			m = &evidence{}
			merged[key] = m
		}
		m.person += e.person
		m.organisation += e.organisation
		m.place += e.place
		if len(e.display) > len(m.display) || (len(e.display) == len(m.display) && e.display < m.display) {
			m.display = e.display
		}
	}
	for key, e := range merged {
		an.kinds[key], an.displays[key] = e.kind(), e.display
		if p, ok := knownPlace(key); ok && !p.adjective && e.person == 0 {
			an.kinds[key] = KindPlace // a state, capital or region of the list
		}
	}
}

// kindOf returns the kind of the name with the given key.
func (an *analyzer) kindOf(key string) FactKind {
	if k, ok := an.kinds[key]; ok {
		return k
	}
	return KindName
}

// speaksLikeSomeone reports whether a named speaker's name may be a
// person's: no acronym, no institution noun.
func (t *text) speaksLikeSomeone(p phrase, g *gazetteer) bool {
	first, last, ok := t.nameRun(p, g)
	if !ok {
		return false
	}
	for i := first; i <= last; i++ {
		if t.words[i].acronym || t.is(i, lexInstitution) {
			return false
		}
	}
	return true
}

// speaksLikePerson reports whether a speaker's name reads as a person's:
// two or more words after any title, no institution noun, no acronym
// ("Mohammad Jamshidi wrote").
func (t *text) speaksLikePerson(r nameRun) bool {
	start, _ := t.personStart(r)
	if r.last-start < 1 {
		return false
	}
	for i := start; i <= r.last; i++ {
		if t.is(i, lexInstitution) || t.words[i].acronym {
			return false
		}
	}
	return true
}

// isPerson reports whether a run names a person: it has a title before a
// name, or its last word is a family name known from elsewhere.
func (g *gazetteer) isPerson(t *text, r nameRun) bool {
	if t.is(r.last, lexInstitution) {
		return false
	}
	_, titled := t.personStart(r)
	return titled || g.persons[t.norm(r.last)]
}

// resolveSpeakers identifies the speaker of every statement of report a,
// reading the report in order: the people and bodies it names, in the
// narration or as speakers, are the referents of the pronouns after them.
func (an *analyzer) resolveSpeakers(a int) {
	t, acts, runs := an.texts[a], an.acts[a], an.runs[a]
	h := newSpeakerHistory(t.tz, an.kindOf)
	learnt := an.sexFromPronouns(a)
	for key, s := range learnt {
		h.sex[key] = s
	}
	sentence, counted := 0, 0 // sentences started up to word counted
	sentenceAt := func(i int) int {
		for ; counted < i && counted+1 < len(t.words); counted++ {
			if t.opensSentence(counted + 1) {
				sentence++
			}
		}
		return sentence
	}
	r := 0
	for k := range acts {
		p := acts[k].p
		for r < len(runs) && runs[r].last < p.first {
			if run := runs[r]; !t.words[run.first].quoted {
				key := an.g.resolve(an.runKeys[a][r])
				s := Speaker{Text: t.span(run.first, run.last), Span: t.spanOf(run.first, run.last), Name: an.displays[key], Key: key, Named: true}
				kind := an.kindOf(key)
				if _, ok := learnt[key]; ok && kind == KindName {
					kind = KindPerson // a name the narration calls he or she
				}
				h.mention(s, kind, t.sexNear(run.first, run.last), false, false, sentenceAt(run.first))
			}
			r++
		}
		s := an.speakerOf(t, p, h, sentenceAt(p.first))
		acts[k].speaker = s
		h.add(s)
		if p.pronoun || s.Key == "" {
			continue
		}
		if s.Named {
			kind := an.kindOf(s.Key)
			if kind == KindName && t.speaksLikeSomeone(p, an.g) {
				kind = KindPerson // a speaker of no known kind is most likely a person
			}
			h.mention(s, kind, t.sexNear(p.first, p.last), false, true, sentenceAt(p.first))
			continue
		}
		kind, group := t.unnamedKind(p)
		h.mention(s, kind, t.sexNear(p.head, p.head), group, true, sentenceAt(p.first))
	}
}

// sexFromPronouns learns the sex of the people of report a from the
// narration: in a sentence that names one person (or one name of two
// words or more, of no known kind) and no one else, the pronouns after
// the name are theirs ("Yvonne Hiller was certain she was being
// targeted"). A person whose sentences disagree stays unknown.
func (an *analyzer) sexFromPronouns(a int) map[string]sex {
	t, runs := an.texts[a], an.runs[a]
	seen := map[string]sex{}
	mixed := map[string]bool{}
	person, people := "", 0 // the person of the current sentence, and how many
	var said sex            // the sex its pronouns tell, or -1 when they disagree
	end := func() {
		if people == 1 && said > 0 {
			if have, ok := seen[person]; ok && have != said {
				mixed[person] = true
			}
			seen[person] = said
		}
		person, people, said = "", 0, unknownSex
	}
	r := 0
	for i := range t.words {
		if t.opensSentence(i) {
			end()
		}
		for r < len(runs) && runs[r].first < i {
			r++
		}
		w := &t.words[i]
		switch {
		case w.quoted:
		case r < len(runs) && runs[r].first == i:
			key := an.g.resolve(an.runKeys[a][r])
			if kind := an.kindOf(key); (kind == KindPerson || (kind == KindName && runs[r].last > runs[r].first)) && key != person {
				person, people = key, people+1
			}
		case person != "" && t.formIs(w.normID, lexSexPronoun):
			switch s := pronounSex[t.norms[w.normID]]; {
			case said == unknownSex:
				said = s
			case said != s:
				said = -1
			}
		}
	}
	end()
	for key := range mixed {
		delete(seen, key)
	}
	return seen
}

// pronounSex is the sex third-person pronouns tell.
var pronounSex = map[string]sex{"he": male, "his": male, "him": male, "himself": male,
	"she": female, "her": female, "hers": female, "herself": female}

// sexNear returns the sex words first to last, and the three words before
// them, show: a title or a word for a relative ("Mr. Kiir", "his sister,
// Mahnefah Gray", "spokeswoman").
func (t *text) sexNear(first, last int) sex {
	for i := last; i >= 0 && i >= first-3; i-- {
		if i < first && (t.words[i].quoted || t.words[i+1].gap == gapBoundary || t.opensSentence(i+1)) {
			break
		}
		switch {
		case t.is(i, lexMasculine):
			return male
		case t.is(i, lexFeminine):
			return female
		}
	}
	return unknownSex
}

// unnamedKind says what an unnamed speaker is: an organisation ("the
// ministry"), a group of people ("officials", "police") or a person ("a
// spokesman").
func (t *text) unnamedKind(p phrase) (kind FactKind, group bool) {
	head := p.head
	switch {
	case documentNouns[t.norm(head)]:
		return KindName, false // "a statement", "the report": no one a pronoun refers to
	case t.is(head, lexInstitution) && !t.is(head, lexIrregularPlural):
		return KindOrganisation, false
	case t.is(head, lexIrregularPlural) || isPluralWord(t, head):
		return KindName, true
	}
	return KindPerson, false
}

// documentNouns head unnamed sources that are texts, not people or bodies.
var documentNouns = set("statement", "report", "document", "letter", "study", "survey", "poll", "sign", "marker")

// speakerOf identifies the speaker named by phrase p of text t in the
// given sentence; h holds the people and speakers named before it, for
// pronouns and bare titles that refer back. The confidence it sets is
// that of the identification: High for a phrase that names or describes
// the speaker, lower for a pronoun.
func (an *analyzer) speakerOf(t *text, p phrase, h *speakerHistory, sentence int) Speaker {
	s := Speaker{Text: t.span(p.first, p.last), Span: t.phraseSpan(p), Confidence: High}
	if p.pronoun {
		s.Confidence = Low
		if ref, conf, ok := h.resolve(t.norm(p.first), sentence); ok {
			s.Name, s.Key, s.Confidence = ref.Name, ref.Key, conf
		}
		return s
	}
	first, last, ok := t.nameRun(p, an.g)
	if !ok {
		// An unnamed speaker: "a spokesman", "unnamed sources", "a Foreign
		// Office spokeswoman".
		norms := make([]string, 0, p.last-p.first+1)
		for i := p.first; i <= p.last; i++ {
			norms = append(norms, t.norm(i))
		}
		s.Name, s.Key = s.Text, strings.Join(norms, " ")
		return s
	}
	run := nameRun{first, last}
	if t.onlyTitles(run) {
		// A bare title ("Iran's Foreign Minister") refers to the latest
		// named speaker described with the same words.
		want := map[string]bool{}
		for i := first; i <= last; i++ {
			want[t.norm(i)] = true
		}
		if e, ok := h.describedAs(want); ok {
			s.Name, s.Key, s.Confidence = e.Name, e.Key, Medium
			return s
		}
		key, _ := t.runKey(run, false)
		s.Name, s.Key = s.Text, key
		return s
	}
	key, display := t.runKey(run, an.g.isPerson(t, run))
	s.Key = an.g.resolve(key)
	s.Name, s.Named = display, true
	if full := an.displays[s.Key]; len(full) > len(display) {
		s.Name = full // "President Biden" is Joe Biden
	}
	return s
}

// collectFacts gathers the quantities, dates and names of every report,
// and the credits for the coverage summary, then groups them into facts.
func (an *analyzer) collectFacts() []Fact {
	found := make([]factList, len(an.texts))
	eachArticle(len(an.texts), func(a int) { found[a] = an.factsOf(a) })
	var all factList
	for _, f := range found {
		all.mentions = append(all.mentions, f.mentions...)
		all.kinds = append(all.kinds, f.kinds...)
		all.keys = append(all.keys, f.keys...)
		all.labels = append(all.labels, f.labels...)
	}
	return mergeSpellings(groupFacts(all.mentions, all.kinds, all.keys, all.labels))
}

// factList is mentions of facts with the kind, key and label of each.
type factList struct {
	mentions     []FactMention
	kinds        []FactKind
	keys, labels []string
}

func (f *factList) add(m FactMention, kind FactKind, key, label string) {
	f.mentions, f.kinds = append(f.mentions, m), append(f.kinds, kind)
	f.keys, f.labels = append(f.keys, key), append(f.labels, label)
}

// factsOf reads the quantities, dates and names of report a, in that
// order, and the credits for its coverage summary.
func (an *analyzer) factsOf(a int) factList {
	t := an.texts[a]
	quantities, dates := t.findQuantities(an.g), t.findDates()
	var f factList
	n := len(quantities) + len(dates) + len(an.runs[a])
	f.mentions, f.kinds, f.keys, f.labels = make([]FactMention, 0, n), make([]FactKind, 0, n), make([]string, 0, n), make([]string, 0, n)
	for k := range quantities {
		q := &quantities[k]
		m := FactMention{Mention: Mention{a, t.passageOf(q.first), Span{q.start, q.end}}, Quantity: &q.Quantity}
		an.quantities[a] = append(an.quantities[a], m)
		f.add(m, KindQuantity, quantityKey(q.Quantity), factLabel(t.art.Text[q.start:q.end], &q.Quantity))
	}
	for k := range dates {
		d := &dates[k]
		m := FactMention{Mention: Mention{a, t.passageOf(d.first), t.spanOf(d.first, d.last)}, Date: &d.Date}
		an.dates[a] = append(an.dates[a], m)
		f.add(m, KindDate, d.Key(), t.span(d.first, d.last))
	}
	an.names[a] = make([]namedMention, 0, len(an.runs[a]))
	for k, r := range an.runs[a] {
		key := an.g.resolve(an.runKeys[a][k])
		m := FactMention{Mention: Mention{a, t.passageOf(r.first), t.spanOf(r.first, r.last)}}
		f.add(m, an.kindOf(key), key, an.displays[key])
		words := key
		if an.kindOf(key) == KindPerson {
			words, _ = t.runKey(r, false)
		}
		an.names[a] = append(an.names[a], namedMention{m, key, words})
	}
	for _, act := range an.acts[a] {
		if act.p.pronoun || !act.speaker.Known() || act.kind == actSubject {
			continue
		}
		m := FactMention{Mention: Mention{a, t.passageOf(act.p.first), act.speaker.Span}}
		an.credits[a] = append(an.credits[a], credit{FactMention: m, speaker: act.speaker})
	}
	return f
}

// sortConflicts puts hard conflicts first, then follows the alignment.
func sortConflicts(cs []Conflict) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Severity != cs[j].Severity {
			return cs[i].Severity > cs[j].Severity
		}
		return cs[i].Match < cs[j].Match
	})
}
