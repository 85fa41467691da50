package export

import (
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/parallax-reader/parallax/aligned"
	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/insight"
	"github.com/parallax-reader/parallax/model"
)

// WriteHTML writes a self-contained comparison report as one HTML file:
// inline CSS, no scripts, no external resources (a Content-Security-Policy
// forbids them), laid out in columns on a wide screen and in one column on
// a phone. It shows what WriteMarkdown shows. Article text is made
// printable (model.Printable) and HTML-escaped.
func WriteHTML(w io.Writer, al *diffing.Alignment) error {
	return writeReport(w, al, "HTML", func(lines reportWriter) { htmlReport{lines}.write() })
}

// htmlReport writes one report. Its lines are markup: every piece of
// article text in them must come from esc or htmlSegments.
type htmlReport struct{ reportWriter }

// esc makes text printable and escapes it for HTML text and attributes.
func esc(s string) string { return html.EscapeString(model.Printable(s)) }

// htmlSegments writes segments, the marked ones in <mark> with the class
// of report a.
func htmlSegments(segs []segment, a int) string {
	var b strings.Builder
	for _, s := range segs {
		if s.marked {
			fmt.Fprintf(&b, `<mark class="r%d">%s</mark>`, a%reportColours, esc(s.text))
		} else {
			b.WriteString(esc(s.text))
		}
	}
	return b.String()
}

// reportColours is how many reports get colours of their own.
const reportColours = 4

// css styles the report: readable measure, columns that fold on a phone,
// tables that scroll sideways, a colour per report, light and dark.
const css = `:root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--dim:#5f6368;--line:#d9d9de;--card:#f6f6f8;
--r0:#fde68a;--r1:#bfdbfe;--r2:#bbf7d0;--r3:#fbcfe8;--hard:#b91c1c;--soft:#b45309}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8ea;--bg:#151517;--dim:#a1a1aa;--line:#3f3f46;--card:#1f1f23;
--r0:#854d0e;--r1:#1e40af;--r2:#166534;--r3:#9d174d;--hard:#f87171;--soft:#fbbf24}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:break-word}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.45rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:1px solid var(--line)}
h3{font-size:1.02rem;margin:1.25rem 0 .4rem}
p,li{max-width:46rem}
.dim,.note{color:var(--dim)}
.note{font-size:.9rem}
nav{display:flex;flex-wrap:wrap;gap:.2rem 1rem}
a{color:inherit}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.3rem .55rem;text-align:left;vertical-align:top}
th{background:var(--card)}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:.75rem}
.side{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.6rem .8rem}
.side p{margin:.3rem 0}
.who{font-size:.82rem;color:var(--dim);margin:0}
.tag{display:inline-block;font-size:.78rem;padding:0 .45rem;border-radius:1rem;border:1px solid var(--line);margin-left:.3rem}
mark{color:inherit;border-radius:.2rem;padding:0 .1rem}
mark.r0,.key.r0{background:var(--r0)}mark.r1,.key.r1{background:var(--r1)}mark.r2,.key.r2{background:var(--r2)}mark.r3,.key.r3{background:var(--r3)}
.key{display:inline-block;width:.8rem;height:.8rem;border-radius:.2rem;vertical-align:-.05rem;margin-right:.3rem}
.hard{color:var(--hard);font-weight:600}.soft{color:var(--soft);font-weight:600}
ul.facts{padding-left:1.1rem}
.kind{color:var(--dim);font-size:.85rem}
footer{margin:2rem 0 1rem;color:var(--dim);font-size:.85rem}`

