package diffing

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIDSetDrainsItsIDsInOrderAndEmpties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	s := newIDSet(10_000)
	for _, n := range []int{0, 1, 5, 64, 500} {
		var want []int32
		for range n {
			id := int32(r.IntN(10_000))
			s.add(id)
			want = append(want, id)
		}
		s.add(9_999) // the last id
		want = append(want, 9_999)
		slices.Sort(want)
		want = slices.Compact(want)
		assert.Equal(t, want, s.drain(nil), "%d ids", n)
		assert.Empty(t, s.drain(nil), "drained")
	}
}
