package tui

// Scrolling works on a column of blocks whose heights are counted only
// when asked: a passage in the reading view, a row in the aligned view. A
// position names a block and a line in it, so a report of a million words
// is never wrapped in full: moving, paging and syncing touch only the
// blocks they pass, and a resize re-wraps only what is shown next.

// pos is a place in a column of blocks: line number line of block block.
type pos struct{ block, line int }

// blocks is a column of blocks of lines.
type blocks interface {
	// count is the number of blocks.
	count() int
	// height is the number of lines block i takes; 0 hides it.
	height(i int) int
}

// before reports whether a comes before b.
func before(a, b pos) bool {
	return a.block < b.block || a.block == b.block && a.line < b.line
}

// nextShown returns the first block at or after i with lines, or -1.
func nextShown(b blocks, i int) int {
	for n := b.count(); i < n; i++ {
		if i >= 0 && b.height(i) > 0 {
			return i
		}
	}
	return -1
}

// prevShown returns the last block at or before i with lines, or -1.
func prevShown(b blocks, i int) int {
	for i = min(i, b.count()-1); i >= 0; i-- {
		if b.height(i) > 0 {
			return i
		}
	}
	return -1
}

// firstPos is the first line of the column.
func firstPos(b blocks) pos {
	return pos{max(0, nextShown(b, 0)), 0}
}

// lastPos is the last line of the column.
func lastPos(b blocks) pos {
	i := prevShown(b, b.count()-1)
	if i < 0 {
		return pos{}
	}
	return pos{i, b.height(i) - 1}
}

// settle moves p onto a line that exists: heights change with the width
// and with what is hidden, so a stored position may point past its block.
func settle(b blocks, p pos) pos {
	if b.count() == 0 {
		return pos{}
	}
	if p.block >= b.count() {
		return lastPos(b)
	}
	p.block = max(p.block, 0)
	if h := b.height(p.block); h > 0 {
		p.line = clamp(p.line, 0, h-1)
		return p
	}
	if i := nextShown(b, p.block); i >= 0 {
		return pos{i, 0}
	}
	return lastPos(b)
}

// advance moves p down by delta lines (up when negative), stopping at the
// first and the last line.
func advance(b blocks, p pos, delta int) pos {
	p = settle(b, p)
	if b.count() == 0 {
		return p
	}
	for delta > 0 {
		h := b.height(p.block)
		if room := h - 1 - p.line; delta <= room {
			p.line += delta
			return p
		}
		next := nextShown(b, p.block+1)
		if next < 0 {
			p.line = h - 1
			return p
		}
		delta -= h - p.line
		p = pos{next, 0}
	}
	for delta < 0 {
		if -delta <= p.line {
			p.line += delta
			return p
		}
		prev := prevShown(b, p.block-1)
		if prev < 0 {
			p.line = 0
			return p
		}
		delta += p.line + 1
		p = pos{prev, b.height(prev) - 1}
	}
	return p
}

// distance counts the lines from a down to b: negative when b is above a.
// It counts the heights of every block in between.
func distance(bl blocks, a, b pos) int {
	if before(b, a) {
		return -distance(bl, b, a)
	}
	if a.block == b.block {
		return b.line - a.line
	}
	n := bl.height(a.block) - a.line
	for i := a.block + 1; i < b.block; i++ {
		n += bl.height(i)
	}
	return n + b.line
}

// bottomPos is the top position at which the last line sits on the last
// of height rows.
func bottomPos(b blocks, height int) pos {
	return advance(b, lastPos(b), -(height - 1))
}

// scrollBy moves a view at top down by delta lines (up when negative).
// Going down stops where the last line reaches the bottom of a view of
// height rows, or where the view already is if a jump took it further.
func scrollBy(b blocks, top pos, delta, height int) pos {
	next := advance(b, top, delta)
	if delta > 0 {
		limit := bottomPos(b, height)
		if before(limit, top) {
			limit = settle(b, top)
		}
		if before(limit, next) {
			next = limit
		}
	}
	return next
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }
