package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/parallax-reader/parallax/insight"
	"github.com/parallax-reader/parallax/model"
)

// The quotes view lists every quotation. A quotation several reports
// carry shows each report's version in a column of its own (stacked when
// the columns would be too narrow) under a line naming the speaker and how
// the versions differ; in each version the words the other lacks are
// highlighted, and a note spells the drift out in words
// ("relayed → conveyed"), so that it reads without colour too.

const (
	// quoteColumnWidth is the narrowest a version's column may be; below
	// it the versions are stacked.
	quoteColumnWidth = 30
	// quoteMaxWidth is the widest a version's text runs, so that lines
	// stay easy to read on a wide screen.
	quoteMaxWidth = 100
	// driftWords is the most cells a note gives to each side of a drift.
	driftWords = 40
)

// quoteLines lays out a quote: its number, speaker and how its versions
// differ, then the versions.
func (p sheetPainter) quoteLines(sh *sheets, e entry, width int) []string {
	st := p.st
	q := sh.an.Quotes[e.index]
	ref := q.Variants[0]
	indent := len(strconv.Itoa(sh.quotes.counts[entryQuote])) + 2
	lead := st.Heading.Render(strconv.Itoa(e.item))
	head := []segment{{speakerName(ref.Speaker), st.Text}}
	if len(q.Variants) == 1 {
		width = min(width, indent+quoteMaxWidth)
		head = append(head, segment{fmt.Sprintf(" · only in [%d] %s", ref.Article+1, sh.where(ref.Quotation)), st.Meta})
		out := p.block(lead, indent, head, width)
		out = append(out, p.block("", indent, p.quoteText(sh, q, 0), width)...)
		return append(out, p.block("", indent, p.speakerLine(sh, q, 0), width)...)
	}
	head = append(head, segment{" · " + quoteSummary(q), st.Meta})
	out := p.block(lead, indent, head, width)
	n := len(q.Variants)
	room := max(1, min(width-indent, n*quoteMaxWidth+3*(n-1)))
	if (room-3*(n-1))/n < quoteColumnWidth {
		for k := range q.Variants {
			for _, part := range p.variantCell(sh, q, k, room) {
				out = append(out, indented(part, indent)...)
			}
		}
		return out
	}
	widths := splitWidths(room, n, 3)
	cells := make([][][]string, n)
	for k := range q.Variants {
		cells[k] = p.variantCell(sh, q, k, widths[k])
	}
	return append(out, indented(p.sideBySide(levelParts(cells), widths, " "+st.Rule.Render("│")+" "), indent)...)
}

// levelParts joins each cell's parts into lines, padding every part to
// the height of the tallest in its row, so that the quoted words, the
// speakers and the notes of the versions start level.
func levelParts(cells [][][]string) [][]string {
	out := make([][]string, len(cells))
	for part := 0; ; part++ {
		height, any := 0, false
		for _, c := range cells {
			if part < len(c) {
				height, any = max(height, len(c[part])), true
			}
		}
		if !any {
			return out
		}
		for i, c := range cells {
			var lines []string
			if part < len(c) {
				lines = c[part]
			}
			out[i] = append(out[i], lines...)
			for range height - len(lines) {
				out[i] = append(out[i], "")
			}
		}
	}
}

// variantCell lays out report k's version of a quote in parts: which
// report and how it compares, the quoted words, the speaker, and the
// drift in words.
func (p sheetPainter) variantCell(sh *sheets, q insight.Quote, k, width int) [][]string {
	st := p.st
	v := q.Variants[k]
	how := "reference"
	if k > 0 {
		how = wordingName(v.Wording)
		if v.Attribution != insight.SameSpeaker {
			how += " · attribution: " + v.Attribution.String()
		}
	}
	label := []segment{{fmt.Sprintf("[%d]", v.Article+1), p.titleInk(v.Article)},
		{" " + sh.where(v.Quotation) + " · " + how, st.Meta}}
	out := [][]string{renderSegments(p.cells, label, width), renderSegments(p.cells, p.quoteText(sh, q, k), width),
		renderSegments(p.cells, p.speakerLine(sh, q, k), width)}
	if k > 0 {
		out = append(out, renderSegments(p.cells, p.driftNote(sh, q, k), width))
	}
	return out
}

// quoteText is report k's quoted words, in quotation marks (none for a
// paraphrase), with the words the other versions lack highlighted: for
// the reference, those any version leaves out.
func (p sheetPainter) quoteText(sh *sheets, q insight.Quote, k int) []segment {
	st := p.st
	v := q.Variants[k]
	marks := v.Drift
	if k == 0 {
		marks = nil
		for _, o := range q.Variants[1:] {
			marks = append(marks, o.ReferenceDrift...)
		}
	}
	text := sh.al.Articles[v.Article].Text
	open, close := "“", "”"
	if v.Wording == insight.Paraphrased {
		open, close = "", ""
	}
	segs := []segment{{open, st.Text}}
	for i, part := range v.Parts {
		if i > 0 {
			segs = append(segs, segment{" … ", st.Meta})
		}
		segs = append(segs, spanSegments(text, part.Start, part.End, marks, st.Text, st.Changed)...)
	}
	return append(segs, segment{close, st.Text})
}

