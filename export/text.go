package export

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/parallax-reader/parallax/aligned"
	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// Markers the plain-text view puts around words that differ, after wdiff.
const (
	// removedOpen and removedClose enclose words the first report of a
	// match has and the next one lacks.
	removedOpen, removedClose = "[-", "-]"
	// addedOpen and addedClose enclose words a later report has and the
	// first one lacks.
	addedOpen, addedClose = "{+", "+}"
)

// WriteText writes the aligned view of al as plain text, for pipes and
// for readers who cannot use the terminal UI: a header naming the
// reports, then one block per row of the aligned view (package aligned),
// in the first report's order. Every passage is one line, prefixed with
// its report's number and paragraph; differing words are enclosed in
// [-…-] and {+…+}; unique passages start with "+", noise with "~", moved
// ones say where they came from. Article text is made printable first, so
// no control character or escape sequence reaches the output.
func WriteText(w io.Writer, al *diffing.Alignment) error {
	bw := bufio.NewWriter(w)
	t := textWriter{w: bw, al: al, changed: changedSpans(al)}
	t.header()
	columns := make([]int, len(al.Articles))
	for i := range columns {
		columns[i] = i
	}
	rows := aligned.Build(al, columns, 0)
	for _, row := range rows.Rows {
		t.row(row)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing text: %w", err)
	}
	return nil
}

// textWriter writes the plain-text view.
type textWriter struct {
	w  *bufio.Writer
	al *diffing.Alignment
	// changed[a] are the differing words of article a, in text order.
	changed [][]diffing.Span
}

// changedSpans sorts every match's differing words by article and offset.
func changedSpans(al *diffing.Alignment) [][]diffing.Span {
	out := make([][]diffing.Span, len(al.Articles))
	for _, m := range al.Matches {
		for _, sp := range m.Diff {
			out[sp.Article] = append(out[sp.Article], sp)
		}
	}
	for _, spans := range out {
		sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	}
	return out
}

func (t textWriter) header() {
	fmt.Fprintf(t.w, "parallax: %d reports, %d matches\n", len(t.al.Articles), len(t.al.Matches))
	for a, art := range t.al.Articles {
		parts := []string{art.DisplayTitle()}
		if art.Title != "" {
			parts = append(parts, art.Source)
		}
		for _, s := range []string{art.Site, art.Date, art.Author} {
			if s != "" {
				parts = append(parts, s)
			}
		}
		passages, matched, unique := t.al.Counts(a)
		parts = append(parts, fmt.Sprintf("%d passages, %d matched, %d unique", passages, matched, unique))
		fmt.Fprintf(t.w, "[%d] %s\n", a+1, model.Printable(strings.Join(parts, " · ")))
	}
	fmt.Fprintf(t.w, "Each passage is one line: [report] ¶paragraph. %s…%s: words the match's first report has and the next lacks; %s…%s: words a later report has and the first lacks; + unique to one report; ~ noise, never aligned.\n",
		removedOpen, removedClose, addedOpen, addedClose)
}

// row writes one row: a match with its relation and score, then each
// report's passages; or one passage no other report has.
func (t textWriter) row(row aligned.Row) {
	t.w.WriteString("\n")
	if row.Match < 0 {
		c := row.Column()
		p := row.Cells[c].Passages[0]
		mark := "+"
		if t.al.Articles[c].Passages[p].Kind == model.KindNoise {
			mark = "~"
		}
		t.w.WriteString(mark + " ")
		t.passage(c, p, row.Cells[c], "", "")
		return
	}
	m := t.al.Matches[row.Match]
	fmt.Fprintf(t.w, "== match %d · %s · %s likely\n", row.Match+1, m.Relation, aligned.Percent(m.Score))
	first := m.Members[0].Article
	for a, cell := range row.Cells {
		open, close := addedOpen, addedClose
		if a == first {
			open, close = removedOpen, removedClose
		}
		for k, p := range cell.Passages {
			if k > 0 {
				cell.Move = aligned.InPlace // the note goes on the first line only
			}
			t.passage(a, p, cell, open, close)
		}
	}
}

// passage writes passage p of article a on one line, its differing words
// enclosed in open and close.
func (t textWriter) passage(a, p int, cell aligned.Cell, open, close string) {
	art := t.al.Articles[a]
	passage := art.Passages[p]
	fmt.Fprintf(t.w, "[%d] ¶%d ", a+1, passage.Paragraph+1)
	if cell.Move != aligned.InPlace {
		fmt.Fprintf(t.w, "(%s moved) ", cell.Move.Arrow())
	}
	pos := passage.Start
	spans := t.changed[a]
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > passage.Start })
	for ; open != "" && i < len(spans) && spans[i].Start < passage.End; i++ {
		start, end := max(spans[i].Start, pos), min(spans[i].End, passage.End)
		if start >= end {
			continue
		}
		t.w.WriteString(model.Printable(art.Text[pos:start]))
		t.w.WriteString(open + model.Printable(art.Text[start:end]) + close)
		pos = end
	}
	t.w.WriteString(model.Printable(art.Text[pos:passage.End]))
	t.w.WriteString("\n")
}
