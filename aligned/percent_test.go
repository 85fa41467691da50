package aligned

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPercentIsNeverCertain(t *testing.T) {
	tests := []struct {
		p    float64
		want string
	}{
		{0.972, "97%"}, {0.5, "50%"}, {0.996, "99%"}, {1, "99%"}, {0.001, "1%"}, {0.355, "36%"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Percent(tt.p), "%v", tt.p)
	}
}