func (h htmlReport) write() {
	r := h.r
	h.line(`<!DOCTYPE html>`)
	h.line(`<html lang="en">`)
	h.line(`<head>`)
	h.line(`<meta charset="utf-8">`)
	h.line(`<meta name="viewport" content="width=device-width, initial-scale=1">`)
	h.line(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
	h.line(`<title>%s</title>`, esc(r.heading()))
	h.line(`<style>%s</style>`, css)
	h.line(`</head>`)
	h.line(`<body>`)
	h.line(`<main>`)
	h.line(`<h1>%s</h1>`, esc(r.heading()))
	h.line(`<p class="dim">%s.</p>`, esc(r.summary()))
	h.line(`<nav><a href="#reports">Reports</a><a href="#passages">Passages</a><a href="#quotes">Quotes</a><a href="#facts">Facts</a><a href="#coverage">Coverage</a></nav>`)
	h.writeReports()
	h.writePassages()
	h.writeQuotes()
	h.writeFacts()
	h.writeCoverage()
	h.line(`<footer>Made with parallax. Passage numbers count from 1 in each report.</footer>`)
	h.line(`</main>`)
	h.line(`</body>`)
	h.line(`</html>`)
}

// reportName writes a report's label with its colour key.
func reportName(a int) string {
	return fmt.Sprintf(`<span class="key r%d"></span>%s`, a%reportColours, label(a))
}

// table writes a table; header and cells are markup, already escaped.
func (h htmlReport) table(header []string, rows [][]string, numeric func(col int) bool) {
	h.line(`<div class="scroll"><table>`)
	h.line(`<thead><tr><th>%s</th></tr></thead>`, strings.Join(header, "</th><th>"))
	h.line(`<tbody>`)
	for _, row := range rows {
		var b strings.Builder
		for k, cell := range row {
			if k == 0 {
				fmt.Fprintf(&b, "<th>%s</th>", cell)
			} else if numeric(k) {
				fmt.Fprintf(&b, `<td class="n">%s</td>`, cell)
			} else {
				fmt.Fprintf(&b, "<td>%s</td>", cell)
			}
		}
		h.line(`<tr>%s</tr>`, b.String())
	}
	h.line(`</tbody></table></div>`)
}

func (h htmlReport) writeReports() {
	h.line(`<h2 id="reports">Reports</h2>`)
	header := []string{""}
	for a := range h.r.al.Articles {
		header = append(header, reportName(a))
	}
	var rows [][]string
	for _, row := range h.r.metadataRows() {
		cells := make([]string, len(row))
		for k, c := range row {
			cells[k] = esc(c)
		}
		rows = append(rows, cells)
	}
	h.table(header, rows, func(int) bool { return false })
}

func (h htmlReport) writePassages() {
	r := h.r
	h.line(`<h2 id="passages">Aligned passages</h2>`)
	h.line(`<p class="note">Passages that tell the same thing, side by side. Marked words are what a report has and the other lacks.</p>`)
	for k, match := range r.al.Matches {
		h.line(`<h3>Match %d <span class="tag">%s</span><span class="tag">%s likely</span></h3>`, k+1, match.Relation, aligned.Percent(match.Score))
		h.line(`<div class="pair">`)
		for _, mem := range match.Members {
			art := r.al.Articles[mem.Article]
			h.line(`<div class="side"><p class="who">%s · %s</p>`, reportName(mem.Article), passageNumbers(mem.Passages))
			for _, p := range mem.Passages {
				passage := art.Passages[p]
				h.line(`<p>%s</p>`, htmlSegments(segments(passage.Text, passage.Start, diffSpans(match, mem.Article)), mem.Article))
			}
			h.line(`</div>`)
		}
		h.line(`</div>`)
	}
	for a, art := range r.al.Articles {
		unique := r.uniquePassages(a)
		h.line(`<h3>Only in %s</h3>`, reportName(a))
		if len(unique) == 0 {
			h.line(`<p>Every passage of %s is in another report.</p>`, label(a))
			continue
		}
		h.line(`<ul>`)
		for _, p := range unique {
			h.line(`<li><span class="dim">%d</span> %s</li>`, p+1, esc(art.Passages[p].Text))
		}
		h.line(`</ul>`)
	}
}

func (h htmlReport) writeQuotes() {
	shared, single := h.r.quoteGroups()
	h.line(`<h2 id="quotes">Quotes</h2>`)
	h.line(`<p class="note">Direct quotations, each report's version against the first report's (the reference). Marked words are where the wording or the speaker's description drifts.</p>`)
	h.line(`<h3>Quoted by more than one report</h3>`)
	if len(shared) == 0 {
		h.line(`<p>No quotation appears in more than one report.</p>`)
	}
	for _, q := range shared {
		h.line(`<div class="pair">`)
		for k := range q.Variants {
			h.line(`<div class="side">%s</div>`, h.variant(q, k))
		}
		h.line(`</div>`)
	}
	h.line(`<h3>Quoted by one report only</h3>`)
	if len(single) == 0 {
		h.line(`<p>None.</p>`)
	}
	for _, q := range single {
		h.line(`<div class="side" style="margin:.5rem 0">%s</div>`, h.variant(q, 0))
	}
}

// variant writes one version of a quotation.
func (h htmlReport) variant(q insight.Quote, k int) string {
	v := q.Variants[k]
	var b strings.Builder
	fmt.Fprintf(&b, `<p class="who">%s · passage %d`, reportName(v.Article), v.Passage+1)
	if len(q.Variants) > 1 {
		fmt.Fprintf(&b, `<span class="tag">%s</span>`, esc(variantNote(v)))
		if k > 0 {
			fmt.Fprintf(&b, `<span class="tag">similarity %.2f</span>`, v.Similarity)
		}
	}
	b.WriteString(`</p>`)
	parts := h.r.quoteSegments(q, k)
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = htmlSegments(p, v.Article)
	}
	if v.Wording == insight.Paraphrased {
		fmt.Fprintf(&b, `<p>%s <span class="dim">(no quotation marks)</span></p>`, strings.Join(texts, " … "))
	} else {
		fmt.Fprintf(&b, `<p>“%s”</p>`, strings.Join(texts, " … "))
	}
	if s := h.r.speakerSegments(q, k); s != nil {
		fmt.Fprintf(&b, `<p class="who">— %s%s`, htmlSegments(s, v.Article), esc(speakerNote(v.Speaker)))
	} else {
		b.WriteString(`<p class="who">— speaker not named`)
	}
	if v.Via.Text != "" {
		fmt.Fprintf(&b, `, via %s`, esc(v.Via.Text))
	}
	b.WriteString(`</p>`)
	return b.String()
}

