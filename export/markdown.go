package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/parallax-reader/parallax/aligned"
	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/insight"
	"github.com/parallax-reader/parallax/model"
)

// WriteMarkdown writes a self-contained comparison report in Markdown
// (CommonMark with GitHub tables): the reports' metadata, the aligned
// passages with the differing words in bold, the quotations, the facts and
// the coverage summary. Article text is made printable (model.Printable)
// and escaped, so it can neither inject Markdown or HTML nor control a
// terminal showing the file.
func WriteMarkdown(w io.Writer, al *diffing.Alignment) error {
	return writeReport(w, al, "Markdown", func(lines reportWriter) { markdown{lines}.write() })
}

// markdown writes one report.
type markdown struct{ reportWriter }

// section writes a section heading with a blank line either side.
func (m markdown) section(format string, args ...any) {
	m.line("")
	m.line(format, args...)
	m.line("")
}

func (m markdown) write() {
	r := m.r
	m.line("# %s", mdEscape(r.heading()))
	m.line("")
	m.line("%s.", mdEscape(r.summary()))
	m.writeReports()
	m.writePassages()
	m.writeQuotes()
	m.writeFacts()
	m.writeCoverage()
	m.line("")
	m.line("---")
	m.line("Made with parallax. Passage numbers count from 1 in each report.")
}

func (m markdown) writeReports() {
	m.section("## Reports")
	header := []string{""}
	for a := range m.r.al.Articles {
		header = append(header, label(a))
	}
	m.table(header, m.r.metadataRows())
}

// table writes a table; every cell is escaped.
func (m markdown) table(header []string, rows [][]string) {
	esc := func(cells []string) string {
		out := make([]string, len(cells))
		for k, c := range cells {
			out[k] = mdEscape(c)
		}
		return "| " + strings.Join(out, " | ") + " |"
	}
	m.line("%s", esc(header))
	m.line("|%s", strings.Repeat("---|", len(header)))
	for _, row := range rows {
		m.line("%s", esc(row))
	}
}

func (m markdown) writePassages() {
	r := m.r
	m.section("## Aligned passages")
	m.line("Passages that tell the same thing, side by side. Words in **bold** are what a report has and the other lacks.")
	for k, match := range r.al.Matches {
		m.section("### Match %d · %s · %s likely", k+1, match.Relation, aligned.Percent(match.Score))
		for _, mem := range match.Members {
			art := r.al.Articles[mem.Article]
			var texts []string
			for _, p := range mem.Passages {
				passage := art.Passages[p]
				texts = append(texts, mdSegments(segments(passage.Text, passage.Start, diffSpans(match, mem.Article))))
			}
			m.line("- **%s**, %s: %s", label(mem.Article), passageNumbers(mem.Passages), strings.Join(texts, " "))
		}
	}
	for a, art := range r.al.Articles {
		unique := r.uniquePassages(a)
		m.section("### Only in %s", label(a))
		if len(unique) == 0 {
			m.line("Every passage of %s is in another report.", label(a))
			continue
		}
		for _, p := range unique {
			m.line("- passage %d: %s", p+1, mdEscape(art.Passages[p].Text))
		}
	}
}

// passageNumbers writes passage indexes for people: "passage 2",
// "passages 4, 5".
func passageNumbers(ps []int) string {
	nums := make([]string, len(ps))
	for k, p := range ps {
		nums[k] = fmt.Sprint(p + 1)
	}
	if len(ps) == 1 {
		return "passage " + nums[0]
	}
	return "passages " + strings.Join(nums, ", ")
}

func (m markdown) writeQuotes() {
	shared, single := m.r.quoteGroups()
	m.section("## Quotes")
	m.line("Direct quotations, each report's version against the first report's (the reference). Words in **bold** are where the wording or the speaker's description drifts.")
	m.line("")
	m.line("### Quoted by more than one report")
	if len(shared) == 0 {
		m.line("")
		m.line("No quotation appears in more than one report.")
	}
	for k, q := range shared {
		m.section("#### Quote %d", k+1)
		for v := range q.Variants {
			m.line("- %s", m.variant(q, v))
		}
	}
	m.section("### Quoted by one report only")
	if len(single) == 0 {
		m.line("None.")
	}
	for _, q := range single {
		m.line("- %s", m.variant(q, 0))
	}
}

