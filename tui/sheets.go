package tui

import (
	"fmt"
	"sort"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/insight"
)

// An analysis view is a sheet: a column of entries (section headings,
// notes, and items such as a quote or a fact) that scrolls like a report.
// Entries are built once per analysis, in the analysis command; each is
// laid out at a width only when first shown (see sheetview.go).

// entryKind says what an entry of a sheet is.
type entryKind uint8

const (
	entryHeading  entryKind = iota // a section heading
	entryNote                      // a line of explanation
	entryQuote                     // a quotation in every report that has it
	entryConflict                  // two reports that disagree
	entryFact                      // a fact and the reports that carry it
	entryReport                    // one report's coverage
	entryColumns                   // the column heads of the sources table
	entrySource                    // a source and how often each report credits it
)

// entry is one block of a sheet.
type entry struct {
	kind entryKind
	// index points into the analysis: Quotes, Conflicts, Facts or
	// Coverage, or into sheets.sources.
	index int
	// text is a heading's or a note's words.
	text string
	// item numbers the entries of one kind that can be gone to (quotes,
	// conflicts, facts, sources) from 1; 0 for the others.
	item int
}

// sheet is one analysis view's entries. Their layout is kept in the
// render cache (see renderCache.entryLines).
type sheet struct {
	entries []entry
	// counts are how many items of each kind the sheet has.
	counts map[entryKind]int
}

func newSheet() sheet {
	return sheet{counts: map[entryKind]int{}}
}

// add appends an entry, numbering it if it is an item.
func (s *sheet) add(e entry) {
	switch e.kind {
	case entryQuote, entryConflict, entryFact, entrySource:
		s.counts[e.kind]++
		e.item = s.counts[e.kind]
	}
	s.entries = append(s.entries, e)
}

// addGroup adds a heading naming a group of items with their count, then
// an entry of kind for each index; nothing when there are none.
func (s *sheet) addGroup(title string, kind entryKind, indexes []int) {
	if len(indexes) == 0 {
		return
	}
	s.add(entry{kind: entryHeading, text: fmt.Sprintf("%s (%d)", title, len(indexes))})
	for _, i := range indexes {
		s.add(entry{kind: kind, index: i})
	}
}

// sheets are the three analysis views of one analysis.
type sheets struct {
	al                      *diffing.Alignment
	an                      *insight.Analysis
	quotes, facts, coverage sheet
	// sources are every source credited, across reports, most credited
	// first.
	sources []sourceRow
	// shared counts the quotes more than one report carries, drifted
	// those of them whose versions differ.
	shared, drifted int
	// onlyOne counts the facts a single report carries.
	onlyOne int
}

// sourceRow is one source of the coverage view's table.
type sourceRow struct {
	name string
	kind insight.FactKind
	// credits and mentions are per report: how often it credits the
	// source, and where.
	credits  []int
	mentions [][]insight.Mention
}

// buildSheets builds the analysis views' entries.
func buildSheets(al *diffing.Alignment, an *insight.Analysis) *sheets {
	sh := &sheets{al: al, an: an, quotes: newSheet(), facts: newSheet(), coverage: newSheet()}
	sh.buildQuotes()
	sh.buildFacts()
	sh.buildCoverage()
	return sh
}

// buildQuotes lists the quotes several reports carry, then those only one
// does, each in the order of the analysis.
func (sh *sheets) buildQuotes() {
	s := &sh.quotes
	var shared, single []int
	for i, q := range sh.an.Quotes {
		if len(q.Variants) > 1 {
			shared = append(shared, i)
			if q.Drifted() {
				sh.drifted++
			}
		} else {
			single = append(single, i)
		}
	}
	sh.shared = len(shared)
	if len(sh.an.Quotes) == 0 {
		s.add(entry{kind: entryNote, text: "No direct quotations in these reports."})
		return
	}
	s.addGroup("Quoted by more than one report", entryQuote, shared)
	s.addGroup("Quoted by one report only", entryQuote, single)
}

// buildFacts lists the conflicts, hard first, then the facts only one
// report carries, report by report, then those several carry.
func (sh *sheets) buildFacts() {
	s := &sh.facts
	s.add(entry{kind: entryHeading, text: fmt.Sprintf("Conflicts (%d)", len(sh.an.Conflicts))})
	if len(sh.an.Conflicts) == 0 {
		s.add(entry{kind: entryNote, text: "None: where the reports tell the same thing, their figures, dates and sources agree."})
	}
	for i := range sh.an.Conflicts {
		s.add(entry{kind: entryConflict, index: i})
	}
	byReport := make([][]int, len(sh.al.Articles))
	var several []int
	for i, f := range sh.an.Facts {
		if a, ok := f.OnlyIn(); ok {
			byReport[a] = append(byReport[a], i)
		} else {
			several = append(several, i)
		}
	}
	for a, facts := range byReport {
		if len(facts) == 0 {
			continue
		}
		sh.onlyOne += len(facts)
		s.add(entry{kind: entryHeading, index: a,
			text: fmt.Sprintf("Only in [%d] %s (%d)", a+1, sh.al.Articles[a].DisplayTitle(), len(facts))})
		for _, i := range facts {
			s.add(entry{kind: entryFact, index: i})
		}
	}
	s.addGroup("In more than one report", entryFact, several)
}

// buildCoverage lists each report's coverage, then the sources credited
// by name with how often each report credits them.
func (sh *sheets) buildCoverage() {
	s := &sh.coverage
	s.add(entry{kind: entryHeading, text: "Passages each report shares with the others"})
	for i := range sh.an.Coverage {
		s.add(entry{kind: entryReport, index: i})
	}
	sh.sources = sourceRows(len(sh.al.Articles), sh.an.Coverage)
	s.add(entry{kind: entryHeading, text: fmt.Sprintf("Sources credited by name (%d)", len(sh.sources))})
	if len(sh.sources) == 0 {
		s.add(entry{kind: entryNote, text: "No report credits anyone by name."})
		return
	}
	s.add(entry{kind: entryColumns})
	for i := range sh.sources {
		s.add(entry{kind: entrySource, index: i})
	}
}

// sourceRows gathers the sources of every report into one table: most
// credited in all first, then in the order the reports name them.
func sourceRows(reports int, cov []insight.Coverage) []sourceRow {
	index := map[string]int{}
	var rows []sourceRow
	for _, c := range cov {
		for _, src := range c.Sources {
			k, ok := index[src.Key]
			if !ok {
				k = len(rows)
				index[src.Key] = k
				rows = append(rows, sourceRow{name: src.Name, kind: src.Kind,
					credits: make([]int, reports), mentions: make([][]insight.Mention, reports)})
			}
			r := &rows[k]
			r.credits[c.Article] += src.Credits
			r.mentions[c.Article] = append(r.mentions[c.Article], src.Mentions...)
			if len(src.Name) > len(r.name) {
				r.name = src.Name
			}
		}
	}
	total := func(r sourceRow) int {
		n := 0
		for _, c := range r.credits {
			n += c
		}
		return n
	}
	sort.SliceStable(rows, func(i, j int) bool { return total(rows[i]) > total(rows[j]) })
	return rows
}

// creditedBy returns the reports that credit the source.
func (r sourceRow) creditedBy() []int {
	var out []int
	for a, c := range r.credits {
		if c > 0 {
			out = append(out, a)
		}
	}
	return out
}