func (h htmlReport) writeFacts() {
	r := h.r
	h.line(`<h2 id="facts">Facts</h2>`)
	h.line(`<p class="note">Numbers with what they count, dates, and named people, organisations and places.</p>`)
	h.line(`<h3>Conflicts</h3>`)
	if len(r.an.Conflicts) == 0 {
		h.line(`<p>None: where the reports tell the same thing, their figures, dates and sources agree.</p>`)
	} else {
		h.line(`<ul class="facts">`)
		for _, c := range r.an.Conflicts {
			h.line(`<li><span class="%s">%s</span> %s conflict in match %d: %s “%s” / %s “%s” <span class="dim">— %s</span></li>`,
				c.Severity, c.Severity, c.Kind, c.Match+1,
				reportName(c.Sides[0].Article), esc(r.mentionText(c.Sides[0].Mention)),
				reportName(c.Sides[1].Article), esc(r.mentionText(c.Sides[1].Mention)), esc(c.Reason))
		}
		h.line(`</ul>`)
	}
	h.line(`<h3>Only in one report</h3>`)
	h.line(`<div class="pair">`)
	for a, facts := range r.onlyIn() {
		h.line(`<div class="side"><p class="who">%s</p>`, reportName(a))
		if len(facts) == 0 {
			h.line(`<p>None.</p>`)
		} else {
			h.line(`<ul class="facts">`)
			for _, f := range facts {
				h.line(`<li><span class="kind">%s</span> %s <span class="dim">· passage %d</span></li>`, f.Kind, esc(f.Label), f.Mentions[0].Passage+1)
			}
			h.line(`</ul>`)
		}
		h.line(`</div>`)
	}
	h.line(`</div>`)
	h.line(`<h3>In more than one report</h3>`)
	shared := r.sharedFacts()
	if len(shared) == 0 {
		h.line(`<p>None.</p>`)
		return
	}
	h.line(`<ul class="facts">`)
	for _, f := range shared {
		h.line(`<li><span class="kind">%s</span> %s <span class="dim">· %s</span></li>`, f.Kind, esc(f.Label), reportList(f.Reports))
	}
	h.line(`</ul>`)
}

func (h htmlReport) writeCoverage() {
	r := h.r
	h.line(`<h2 id="coverage">Coverage</h2>`)
	h.line(`<p class="note">How much of each report the others tell, and whom each report credits (“said”, “told”, “according to”, “reported by”, …).</p>`)
	header, rows := r.coverageTable(reportName)
	h.table(header, rows, func(int) bool { return true })
	h.line(`<h3>Sources credited</h3>`)
	header, rows = r.sourcesTable(reportName)
	if len(rows) == 0 {
		h.line(`<p>No report credits a source by name.</p>`)
		return
	}
	for _, row := range rows {
		row[0], row[1] = esc(row[0]), esc(row[1])
	}
	h.table(header, rows, func(col int) bool { return col >= 2 })
}
