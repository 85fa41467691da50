package export

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/insight"
	"github.com/parallax-reader/parallax/model"
)

// report is what the Markdown and HTML comparison reports show, in the
// order they show it. Both formats render the same report, so they never
// disagree; all text in it is raw article text, made printable and
// escaped by the writer.
type report struct {
	al *diffing.Alignment
	an *insight.Analysis
}

// writeReport analyses al and writes its report to w through render,
// buffered; format names the output in errors.
func writeReport(w io.Writer, al *diffing.Alignment, format string, render func(lines reportWriter)) error {
	bw := bufio.NewWriter(w)
	render(reportWriter{w: bw, r: report{al: al, an: insight.Analyze(al)}})
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", format, err)
	}
	return nil
}

// reportWriter writes a report line by line; the Markdown and HTML
// writers build on it.
type reportWriter struct {
	w *bufio.Writer
	r report
}

// line writes format with args, then a new line.
func (rw reportWriter) line(format string, args ...any) {
	fmt.Fprintf(rw.w, format, args...)
	rw.w.WriteByte('\n')
}

// segment is a run of text, marked when it is a difference.
type segment struct {
	text   string
	marked bool
}

// segments cuts text, which starts at byte base of its article, into runs
// that are inside or outside the spans (article offsets, sorted or not).
func segments(text string, base int, spans []insight.Span) []segment {
	sorted := append([]insight.Span(nil), spans...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	var out []segment
	at := 0
	for _, s := range sorted {
		start, end := max(s.Start-base, at), min(s.End-base, len(text))
		if start >= end {
			continue
		}
		if start > at {
			out = append(out, segment{text: text[at:start]})
		}
		out = append(out, segment{text: text[start:end], marked: true})
		at = end
	}
	if at < len(text) {
		out = append(out, segment{text: text[at:]})
	}
	return out
}

// diffSpans returns the differing words of article a in match m.
func diffSpans(m diffing.Match, a int) []insight.Span {
	var out []insight.Span
	for _, d := range m.Diff {
		if d.Article == a {
			out = append(out, insight.Span{Start: d.Start, End: d.End})
		}
	}
	return out
}

// label names report a in headings: "Report 1".
func label(a int) string { return fmt.Sprintf("Report %d", a+1) }

// heading is the report's main heading.
func (r report) heading() string {
	titles := make([]string, len(r.al.Articles))
	for a, art := range r.al.Articles {
		titles[a] = art.DisplayTitle()
	}
	return "parallax comparison: " + strings.Join(titles, " · ")
}

// metadataRows are the rows of the reports table: a name and a value per
// report. Rows no report has a value for are left out.
func (r report) metadataRows() [][]string {
	rows := [][]string{{"Source"}, {"Title"}, {"Site"}, {"Date"}, {"Author"}, {"Passages"}, {"Found in another report"}, {"Only in this report"}}
	for a, art := range r.al.Articles {
		passages, matched, unique := r.al.Counts(a)
		values := []string{art.Source, art.Title, art.Site, art.Date, art.Author,
			fmt.Sprint(passages), fmt.Sprint(matched), fmt.Sprint(unique)}
		for k, v := range values {
			rows[k] = append(rows[k], v)
		}
	}
	var out [][]string
	for _, row := range rows {
		if strings.Join(row[1:], "") != "" {
			out = append(out, row)
		}
	}
	return out
}

// summary is one line counting what the report found.
func (r report) summary() string {
	relations := map[diffing.Relation]int{}
	for _, m := range r.al.Matches {
		relations[m.Relation]++
	}
	var shared, drifted int
	for _, q := range r.an.Quotes {
		if len(q.Variants) > 1 {
			shared++
			if q.Drifted() {
				drifted++
			}
		}
	}
	return fmt.Sprintf("%s (%d identical, %d reworded, %d related) · %s, %d in more than one report, %d of them drifting · %s · %s only in one report",
		plural(len(r.al.Matches), "match", "matches"), relations[diffing.Identical], relations[diffing.Reworded], relations[diffing.Related],
		plural(len(r.an.Quotes), "quotation", "quotations"), shared, drifted,
		plural(len(r.an.Conflicts), "conflict", "conflicts"), plural(len(r.an.OnlyInOneReport()), "fact", "facts"))
}

// plural writes n with the noun in the right number.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// uniquePassages returns the prose passages of article a in no match.
func (r report) uniquePassages(a int) []int {
	var out []int
	for p, passage := range r.al.Articles[a].Passages {
		if passage.Kind != model.KindNoise && r.al.MatchOf(a, p) < 0 {
			out = append(out, p)
		}
	}
	return out
}

// quoteGroups splits the quotes into those several reports carry and those
// only one report carries.
func (r report) quoteGroups() (shared, single []insight.Quote) {
	for _, q := range r.an.Quotes {
		if len(q.Variants) > 1 {
			shared = append(shared, q)
		} else {
			single = append(single, q)
		}
	}
	return shared, single
}

// variantNote describes a version of a quotation: "altered · role differs".
func variantNote(v insight.Variant) string {
	if v.Wording == insight.Reference {
		return "reference"
	}
	note := v.Wording.String()
	if v.Attribution != insight.SameSpeaker {
		note += " · " + v.Attribution.String()
	}
	return note
}

// quoteSegments returns the quoted parts of a version with its drift
// marked, parts separated by an ellipsis segment.
func (r report) quoteSegments(q insight.Quote, k int) [][]segment {
	v := q.Variants[k]
	marks := v.Drift
	if k == 0 && len(q.Variants) > 1 {
		marks = q.Variants[1].ReferenceDrift // the reference against the next version
	}
	art := r.al.Articles[v.Article]
	var out [][]segment
	for _, p := range v.Parts {
		out = append(out, segments(art.Text[p.Start:p.End], p.Start, marks))
	}
	return out
}

// speakerSegments returns a version's speaker with the words in which it
// differs from the reference's marked.
func (r report) speakerSegments(q insight.Quote, k int) []segment {
	v := q.Variants[k]
	if v.Speaker.Text == "" {
		return nil
	}
	marks := v.SpeakerDrift
	if k == 0 && len(q.Variants) > 1 {
		marks = q.Variants[1].ReferenceSpeakerDrift
	}
	return segments(v.Speaker.Text, v.Speaker.Span.Start, marks)
}

// speakerNote adds who a pronoun refers to and how sure the attribution
// is: "he (Joe Biden)", "she (unresolved)", "he (Taban Deng; uncertain)".
func speakerNote(s insight.Speaker) string {
	var notes []string
	switch {
	case s.Unresolved():
		notes = append(notes, "unresolved")
	case s.Name != "" && !s.Named && s.Name != s.Text:
		notes = append(notes, s.Name)
	}
	if s.Confidence == insight.Low {
		notes = append(notes, "uncertain")
	}
	if len(notes) == 0 {
		return ""
	}
	return " (" + strings.Join(notes, "; ") + ")"
}

// mentionText returns the words of a mention.
func (r report) mentionText(m insight.Mention) string {
	return r.al.Articles[m.Article].Text[m.Start:m.End]
}

// coverageTable is the coverage table: a row per report with its passages,
// how many of them each report tells too, and how many only it tells.
// name writes a report's name in the output's form.
func (r report) coverageTable(name func(a int) string) (header []string, rows [][]string) {
	header = []string{"", "Passages"}
	for a := range r.al.Articles {
		header = append(header, "Found in "+name(a))
	}
	header = append(header, "Only in this report")
	for _, c := range r.an.Coverage {
		row := []string{name(c.Article), fmt.Sprint(c.Passages)}
		found := map[int]insight.Share{}
		for _, s := range c.Shared {
			found[s.Article] = s
		}
		for a := range r.al.Articles {
			if s, ok := found[a]; ok {
				row = append(row, fmt.Sprintf("%d (%s)", s.Passages, percent(c.Fraction(s))))
			} else {
				row = append(row, "—")
			}
		}
		rows = append(rows, append(row, fmt.Sprint(c.Unique)))
	}
	return header, rows
}

// sourcesTable is the table of sources credited: a row per source with
// its name and kind (article text, not yet escaped) and its credits in
// each report; no rows when no report credits a source. name writes a
// report's name in the output's form.
func (r report) sourcesTable(name func(a int) string) (header []string, rows [][]string) {
	header = []string{"Source", "Kind"}
	for a := range r.al.Articles {
		header = append(header, name(a))
	}
	for _, s := range r.sourceRows() {
		row := []string{s.name, s.kind}
		for _, n := range s.credits {
			row = append(row, creditCell(n))
		}
		rows = append(rows, row)
	}
	return header, rows
}

// creditCell writes a credit count, a dash for none.
func creditCell(n int) string {
	if n == 0 {
		return "—"
	}
	return fmt.Sprint(n)
}

// sourceRow is one source in the coverage table: its credits per report.
type sourceRow struct {
	name, kind string
	credits    []int
}

// sourceRows merges the sources of every report into rows, the most
// credited first.
func (r report) sourceRows() []sourceRow {
	index := map[string]int{}
	var rows []sourceRow
	for _, c := range r.an.Coverage {
		for _, s := range c.Sources {
			k, ok := index[s.Key]
			if !ok {
				k = len(rows)
				index[s.Key] = k
				rows = append(rows, sourceRow{name: s.Name, kind: s.Kind.String(), credits: make([]int, len(r.an.Coverage))})
			}
			rows[k].credits[c.Article] += s.Credits
			if len(s.Name) > len(rows[k].name) {
				rows[k].name = s.Name
			}
		}
	}
	total := func(row sourceRow) int {
		n := 0
		for _, c := range row.credits {
			n += c
		}
		return n
	}
	sort.SliceStable(rows, func(i, j int) bool { return total(rows[i]) > total(rows[j]) })
	return rows
}

// onlyIn returns, per report, the facts only it carries.
func (r report) onlyIn() [][]insight.Fact {
	out := make([][]insight.Fact, len(r.al.Articles))
	for _, f := range r.an.OnlyInOneReport() {
		a, _ := f.OnlyIn()
		out[a] = append(out[a], f)
	}
	return out
}

// sharedFacts returns the facts more than one report carries.
func (r report) sharedFacts() []insight.Fact {
	var out []insight.Fact
	for _, f := range r.an.Facts {
		if len(f.Reports) > 1 {
			out = append(out, f)
		}
	}
	return out
}

// percent writes a share as a whole percentage.
func percent(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }
