package insight

import (
	"sort"
	"strings"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/internal/parallel"
)

// Wording says how a report's version of a quotation compares with the
// reference version (the first report's).
type Wording int8

const (
	// Reference is the version the others are compared with.
	Reference Wording = iota
	// Verbatim is the same words (case, punctuation and quotation marks aside).
	Verbatim
	// Altered has words replaced ("relayed" / "conveyed").
	Altered
	// Shortened leaves words of the reference out.
	Shortened
	// Extended quotes more than the reference.
	Extended
	// Paraphrased tells the quotation without quotation marks.
	Paraphrased
)

// String returns the wording's name as written in exports.
func (w Wording) String() string {
	switch w {
	case Verbatim:
		return "verbatim"
	case Altered:
		return "altered"
	case Shortened:
		return "shortened"
	case Extended:
		return "extended"
	case Paraphrased:
		return "paraphrased"
	default:
		return "reference"
	}
}

// Attribution says how a version's speaker compares with the reference's.
type Attribution int8

const (
	// SameSpeaker credits the same person in the same words (or neither
	// version names anyone).
	SameSpeaker Attribution = iota
	// RoleDiffers credits the same person with other titles or roles
	// ("spokesperson" / "spokesman").
	RoleDiffers
	// SpeakerDiffers credits someone else.
	SpeakerDiffers
	// SpeakerMissing names a speaker in one version only, the other
	// version naming theirs with confidence.
	SpeakerMissing
	// SpeakerUncertain credits the versions to different speakers, or one
	// of them to none, where one of the attributions is not sure enough
	// to say which (Speaker.Confident): a pronoun the report cannot
	// resolve, a speaker carried over from sentences away.
	SpeakerUncertain
)

// String returns the attribution's name as written in exports.
func (a Attribution) String() string {
	switch a {
	case RoleDiffers:
		return "role differs"
	case SpeakerDiffers:
		return "speaker differs"
	case SpeakerMissing:
		return "speaker missing"
	case SpeakerUncertain:
		return "speaker uncertain"
	default:
		return "same"
	}
}

// Quote is one quotation across the reports: each report's version of it.
type Quote struct {
	// Variants has one version per report that carries the quotation:
	// Variants[0] is the reference (the earliest report that quotes it),
	// then the others in report order. A report that only paraphrases the
	// quotation may come before the reference's report.
	Variants []Variant
}

// Drifted reports whether any version differs from the reference in
// wording, or credits the words to someone else or describes the speaker
// differently, both versions naming their speaker with confidence. A
// speaker missing from one version, or an uncertain one, is not drift.
func (q Quote) Drifted() bool {
	for _, v := range q.Variants[1:] {
		if v.Wording != Verbatim || v.Attribution == RoleDiffers || v.Attribution == SpeakerDiffers {
			return true
		}
	}
	return false
}

// Variant is one report's version of a quotation.
type Variant struct {
	Quotation
	// Wording and Attribution compare this version with the reference.
	Wording     Wording
	Attribution Attribution
	// Similarity is the share of words the version and the reference have
	// in common, in order (0 to 1; 1 for the reference).
	Similarity float64
	// Drift are the words of this version the reference lacks; ReferenceDrift
	// the words of the reference this version lacks (spans into the
	// reference's article). Both are empty for the reference.
	Drift, ReferenceDrift []Span
	// SpeakerDrift and ReferenceSpeakerDrift mark the words in which the two
	// speakers' descriptions differ ("spokesman" / "spokesperson").
	SpeakerDrift, ReferenceSpeakerDrift []Span
}

// Quotations whose wordings share fewer words than this, relative to the
// shorter one, are different quotations.
const minQuoteContainment = 0.5

// paraphraseShare is the share of a quotation's content words that a
// passage of another report must carry, outside quotation marks, for the
// quotation to count as paraphrased there.
const paraphraseShare = 0.5

// maxQuotePostings bounds how many quotations a word may appear in and
// still propose pairs, so matching stays near-linear.
const maxQuotePostings = 100

// quoteRef is one quotation of one report, with its words.
type quoteRef struct {
	q           Quotation
	text        string     // parts joined
	content     []string   // distinct content words, normalised
	partContent [][]string // the same, of each part
}

