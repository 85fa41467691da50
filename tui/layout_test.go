package tui

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestComputeLayout(t *testing.T) {
	tests := []struct {
		width, height, panes int
		widths               []int
		paneHeight           int
	}{
		{80, 24, 2, []int{40, 39}, 22},
		{120, 40, 2, []int{60, 59}, 38},
		{121, 40, 2, []int{60, 60}, 38},
		{60, 12, 2, []int{30, 29}, 10},
		{300, 80, 3, []int{100, 99, 99}, 78},
		{300, 80, 1, []int{300}, 78},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%dx%d/%d", tt.width, tt.height, tt.panes), func(t *testing.T) {
			lay := computeLayout(tt.width, tt.height, tt.panes, 0, false)
			assert.False(t, lay.tooSmall)
			assert.Equal(t, tt.widths, lay.paneWidths)
			assert.Equal(t, tt.paneHeight, lay.paneHeight)
		})
	}
}

func TestComputeLayoutFillsTheScreenExactly(t *testing.T) {
	for width := minWidth; width <= 320; width += 7 {
		for height := minHeight; height <= 90; height += 11 {
			for panes := 1; panes <= 4; panes++ {
				lay := computeLayout(width, height, panes, 0, false)
				total := separatorWidth * (panes - 1)
				for _, w := range lay.paneWidths {
					total += w
				}
				assert.Equal(t, width, total, "%dx%d with %d panes", width, height, panes)
				assert.Equal(t, height, lay.paneHeight+statusRows+helpRows)
			}
		}
	}
}

func TestComputeLayoutRefusesTinyScreens(t *testing.T) {
	for _, size := range [][3]int{{minWidth - 1, 40, 2}, {120, minHeight - 1, 2}, {0, 0, 2}, {120, 40, 0}} {
		assert.True(t, computeLayout(size[0], size[1], size[2], 0, false).tooSmall, "%v", size)
	}
}
