package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLiteralsFindEveryOccurrenceInOrder(t *testing.T) {
	tests := []struct {
		text string
		strs []string
		want []int
	}{
		{"a.b!c?d…e.", []string{".", "!", "?", "…"}, []int{1, 3, 5, 7, 11}},
		{"no terminators", []string{".", "!"}, nil},
		{"PicPhoto Credit", []string{"Pic", "Pho", "Ima", "Cre"}, []int{0, 3, 9}},
		{"....", []string{"."}, []int{0, 1, 2, 3}},
		{"", []string{"."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			l := newLiterals(tt.text, tt.strs...)
			var got []int
			for i := 0; i < len(tt.text); {
				p := l.next(i)
				if p < 0 {
					break
				}
				got = append(got, p)
				i = p + 1
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