// matchQuotes groups the quotations of all reports into quotes: a
// quotation joins the quotation of another report that shares most of its
// words in order; each quote has at most one version per report.
//
// Reading the quotations' words, scoring candidate pairs and comparing the
// versions of each quote run in parallel; each result has its own slot,
// and pairs are ranked by a total order, so the outcome does not depend on
// scheduling.
func (an *analyzer) matchQuotes() []Quote {
	var refs []quoteRef
	for _, t := range an.texts {
		for _, q := range an.quotations[t.article] {
			refs = append(refs, quoteRef{q: q})
		}
	}
	// Each report's quotations are read with its own tokenizer, which
	// knows their spellings already.
	eachArticle(len(an.texts), func(a int) {
		t := an.texts[a]
		for i := range refs {
			if r := &refs[i]; r.q.Article == a {
				r.text = r.q.Text(t.art)
				r.content, r.partContent = t.tz.quoteWords(t.art.Text, r.q.Parts)
			}
		}
	})
	pairs := candidatePairs(refs, an.g.capitalised)
	group := make([]int, len(refs)) // quotation → group id
	members := map[int][]int{}      // group id → quotations
	for i := range refs {
		group[i] = i
		members[i] = []int{i}
	}
	for _, p := range pairs {
		ga, gb := group[p.a], group[p.b]
		if ga == gb || sharesArticle(refs, members[ga], members[gb]) {
			continue
		}
		for _, m := range members[gb] {
			group[m] = ga
		}
		members[ga] = append(members[ga], members[gb]...)
		delete(members, gb)
	}
	var heads []int // the first quotation of each group
	for i := range refs {
		if group[i] == i {
			heads = append(heads, i)
		}
	}
	quotes := make([]Quote, len(heads))
	parallel.For(len(heads), func(_, k int) {
		ms := members[heads[k]]
		sort.Slice(ms, func(x, y int) bool { return refs[ms[x]].q.Article < refs[ms[y]].q.Article })
		quote := Quote{}
		ref := refs[ms[0]]
		quote.Variants = append(quote.Variants, Variant{Quotation: ref.q, Similarity: 1})
		for _, m := range ms[1:] {
			quote.Variants = append(quote.Variants, an.compareQuotes(ref.q, refs[m].q))
		}
		quote.Variants = append(quote.Variants, an.paraphrases(ref, quote.Variants)...)
		// The reference stays first, even before a paraphrase in an earlier report.
		others := quote.Variants[1:]
		sort.SliceStable(others, func(x, y int) bool { return others[x].Article < others[y].Article })
		quotes[k] = quote
	})
	sort.SliceStable(quotes, func(x, y int) bool {
		a, b := quotes[x].Variants[0], quotes[y].Variants[0]
		if a.Article != b.Article {
			return a.Article < b.Article
		}
		return a.Parts[0].Start < b.Parts[0].Start
	})
	return quotes
}

// quotePair is a candidate pair of quotations of different reports.
type quotePair struct {
	a, b  int
	score float64
}

// candidatePairs scores the pairs of quotations of different reports that
// share content words, and returns those similar enough, best first. Names
// (words the reports capitalise, given in names) are weak evidence, every
// report of a story naming its places and people: a pair must share two
// content words that are not names, or all of the shorter quotation's.
func candidatePairs(refs []quoteRef, names map[string]bool) []quotePair {
	postings := map[string][]int{}
	for i, r := range refs {
		for _, w := range r.content {
			postings[w] = append(postings[w], i)
		}
	}
	plainWords := make([]int, len(refs)) // content words that are not names, by quotation
	for i, r := range refs {
		for _, w := range r.content {
			if !names[w] {
				plainWords[i]++
			}
		}
	}
	found := make([][]quotePair, len(refs)) // by the first quotation of the pair
	parallel.For(len(refs), func(_, i int) {
		r := refs[i]
		shared := map[int]int{} // content words shared, names counting for nothing
		plain := 0              // r's content words that are not names
		for _, w := range r.content {
			name := names[w]
			if !name {
				plain++
			}
			if len(postings[w]) > maxQuotePostings {
				continue
			}
			for _, j := range postings[w] {
				if j > i && refs[j].q.Article != r.q.Article {
					n := shared[j]
					if !name {
						n++
					}
					shared[j] = n
				}
			}
		}
		for j, n := range shared {
			if n < 2 && n < plain && n < plainWords[j] {
				continue
			}
			d := diffing.CompareWords(r.text, refs[j].text)
			shorter := min(d.WordsA, d.WordsB)
			if shorter == 0 || float64(d.Shared)/float64(shorter) < minQuoteContainment {
				continue
			}
			found[i] = append(found[i], quotePair{i, j, d.Overlap() + float64(d.Shared)/float64(shorter)})
		}
	})
	var pairs []quotePair
	for _, ps := range found {
		pairs = append(pairs, ps...)
	}
	sort.Slice(pairs, func(x, y int) bool {
		if pairs[x].score != pairs[y].score {
			return pairs[x].score > pairs[y].score
		}
		if pairs[x].a != pairs[y].a {
			return pairs[x].a < pairs[y].a
		}
		return pairs[x].b < pairs[y].b
	})
	return pairs
}

// sharesArticle reports whether two groups hold quotations of one report.
func sharesArticle(refs []quoteRef, a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if refs[x].q.Article == refs[y].q.Article {
				return true
			}
		}
	}
	return false
}

