package insight

import (
	"sort"
	"strings"
)

// act is a statement a report credits to someone: "X said", ", said X",
// "according to X", "reported by X", "citing X".
type act struct {
	at      int // word index of the verb, or of "according", "by", "citing"
	p       phrase
	via     bool // a credit for relayed information rather than a verb of saying
	speaker Speaker
}

// findActs returns every statement t credits to someone, in reading order.
// Words inside quotations are skipped: a quotation's own "I say" is not the
// report's attribution.
func (t *text) findActs(g *gazetteer) []act {
	var acts []act
	lo := 0 // the first word of the current sentence
	for i, w := range t.words {
		if w.initial {
			lo = i
		}
		if w.quoted {
			continue
		}
		switch {
		case t.norms[w.normID] == "according" && i+1 < len(t.words) && t.norm(i+1) == "to" && t.joined(i+1):
			if p, ok := t.speakerAfter(i+1, g); ok && !p.pronoun {
				acts = append(acts, act{at: i, p: p, via: true})
			}
		case (t.norms[w.normID] == "by" && i > 0 && t.joined(i) && (t.norm(i-1) == "reported" || t.norm(i-1) == "cited")) || t.norms[w.normID] == "citing":
			if p, ok := t.speakerAfter(i, g); ok && !p.pronoun {
				acts = append(acts, act{at: i, p: p, via: true})
			}
		case (t.formIs(w.normID, lexSpeechVerb) || t.formIs(w.normID, lexVerbFirst)) && !w.upper:
			if t.formIs(w.normID, lexVerbFirst) && t.clauseBreak(i) {
				if p, ok := t.speakerAfter(i, g); ok {
					acts = append(acts, act{at: i, p: p})
					continue
				}
			}
			if t.formIs(w.normID, lexSpeechVerb) {
				if p, ok := t.subjectBefore(i, lo, g); ok {
					acts = append(acts, act{at: i, p: p})
				}
			}
		}
	}
	return acts
}

// attributeQuotes joins quotations split around their attribution and
// sets each quotation's speaker and the outlet it is relayed through.
func (t *text) attributeQuotes(qs []Quotation, acts []act) []Quotation {
	byWord := map[int]act{} // first word of an act's phrase or verb → act
	for _, a := range acts {
		if a.via {
			continue
		}
		byWord[a.at] = a
		byWord[a.p.first] = a
		if a.p.det != "" {
			byWord[a.p.first-1] = a
		}
	}
	var out []Quotation
	for _, q := range qs {
		if n := len(out); n > 0 && t.continues(out[n-1], q, byWord) {
			prev := &out[n-1]
			prev.Parts = append(prev.Parts, q.Parts...)
			prev.closed, prev.paragraph = q.closed, q.paragraph
			continue
		}
		out = append(out, q)
	}
	for k := range out {
		q := &out[k]
		if a, ok := t.actAfter(q.Parts[0], byWord); ok && len(q.Parts) > 1 {
			q.Speaker = a.speaker // "…,” he said, “…”
		} else if a, ok := t.actAfter(q.Parts[len(q.Parts)-1], byWord); ok {
			q.Speaker = a.speaker
		} else if a, ok := t.actBefore(*q, acts); ok {
			q.Speaker = a.speaker
		} else if k > 0 && out[k-1].paragraph == q.paragraph {
			// A quotation without attribution continues the speaker of the
			// quotation before it in the paragraph.
			q.Speaker = out[k-1].Speaker
		}
		q.Via = t.viaFor(*q, acts)
	}
	return out
}

// continues reports whether quotation q continues prev after an
// attribution: "…,” he said. “…" or "…,” he said, “…".
func (t *text) continues(prev, q Quotation, byWord map[int]act) bool {
	if prev.paragraph != q.paragraph || !prev.closed {
		return false
	}
	last := prev.Parts[len(prev.Parts)-1]
	if !strings.HasSuffix(t.art.Text[last.Start:last.End], ",") && !strings.HasPrefix(strings.TrimLeft(t.art.Text[last.End:], "”\"'’»“"), ",") {
		return false
	}
	a, ok := t.actAfter(last, byWord)
	if !ok {
		return false
	}
	// Only the attribution stands between the two parts.
	end := max(a.at, a.p.last)
	next := t.wordAt(q.Parts[0].Start)
	return next == end+1
}

// actAfter returns the attribution that follows a quoted part: ", said X"
// or ", X said" right after the closing mark.
func (t *text) actAfter(part Span, byWord map[int]act) (act, bool) {
	i := t.wordAt(part.End)
	if i >= len(t.words) || t.words[i].quoted {
		return act{}, false
	}
	gap := t.art.Text[part.End:t.words[i].start]
	gap = strings.TrimLeft(gap, ".,!?…")
	gap = strings.TrimLeftFunc(gap, isMark)
	if strings.Trim(gap, " \t\r\n,—–-") != "" {
		return act{}, false
	}
	a, ok := byWord[i]
	return a, ok
}

// actBefore returns the last statement in the sentence before q opens:
// "X claimed the United States was in “clear violation”".
func (t *text) actBefore(q Quotation, acts []act) (act, bool) {
	first := t.wordAt(q.Parts[0].Start)
	lo := first - 1
	for lo > 0 && !t.words[lo].initial {
		lo--
	}
	var found act
	ok := false
	for _, a := range actsFrom(acts, lo) {
		if a.at >= first {
			break
		}
		if !a.via && a.p.first >= lo {
			found, ok = a, true
		}
	}
	return found, ok
}

// actsFrom returns the statements of acts (in reading order) from the one
// whose verb is word i on.
func actsFrom(acts []act, i int) []act {
	return acts[sort.Search(len(acts), func(k int) bool { return acts[k].at >= i }):]
}

// viaFor returns the outlet credited in the sentence around q ("according
// to Reuters", "as reported by Reuters").
func (t *text) viaFor(q Quotation, acts []act) Speaker {
	first := t.wordAt(q.Parts[0].Start)
	lo := first - 1
	for lo > 0 && !t.words[lo].initial {
		lo--
	}
	hi := t.wordAt(q.Parts[len(q.Parts)-1].End)
	for hi < len(t.words) && (t.words[hi].quoted || !t.words[hi].initial) {
		hi++
	}
	for _, a := range actsFrom(acts, lo) {
		if a.at >= hi {
			break
		}
		if a.via {
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