// speakerLine is who report k says spoke, as written, with the words in
// which it describes them differently from the reference highlighted; a
// pronoun is followed by whom it stands for, and an outlet relayed
// through by "via".
func (p sheetPainter) speakerLine(sh *sheets, q insight.Quote, k int) []segment {
	st := p.st
	v := q.Variants[k]
	marks := v.SpeakerDrift
	if k == 0 {
		marks = nil
		for _, o := range q.Variants[1:] {
			marks = append(marks, o.ReferenceSpeakerDrift...)
		}
	}
	s := v.Speaker
	if s.Text == "" {
		return []segment{{"— no speaker named", st.Meta}}
	}
	text := sh.al.Articles[v.Article].Text
	segs := []segment{{"— ", st.Meta}}
	if said := spanSegments(text, s.Span.Start, s.Span.End, marks, st.Text, st.Changed); said != nil {
		segs = append(segs, said...)
	} else {
		segs = append(segs, segment{s.Text, st.Text})
	}
	switch {
	case s.Unresolved():
		segs = append(segs, segment{" (unresolved)", st.Meta})
	case !s.Named && s.Name != "" && s.Name != s.Text:
		segs = append(segs, segment{" (" + s.Name + ")", st.Meta})
	}
	if !s.Confident() {
		segs = append(segs, segment{" · uncertain", st.Meta})
	}
	if v.Via.Text != "" {
		segs = append(segs, segment{", via " + v.Via.Text, st.Meta})
	}
	return segs
}

// driftNote spells out how report k's version drifts from the reference:
// the words replaced, left out or added, and how the speaker is
// described differently.
func (p sheetPainter) driftNote(sh *sheets, q insight.Quote, k int) []segment {
	st := p.st
	ref, v := q.Variants[0], q.Variants[k]
	refText, text := sh.al.Articles[ref.Article].Text, sh.al.Articles[v.Article].Text
	var segs []segment
	sep := func() {
		if len(segs) > 0 {
			segs = append(segs, segment{"; ", st.Meta})
		}
	}
	change := func(from, to string) {
		sep()
		switch {
		case from != "" && to != "":
			segs = append(segs, segment{from, st.Changed}, segment{" → ", st.Meta}, segment{to, st.Changed})
		case from != "":
			segs = append(segs, segment{"leaves out ", st.Meta}, segment{from, st.Changed})
		case to != "":
			segs = append(segs, segment{"adds ", st.Meta}, segment{to, st.Changed})
		}
	}
	switch v.Wording {
	case insight.Paraphrased:
		sep()
		segs = append(segs, segment{"told without quotation marks", st.Meta})
	case insight.Verbatim:
	default:
		change(p.spanWords(refText, v.ReferenceDrift), p.spanWords(text, v.Drift))
	}
	switch v.Attribution {
	case insight.RoleDiffers:
		change(p.spanWords(refText, v.ReferenceSpeakerDrift), p.spanWords(text, v.SpeakerDrift))
	case insight.SpeakerDiffers:
		sep()
		segs = append(segs, segment{"credited to " + speakerName(v.Speaker) + ", not " + speakerName(ref.Speaker), st.Meta})
	case insight.SpeakerMissing:
		sep()
		if v.Speaker.Text == "" {
			segs = append(segs, segment{"names no speaker", st.Meta})
		} else {
			segs = append(segs, segment{fmt.Sprintf("names a speaker; [%d] does not", ref.Article+1), st.Meta})
		}
	case insight.SpeakerUncertain:
		sep()
		segs = append(segs, segment{"who spoke is uncertain in one version: not counted as drift", st.Meta})
	}
	return segs
}

// spanWords is the text of spans of text, joined with " … " and cut to
// driftWords cells.
func (p sheetPainter) spanWords(text string, spans []insight.Span) string {
	parts := make([]string, 0, len(spans))
	for _, s := range spans {
		if s.Start >= 0 && s.Start < s.End && s.End <= len(text) {
			parts = append(parts, text[s.Start:s.End])
		}
	}
	return p.cut(strings.Join(parts, " … "), driftWords)
}

// speakerName is who a speaker is: their name, or the words that
// describe them.
func speakerName(s insight.Speaker) string {
	switch {
	case s.Name != "":
		return s.Name
	case s.Text != "":
		return s.Text
	}
	return "no speaker named"
}

// quoteSummary says how the versions of a quote differ from the
// reference, or that they do not.
func quoteSummary(q insight.Quote) string {
	var parts []string
	add := func(s string) {
		for _, p := range parts {
			if p == s {
				return
			}
		}
		parts = append(parts, s)
	}
	for _, v := range q.Variants[1:] {
		if v.Wording != insight.Verbatim {
			add(wordingName(v.Wording))
		}
	}
	for _, v := range q.Variants[1:] {
		if v.Attribution != insight.SameSpeaker {
			add("attribution: " + v.Attribution.String())
		}
	}
	if len(parts) == 0 {
		return "the same words and speaker in every report"
	}
	return strings.Join(parts, " · ")
}

// wordingName names how a version's words compare with the reference.
func wordingName(w insight.Wording) string {
	switch w {
	case insight.Altered:
		return "altered wording"
	case insight.Paraphrased:
		return "paraphrased"
	}
	return w.String()
}

// where says where a quotation opens in its report: "¶2", or "headline".
func (sh *sheets) where(q insight.Quotation) string {
	if q.Headline {
		return "headline"
	}
	return paragraphOf(sh.al.Articles[q.Article], q.Passage)
}

// paragraphOf names the paragraph of passage p: "¶2".
func paragraphOf(art *model.Article, p int) string {
	if p < 0 || p >= len(art.Passages) {
		return ""
	}
	return fmt.Sprintf("¶%d", art.Passages[p].Paragraph+1)
}