// variant writes one version of a quotation on one line.
func (m markdown) variant(q insight.Quote, k int) string {
	v := q.Variants[k]
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**", label(v.Article))
	if len(q.Variants) > 1 {
		fmt.Fprintf(&b, " (%s", variantNote(v))
		if k > 0 {
			fmt.Fprintf(&b, ", similarity %.2f", v.Similarity)
		}
		b.WriteString(")")
	}
	fmt.Fprintf(&b, ", passage %d: ", v.Passage+1)
	parts := m.r.quoteSegments(q, k)
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = mdSegments(p)
	}
	if v.Wording == insight.Paraphrased {
		fmt.Fprintf(&b, "%s (no quotation marks)", strings.Join(texts, " … "))
	} else {
		fmt.Fprintf(&b, "“%s”", strings.Join(texts, " … "))
	}
	if s := m.r.speakerSegments(q, k); s != nil {
		fmt.Fprintf(&b, " — %s%s", mdSegments(s), mdEscape(speakerNote(v.Speaker)))
	} else {
		b.WriteString(" — speaker not named")
	}
	if v.Via.Text != "" {
		fmt.Fprintf(&b, ", via %s", mdEscape(v.Via.Text))
	}
	return b.String()
}

func (m markdown) writeFacts() {
	r := m.r
	m.section("## Facts")
	m.line("Numbers with what they count, dates, and named people, organisations and places.")
	m.section("### Conflicts")
	if len(r.an.Conflicts) == 0 {
		m.line("None: where the reports tell the same thing, their figures, dates and sources agree.")
	}
	for _, c := range r.an.Conflicts {
		m.line("- **%s** %s conflict in match %d: %s “%s” / %s “%s” — %s", c.Severity, c.Kind, c.Match+1,
			label(c.Sides[0].Article), mdEscape(r.mentionText(c.Sides[0].Mention)),
			label(c.Sides[1].Article), mdEscape(r.mentionText(c.Sides[1].Mention)), mdEscape(c.Reason))
	}
	m.line("")
	m.line("### Only in one report")
	for a, facts := range r.onlyIn() {
		m.section("#### %s", label(a))
		if len(facts) == 0 {
			m.line("None.")
		}
		for _, f := range facts {
			m.line("- %s: %s (passage %d)", f.Kind, mdEscape(f.Label), f.Mentions[0].Passage+1)
		}
	}
	m.section("### In more than one report")
	shared := r.sharedFacts()
	if len(shared) == 0 {
		m.line("None.")
	}
	for _, f := range shared {
		m.line("- %s: %s (%s)", f.Kind, mdEscape(f.Label), reportList(f.Reports))
	}
}

// reportList writes report numbers for people: "Reports 1, 2".
func reportList(reports []int) string {
	nums := make([]string, len(reports))
	for k, a := range reports {
		nums[k] = fmt.Sprint(a + 1)
	}
	return "Reports " + strings.Join(nums, ", ")
}

func (m markdown) writeCoverage() {
	r := m.r
	m.section("## Coverage")
	m.line("How much of each report the others tell, and whom each report credits (“said”, “told”, “according to”, “reported by”, …).")
	m.line("")
	m.table(r.coverageTable(label))
	m.section("### Sources credited")
	header, rows := r.sourcesTable(label)
	if len(rows) == 0 {
		m.line("No report credits a source by name.")
		return
	}
	m.table(header, rows)
}

// mdSegments writes segments, the marked ones in bold.
func mdSegments(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.marked {
			b.WriteString("**" + mdEscape(s.text) + "**")
		} else {
			b.WriteString(mdEscape(s.text))
		}
	}
	return b.String()
}

// mdEscaper backslash-escapes the characters that could start Markdown
// syntax (emphasis, links, code, tables, headings, HTML and entities).
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`,
	"&", `\&`, "#", `\#`, "|", `\|`, "~", `\~`, "!", `\!`,
)

// mdEscape makes article text safe to place inside a Markdown paragraph,
// list item or table cell: printable on one line, with Markdown syntax
// escaped.
func mdEscape(s string) string {
	return mdEscaper.Replace(model.Printable(s))
}
