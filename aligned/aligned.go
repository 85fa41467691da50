// Package aligned arranges an alignment as the rows of a parallel text:
// one row per match, holding each report's passages in that report's
// column, and one row for each passage that no shown report shares, at its
// place in its own report.
//
// Rows follow the reading order of one report, the base. A passage of
// another report that this order shows out of its own report's order is
// marked as moved, up or down, with the paragraph it sits in, so a reader
// can tell "the same sentence, but this outlet put it first" at a glance.
// Which passages moved is decided by a longest increasing subsequence of
// each column's passage numbers in row order: the largest set of passages
// that kept their order stays unmarked and only the rest count as moved,
// the same rule diff tools use to tell moved lines from the ones around
// them. Building the rows costs O(n log n) in the number of passages.
//
// Both the reader's aligned view (package tui) and the plain-text export
// (package export) draw these rows.
package aligned

import (
	"github.com/parallax-reader/parallax/diffing"
)

// Move says whether, and which way, a cell's passages moved relative to
// the base report's order.
type Move int8

const (
	// InPlace passages keep their report's order in the rows.
	InPlace Move = iota
	// MovedUp passages come earlier in their own report than here.
	MovedUp
	// MovedDown passages come later in their own report than here.
	MovedDown
)

// Arrow returns the arrow drawn for a move: "↑", "↓", or "" in place.
func (m Move) Arrow() string {
	switch m {
	case MovedUp:
		return "↑"
	case MovedDown:
		return "↓"
	}
	return ""
}

// Rows is an alignment laid out as rows, for some of its reports.
type Rows struct {
	// Columns are the article indexes shown, one per column, left to
	// right.
	Columns []int
	// Base is the column whose reading order the rows follow.
	Base int
	// Rows are the rows, top to bottom.
	Rows []Row
	// rowOf[c][p] is the row holding passage p of column c's article.
	rowOf [][]int32
}

// Row is one row: a match, or one passage no shown report shares.
type Row struct {
	// Match indexes Alignment.Matches, or is -1 for a passage that is in
	// no match (unique to its report, or noise).
	Match int
	// Cells has one cell per column.
	Cells []Cell
}

// Cell is one column's part of a row.
type Cell struct {
	// Passages are the column's passages in the row, in reading order;
	// empty when the report has nothing here.
	Passages []int
	// Move says whether the passages moved relative to the base order.
	Move Move
}

// Column returns the column holding passages in a row of one passage (a
// row whose Match is -1), or -1 when the row is empty.
func (r Row) Column() int {
	for c, cell := range r.Cells {
		if len(cell.Passages) > 0 {
			return c
		}
	}
	return -1
}

// RowOf returns the index of the row holding passage p of column c.
func (rs *Rows) RowOf(c, p int) int { return int(rs.rowOf[c][p]) }

// Build lays al out as rows for the articles in columns (indexes into
// al.Articles, each at most once), following the reading order of the
// article in column base.
func Build(al *diffing.Alignment, columns []int, base int) *Rows {
	b := newBuilder(al, columns)
	b.placeBase(base)
	for c := range columns {
		if c != base {
			b.placeColumn(c)
		}
	}
	rs := &Rows{Columns: columns, Base: base, rowOf: b.rowOf}
	rs.Rows = b.ordered()
	for c := range rs.rowOf {
		for p, id := range rs.rowOf[c] {
			rs.rowOf[c][p] = int32(b.final[id])
		}
	}
	for c := range columns {
		if c != base {
			rs.markMoves(c)
		}
	}
	return rs
}

// builder places rows in a linked list, so that a row can be put right
// after the row of its report's previous passage in O(1).
type builder struct {
	al      *diffing.Alignment
	columns []int
	colOf   map[int]int // article → column
	rows    []Row
	next    []int // next[id] follows row id; row 0 is the list's head
	last    int   // last row of the base order
	rowOf   [][]int32
	final   []int // row id → index in the ordered rows
	// cells and ids are backing arrays, so that a million-word pair does
	// not cost a hundred thousand small allocations: cells holds every
	// row's cells, ids[c][p] = p gives a one-passage cell its slice.
	cells []Cell
	ids   [][]int
}

func newBuilder(al *diffing.Alignment, columns []int) *builder {
	b := &builder{al: al, columns: columns, colOf: map[int]int{}}
	passages := 0
	b.rowOf = make([][]int32, len(columns))
	b.ids = make([][]int, len(columns))
	for c, a := range columns {
		n := len(al.Articles[a].Passages)
		passages += n
		b.colOf[a] = c
		b.rowOf[c] = make([]int32, n)
		b.ids[c] = make([]int, n)
		for p := range n {
			b.rowOf[c][p] = -1
			b.ids[c][p] = p
		}
	}
	// There are at most as many rows as passages, plus the head.
	b.rows = make([]Row, 1, passages+1)
	b.rows[0] = Row{Match: -1} // the head, never output
	b.next = make([]int, 1, passages+1)
	b.next[0] = -1
	b.cells = make([]Cell, 0, passages*len(columns))
	return b
}

// newRow makes the row for match m, or for passage p of column c when m
// is -1, and records where its passages are. It returns the row's id.
func (b *builder) newRow(m, c, p int) int {
	id := len(b.rows)
	n := len(b.columns)
	if len(b.cells)+n > cap(b.cells) {
		b.cells = make([]Cell, 0, max(1024, n*256))
	}
	b.cells = b.cells[:len(b.cells)+n]
	row := Row{Match: m, Cells: b.cells[len(b.cells)-n : len(b.cells) : len(b.cells)]}
	if m < 0 {
		row.Cells[c].Passages = b.ids[c][p : p+1 : p+1]
	} else {
		for _, mem := range b.al.Matches[m].Members {
			if col, ok := b.colOf[mem.Article]; ok {
				row.Cells[col].Passages = mem.Passages
			}
		}
	}
	for col, cell := range row.Cells {
		for _, q := range cell.Passages {
			b.rowOf[col][q] = int32(id)
		}
	}
	b.rows = append(b.rows, row)
	b.next = append(b.next, -1)
	return id
}

// insertAfter links row id in after row prev.
func (b *builder) insertAfter(prev, id int) {
	b.next[id] = b.next[prev]
	b.next[prev] = id
}

// placeBase makes the rows of the base column's passages, in its order.
func (b *builder) placeBase(base int) {
	a := b.columns[base]
	for p := range b.al.Articles[a].Passages {
		if b.rowOf[base][p] >= 0 {
			continue // a later passage of a match already placed
		}
		id := b.newRow(b.al.MatchOf(a, p), base, p)
		b.insertAfter(b.last, id)
		b.last = id
	}
}

// placeColumn places the passages of column c that the base order left
// out, each right after the row of the passage before it in its report.
func (b *builder) placeColumn(c int) {
	a := b.columns[c]
	anchor := 0
	for p := range b.al.Articles[a].Passages {
		if id := b.rowOf[c][p]; id >= 0 {
			anchor = int(id)
			continue
		}
		id := b.newRow(b.al.MatchOf(a, p), c, p)
		b.insertAfter(anchor, id)
		anchor = id
	}
}

// ordered returns the rows in list order and fills b.final.
func (b *builder) ordered() []Row {
	b.final = make([]int, len(b.rows))
	out := make([]Row, 0, len(b.rows)-1)
	for id := b.next[0]; id >= 0; id = b.next[id] {
		b.final[id] = len(out)
		out = append(out, b.rows[id])
	}
	return out
}

// markMoves marks the cells of column c that are out of their report's
// order: those outside a longest increasing run of its passage numbers.
func (rs *Rows) markMoves(c int) {
	// The rows holding column c, and their first passage.
	at := make([]int, 0, len(rs.rowOf[c]))
	first := make([]int, 0, len(rs.rowOf[c]))
	for r, row := range rs.Rows {
		if ps := row.Cells[c].Passages; len(ps) > 0 {
			at = append(at, r)
			first = append(first, ps[0])
		}
	}
	keep := increasing(first)
	prev := -1 // passage of the last cell kept in place
	for k, r := range at {
		switch {
		case keep[k]:
			prev = first[k]
		case prev >= 0 && first[k] < prev:
			rs.Rows[r].Cells[c].Move = MovedUp
		default:
			rs.Rows[r].Cells[c].Move = MovedDown
		}
	}
}

// increasing marks the members of a longest strictly increasing
// subsequence of xs (patience sorting, O(n log n)).
func increasing(xs []int) []bool {
	var tails []int // tails[k]: index of the smallest end of a run of length k+1
	prev := make([]int, len(xs))
	for i, x := range xs {
		// k: the first run whose end is at least x (binary search).
		k, hi := 0, len(tails)
		for k < hi {
			mid := (k + hi) / 2
			if xs[tails[mid]] < x {
				k = mid + 1
			} else {
				hi = mid
			}
		}
		prev[i] = -1
		if k > 0 {
			prev[i] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	keep := make([]bool, len(xs))
	if len(tails) > 0 {
		for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
			keep[i] = true
		}
	}
	return keep
}
