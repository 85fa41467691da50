package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/parallax-reader/parallax/model"
)

func TestMemoryLimitGrowsWithTheReports(t *testing.T) {
	text := func(n int) *model.Article { return &model.Article{Text: strings.Repeat("x", n)} }
	tests := []struct {
		name     string
		articles []*model.Article
		want     int64
	}{
		{"the built-in reports", []*model.Article{text(4000), text(5000)}, minMemoryLimit},
		{"a million words a side (5 MB each)", []*model.Article{text(5 << 20), text(5 << 20)}, minMemoryLimit},
		{"ten million words a side", []*model.Article{text(50 << 20), text(50 << 20)}, memoryPerTextByte * 100 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, memoryLimit(tt.articles))
		})
	}
}
