package aligned

import (
	"fmt"
	"math"
)

// Percent writes a match's probability (diffing.Match.Score) as the whole
// percentage readers are shown ("97%"): never 100% or 0%, for what is only
// likely or unlikely.
func Percent(p float64) string {
	n := int(math.Round(p * 100))
	return fmt.Sprintf("%d%%", min(99, max(1, n)))
}
