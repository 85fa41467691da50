package diffing

import "math/bits"

// idSet is a set of term ids that gives them back in increasing order
// without sorting: a bitmap of the ids, and a bitmap of its non-empty
// words, so that reading it out visits only what was added. The few dozen
// ids of one passage are read out in a few dozen steps, where sorting
// them cost a third of building the index.
type idSet struct {
	words []uint64 // bit id%64 of words[id/64] is set for each id in the set
	used  []uint64 // bit k%64 of used[k/64] is set when words[k] is not 0
}

func newIDSet(ids int) idSet {
	words := (ids + 63) / 64
	return idSet{words: make([]uint64, words), used: make([]uint64, (words+63)/64)}
}

// add puts id in the set.
func (s *idSet) add(id int32) {
	w := id / 64
	s.words[w] |= 1 << (id % 64)
	s.used[w/64] |= 1 << (w % 64)
}

// drain appends the ids of the set to dst in increasing order, empties the
// set and returns dst.
func (s *idSet) drain(dst []int32) []int32 {
	for u, used := range s.used {
		for used != 0 {
			w := u*64 + bits.TrailingZeros64(used)
			used &= used - 1
			for word := s.words[w]; word != 0; word &= word - 1 {
				dst = append(dst, int32(w*64+bits.TrailingZeros64(word)))
			}
			s.words[w] = 0
		}
		s.used[u] = 0
	}
	return dst
}
