package diffing

import (
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op says whether a piece of a word diff is shared or belongs to one side.
type Op int8

const (
	// Equal text has the same words on both sides (after normalisation).
	Equal Op = iota
	// Delete text has words only the first text has.
	Delete
	// Insert text has words only the second text has.
	Insert
)

// String returns the operation's name.
func (o Op) String() string {
	switch o {
	case Delete:
		return "delete"
	case Insert:
		return "insert"
	default:
		return "equal"
	}
}

// Range is a half-open byte range [Start, End).
type Range struct{ Start, End int }

// Piece is one run of a word diff. Concatenating the A ranges of all pieces
// in order rebuilds the first text exactly, and the B ranges the second.
// A Delete piece has an empty B range and spans exactly its words in the
// first text; an Insert piece the reverse.
type Piece struct {
	Op   Op
	A, B Range
}

// WordDiff is the word-level difference between two texts.
type WordDiff struct {
	// Pieces cover both texts in order.
	Pieces []Piece
	// Shared is the number of words the two texts have in common, in order.
	Shared int
	// WordsA and WordsB count the words of each text.
	WordsA, WordsB int
	// MovedA and MovedB are the words of Delete and Insert pieces that the
	// other text has too, at another place ("said" before the name in one,
	// after it in the other): no difference of wording. Each is a run of
	// such words, in order.
	MovedA, MovedB []Range
}

// Overlap returns the share of words the texts have in common, from 0 (none)
// to 1 (the same words in the same order): 2·Shared / (WordsA + WordsB).
func (d WordDiff) Overlap() float64 {
	if d.WordsA+d.WordsB == 0 {
		return 1
	}
	return 2 * float64(d.Shared) / float64(d.WordsA+d.WordsB)
}

// CompareWords computes the word-level difference between a and b. Words
// are compared in their normalised form (see Token.Norm), so case, curly
// quotes and number formats do not count as differences.
func CompareWords(a, b string) WordDiff {
	ta, tb := Tokenize(a), Tokenize(b)
	idA, idB := make([]int32, len(ta)), make([]int32, len(tb))
	ids := map[string]int32{}
	for _, side := range []struct {
		tokens []Token
		ids    []int32
	}{{ta, idA}, {tb, idB}} {
		for k, t := range side.tokens {
			id, ok := ids[t.Norm]
			if !ok {
				id = int32(len(ids))
				ids[t.Norm] = id
			}
			side.ids[k] = id
		}
	}
	scratch := newDiffScratch(len(ids))
	changedA, changedB, shared := diffIDs(idA, idB, &scratch)
	movedA, movedB := movedWords(idA, changedA, idB, changedB, &movedScratch{})
	d := WordDiff{Shared: shared, WordsA: len(ta), WordsB: len(tb),
		MovedA: wordRuns(ta, movedA), MovedB: wordRuns(tb, movedB)}
	var cursorA, cursorB int
	add := func(op Op, endA, endB int) {
		if endA == cursorA && endB == cursorB {
			return
		}
		if n := len(d.Pieces); n > 0 && d.Pieces[n-1].Op == op && op == Equal {
			d.Pieces[n-1].A.End, d.Pieces[n-1].B.End = endA, endB
		} else {
			d.Pieces = append(d.Pieces, Piece{Op: op, A: Range{cursorA, endA}, B: Range{cursorB, endB}})
		}
		cursorA, cursorB = endA, endB
	}
	ia, ib := 0, 0
	for ia < len(ta) || ib < len(tb) {
		switch {
		case ia < len(ta) && changedA[ia]:
			add(Equal, ta[ia].Start, cursorB)
			end := ia
			for end+1 < len(ta) && changedA[end+1] {
				end++
			}
			add(Delete, ta[end].End, cursorB)
			ia = end + 1
		case ib < len(tb) && changedB[ib]:
			add(Equal, cursorA, tb[ib].Start)
			end := ib
			for end+1 < len(tb) && changedB[end+1] {
				end++
			}
			add(Insert, cursorA, tb[end].End)
			ib = end + 1
		default:
			// Both sides are at a shared word.
			add(Equal, ta[ia].End, tb[ib].End)
			ia++
			ib++
		}
	}
	add(Equal, len(a), len(b))
	return d
}

// wordRuns returns the byte ranges of the runs of marked tokens.
func wordRuns(tokens []Token, marked []bool) []Range {
	var out []Range
	for k := 0; k < len(tokens); k++ {
		if !marked[k] {
			continue
		}
		end := k
		for end+1 < len(tokens) && marked[end+1] {
			end++
		}
		out = append(out, Range{tokens[k].Start, tokens[end].End})
		k = end
	}
	return out
}

// diffIDs marks the words of a and of b (given by word id) that the other
// side lacks, and counts the shared ones. Each distinct word becomes one
// rune so that go-diff's Myers diff runs on words rather than characters;
// semantic cleanup then folds short coincidental equalities into the edits
// around them, so a rewritten clause reads as one change rather than
// confetti. The marks live in the scratch space, until its next use.
func diffIDs(a, b []int32, scratch *diffScratch) (changedA, changedB []bool, shared int) {
	runesA, runesB := scratch.encode(a, b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // results must not depend on the clock
	diffs := dmp.DiffMainRunes(runesA, runesB, false)
	for _, d := range diffs {
		if d.Type == diffmatchpatch.DiffEqual {
			shared += utf8.RuneCountInString(d.Text)
		}
	}
	diffs = dmp.DiffCleanupSemantic(diffs)
	changedA, changedB = cleared(scratch.changedA, len(a)), cleared(scratch.changedB, len(b))
	scratch.changedA, scratch.changedB = changedA, changedB
	ia, ib := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			ia += n
			ib += n
		case diffmatchpatch.DiffDelete:
			for k := 0; k < n; k++ {
				changedA[ia+k] = true
			}
			ia += n
		case diffmatchpatch.DiffInsert:
			for k := 0; k < n; k++ {
				changedB[ib+k] = true
			}
			ib += n
		}
	}
	return changedA, changedB, shared
}

// cleared returns s resized to n and all false, reusing its array when it
// is large enough.
func cleared(s []bool, n int) []bool {
	if cap(s) < n {
		return make([]bool, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// diffScratch is diffIDs's working space: the runes of word ids, indexed
// by word id and cleared after each use, and the buffers of one diff. Each
// goroutine needs its own.
type diffScratch struct {
	of                 []rune // word id → its rune in the current diff, or 0
	used               []int32
	runesA, runesB     []rune
	changedA, changedB []bool
}

func newDiffScratch(words int) diffScratch { return diffScratch{of: make([]rune, words)} }

// encode maps every distinct word of a and b to its own rune, in the order
// the words first appear. Runes are taken from 0x100 upwards, skipping the
// surrogate range, because go-diff turns runes back into strings and a
// surrogate would not survive; and they must not depend on the word ids,
// because go-diff's semantic cleanup looks at what kind of character each
// rune is.
func (s *diffScratch) encode(a, b []int32) ([]rune, []rune) {
	next := rune(0x100)
	encode := func(ids []int32, out []rune) []rune {
		out = out[:0]
		for _, id := range ids {
			r := s.of[id]
			if r == 0 {
				r = next
				s.of[id] = r
				s.used = append(s.used, id)
				next++
				if next == 0xD800 {
					next = 0xE000
				}
			}
			out = append(out, r)
		}
		return out
	}
	s.runesA, s.runesB = encode(a, s.runesA), encode(b, s.runesB)
	for _, id := range s.used {
		s.of[id] = 0
	}
	s.used = s.used[:0]
	return s.runesA, s.runesB
}
