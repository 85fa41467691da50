package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestGoldenSeedScreens compares rendered screens, colour stripped, with
// testdata/TestGoldenSeedScreens/*.golden. After an intended change to the
// screen, rewrite them with: go test ./tui -run Golden -update
func TestGoldenSeedScreens(t *testing.T) {
	tests := []struct {
		name          string
		width, height int
		keys          []string
	}{
		{"seeds-120x40", 120, 40, nil},
		{"seeds-120x40-kirby", 120, 40, []string{"n"}},
		{"seeds-80x24-kirby", 80, 24, []string{"n"}},
		{"seeds-160x48-right-pane", 160, 48, []string{"tab", "G"}},
		{"seeds-120x40-help", 120, 40, []string{"?"}},
	}
	al := seedAlignment(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(t, sized(t, al, tt.width, tt.height), tt.keys...)
			golden.RequireEqual(t, strings.Join(screen(m), "\n")+"\n")
		})
	}
}
