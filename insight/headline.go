package insight

import (
	"strings"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// headlineSpan returns where the article's headline (its Title, when the
// text holds it before the first passage) stands in the text.
func headlineSpan(art *model.Article) (Span, bool) {
	if art.Title == "" || len(art.Passages) == 0 {
		return Span{}, false
	}
	before := art.Text[:art.Passages[0].Start]
	at := strings.LastIndex(before, art.Title)
	if at < 0 {
		return Span{}, false
	}
	return Span{at, at + len(art.Title)}, true
}

// headlineQuotations returns the quotations of article a's headline, with
// their speakers: the name a colon credits in the headline ("Obama: “…”"),
// or else the speaker of the body's quotation that holds most of its
// words ("Co-Worker Calls Alleged Shooter: “Very Spiritual”" → "She's
// very spiritual," Kenneth Dorsey says). The body's quotations must have
// their speakers already.
func (t *text) headlineQuotations(a int, body []Quotation) []Quotation {
	span, ok := headlineSpan(t.art)
	if !ok || !strings.ContainsFunc(t.art.Text[span.Start:span.End], isMark) {
		return nil
	}
	s := &quoteScanner{art: t.art, a: a}
	s.scan(-1, 0, model.Passage{Start: span.Start, End: span.End, Text: t.art.Text[span.Start:span.End]})
	if s.cur != nil {
		s.endPart()
		s.finish(false)
	}
	qs := t.withoutNames(s.out)
	for k := range qs {
		q := &qs[k]
		q.Headline = true
		if sp, ok := t.headlineCredit(span, *q); ok {
			q.Speaker = sp
			continue
		}
		q.Speaker = t.bodyVersionSpeaker(*q, body)
	}
	return qs
}

// maxHeadlineCreditWords bounds the name a headline credits before a
// colon ("Obama:", "Kirby:").
const maxHeadlineCreditWords = 4

// headlineCredit reads the speaker a headline names before a colon that
// introduces the quotation: "Obama: “We will act”".
func (t *text) headlineCredit(headline Span, q Quotation) (Speaker, bool) {
	lead := t.art.Text[headline.Start:q.Parts[0].Start]
	lead = strings.TrimRightFunc(lead, func(r rune) bool { return isMark(r) || r == ' ' })
	colon := strings.LastIndex(lead, ":")
	if colon < 0 || strings.TrimSpace(lead[colon+1:]) != "" {
		return Speaker{}, false
	}
	name := strings.TrimSpace(lead[:colon])
	if k := strings.LastIndexAny(name, ".:;!?|"); k >= 0 {
		name = strings.TrimSpace(name[k+1:])
	}
	words := diffing.Tokenize(name)
	if len(words) == 0 || len(words) > maxHeadlineCreditWords {
		return Speaker{}, false
	}
	for _, w := range words {
		raw := name[w.Start:w.End]
		if !startsUpper(raw) || speechVerbs[w.Norm] || functionWords[w.Norm] && len(words) == 1 {
			return Speaker{}, false
		}
	}
	start := headline.Start + strings.Index(t.art.Text[headline.Start:], name)
	last := words[len(words)-1].Norm
	return Speaker{Text: name, Span: Span{start, start + len(name)}, Name: name, Key: last, Named: true,
		Cue: CueHeadline, Confidence: High}, true
}

// bodyVersionSpeaker returns the speaker of the body's quotation that
// holds at least half of the headline quotation's content words, the
// most of them first; confidence at most Medium.
func (t *text) bodyVersionSpeaker(q Quotation, body []Quotation) Speaker {
	want, _ := t.tz.quoteWords(t.art.Text, q.Parts)
	if len(want) == 0 {
		return Speaker{}
	}
	best, bestShared := -1, 0
	for k, b := range body {
		if b.Speaker.Text == "" {
			continue
		}
		have, _ := t.tz.quoteWords(t.art.Text, b.Parts)
		shared := 0
		for _, w := range want {
			for _, h := range have {
				if w == h {
					shared++
					break
				}
			}
		}
		if shared > bestShared {
			best, bestShared = k, shared
		}
	}
	if best < 0 || 2*bestShared < len(want) {
		return Speaker{}
	}
	s := body[best].Speaker
	s.Cue, s.Confidence = CueHeadline, min(s.Confidence, Medium)
	return s
}
