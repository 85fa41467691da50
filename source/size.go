package source

import (
	"fmt"
	"strconv"
	"strings"
)

// FormatSize writes a size in bytes the way parallax's messages and flags
// do: 512 B, 120 KB, 50 MB (powers of 1024).
func FormatSize(n int64) string {
	const unit = 1024
	switch {
	case n < unit:
		return fmt.Sprintf("%d B", n)
	case n < unit*unit:
		return trimZero(float64(n)/unit) + " KB"
	case n < unit*unit*unit:
		return trimZero(float64(n)/(unit*unit)) + " MB"
	}
	return trimZero(float64(n)/(unit*unit*unit)) + " GB"
}

// trimZero writes f with one decimal, dropping ".0" and the decimal above
// 100.
func trimZero(f float64) string {
	if f >= 100 {
		return fmt.Sprintf("%.0f", f)
	}
	s := fmt.Sprintf("%.1f", f)
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		return s[:len(s)-2]
	}
	return s
}

// sizeUnits are the suffixes ParseSize reads, longest first.
var sizeUnits = []struct {
	suffix string
	factor int64
}{
	{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10},
	{"gb", 1 << 30}, {"mb", 1 << 20}, {"kb", 1 << 10},
	{"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1},
}

// ParseSize reads a size as written on the command line: a number of
// bytes, optionally with a unit (50MB, 1.5 GB, 200k; powers of 1024).
func ParseSize(s string) (int64, error) {
	text := strings.ToLower(strings.TrimSpace(s))
	factor := int64(1)
	for _, u := range sizeUnits {
		if rest, ok := strings.CutSuffix(text, u.suffix); ok {
			text, factor = strings.TrimSpace(rest), u.factor
			break
		}
	}
	n, err := strconv.ParseFloat(text, 64)
	if err != nil || !(n > 0) || n*float64(factor) > 1<<50 { // !(n > 0) also rejects NaN
		return 0, fmt.Errorf("%q is not a size (write it as 50MB, 1GB or a number of bytes)", s)
	}
	return int64(n * float64(factor)), nil
}