// compareQuotes classifies version v of the reference quotation ref.
func (an *analyzer) compareQuotes(ref, v Quotation) Variant {
	refArt, vArt := an.texts[ref.Article].art, an.texts[v.Article].art
	refText, refMap := joinParts(refArt.Text, ref.Parts)
	vText, vMap := joinParts(vArt.Text, v.Parts)
	d := diffing.CompareWords(refText, vText)
	out := Variant{Quotation: v, Similarity: round4(d.Overlap())}
	var deleted, inserted bool
	for _, p := range d.Pieces {
		switch p.Op {
		case diffing.Delete:
			deleted = true
			out.ReferenceDrift = append(out.ReferenceDrift, refMap.spans(p.A)...)
		case diffing.Insert:
			inserted = true
			out.Drift = append(out.Drift, vMap.spans(p.B)...)
		}
	}
	switch {
	case deleted && inserted:
		out.Wording = Altered
	case deleted:
		out.Wording = Shortened
	case inserted:
		out.Wording = Extended
	default:
		out.Wording = Verbatim
	}
	an.compareSpeakers(ref, &out)
	return out
}

// compareSpeakers sets the attribution of v against the reference
// quotation's speaker, and marks the words in which their descriptions
// differ.
func (an *analyzer) compareSpeakers(ref Quotation, v *Variant) {
	a, b := ref.Speaker, v.Speaker
	switch {
	case a.Text == "" && b.Text == "":
		v.Attribution = SameSpeaker
	case a.Known() && (a.Key == b.Key || nearSpelling(a.Key, b.Key)):
		// The same person, perhaps with a name spelled differently
		// (reported as a spelling conflict) or another role.
		v.Attribution = SameSpeaker
		if a.Named && b.Named && !sameWords(a.Text, b.Text) {
			v.Attribution = RoleDiffers
		}
	case (a.Text == "" && b.Known() && b.Confident()) || (b.Text == "" && a.Known() && a.Confident()):
		v.Attribution = SpeakerMissing
	case a.Known() && b.Known() && a.Confident() && b.Confident() && !nestedWords(a.Text, b.Text):
		v.Attribution = SpeakerDiffers
	default:
		v.Attribution = SpeakerUncertain
	}
	if v.Attribution != RoleDiffers && v.Attribution != SpeakerDiffers {
		return
	}
	d := diffing.CompareWords(a.Text, b.Text)
	for _, p := range d.Pieces {
		switch p.Op {
		case diffing.Delete:
			v.ReferenceSpeakerDrift = append(v.ReferenceSpeakerDrift, Span{a.Span.Start + p.A.Start, a.Span.Start + p.A.End})
		case diffing.Insert:
			v.SpeakerDrift = append(v.SpeakerDrift, Span{b.Span.Start + p.B.Start, b.Span.Start + p.B.End})
		}
	}
}

// nestedWords reports whether the words of one of a and b are all among
// the other's ("South Sudan", "South Sudan officials and witnesses"): one
// source told at two lengths, or a speaker read short, never two people.
func nestedWords(a, b string) bool {
	ta, tb := diffing.Tokenize(a), diffing.Tokenize(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	if len(ta) == 0 {
		return false
	}
	in := make(map[string]bool, len(tb))
	for _, t := range tb {
		in[t.Norm] = true
	}
	for _, t := range ta {
		if !in[t.Norm] {
			return false
		}
	}
	return true
}

// sameWords reports whether a and b have the same words after
// normalisation.
func sameWords(a, b string) bool {
	ta, tb := diffing.Tokenize(a), diffing.Tokenize(b)
	if len(ta) != len(tb) {
		return false
	}
	for i := range ta {
		if ta[i].Norm != tb[i].Norm {
			return false
		}
	}
	return true
}

// partMap maps offsets of parts joined into one string back to the
// article.
type partMap struct {
	joined []int // where each part starts in the joined string
	parts  []Span
}

// partSeparator joins the parts of a quotation in its text.
const partSeparator = " … "

// joinParts joins the parts of a quotation of text.
func joinParts(text string, parts []Span) (string, partMap) {
	var b strings.Builder
	m := partMap{parts: parts}
	for k, p := range parts {
		if k > 0 {
			b.WriteString(partSeparator)
		}
		m.joined = append(m.joined, b.Len())
		b.WriteString(text[p.Start:p.End])
	}
	return b.String(), m
}

// spans maps a range of the joined string to article spans, one per part
// it touches.
func (m partMap) spans(r diffing.Range) []Span {
	var out []Span
	for k, p := range m.parts {
		start, end := m.joined[k], m.joined[k]+p.End-p.Start
		lo, hi := max(r.Start, start), min(r.End, end)
		if lo < hi {
			out = append(out, Span{p.Start + lo - start, p.Start + hi - start})
		}
	}
	return out
}
