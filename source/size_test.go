package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSizeReadsSizesAsWritten(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"1", 1},
		{"512", 512},
		{"512b", 512},
		{"50MB", 50 << 20},
		{"50mb", 50 << 20},
		{" 1.5 GB ", 3 << 29},
		{"200k", 200 << 10},
		{"2KiB", 2 << 10},
		{"1.1KB", 1126}, // 1126.4 bytes, rounded down
		{"1024GB", 1 << 40},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSize(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseSizeRefusesNonsense(t *testing.T) {
	tests := []struct{ in, err string }{
		{"0.5", `"0.5" is less than one byte`},
		{"0.9b", `"0.9b" is less than one byte`},
		{"0", `"0" is less than one byte`},
		{"0.0001KB", `"0.0001KB" is less than one byte`},
		{"1.5", `"1.5" is not a whole number of bytes`},
		{"NaN", `"NaN" is not a size`},
		{"inf", `"inf" is not a size`},
		{"+Inf", `"+Inf" is not a size`},
		{"-5", `"-5" is not a size`},
		{"1e3", `"1e3" is not a size`},
		{"0x10", `"0x10" is not a size`},
		{"", `"" is not a size`},
		{"MB", `"MB" is not a size`},
		{"5 parsecs", `"5 parsecs" has an unknown unit "parsecs"`},
		{"2TB", `"2TB" has an unknown unit "tb"`},
		{"1025GB", `"1025GB" is too large (at most 1024 GB)`},
		{"99999999999999999999999999999999", `is too large`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseSize(tt.in)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

func TestFormatSizeWritesWhatParseSizeReads(t *testing.T) {
	for _, n := range []int64{1, 512, 1 << 10, 50 << 20, 3 << 29} {
		got, err := ParseSize(FormatSize(n))
		require.NoError(t, err, FormatSize(n))
		assert.Equal(t, n, got)
	}
}
