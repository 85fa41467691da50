package source

import (
	"fmt"
	"math"
	"regexp"
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

// sizeUnits are the units ParseSize reads, by their lower-case spelling.
var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10,
	"m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
	"g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30,
}

// sizePattern is a size as written on the command line: digits, an
// optional decimal part, an optional unit. Signs, exponents, hexadecimal,
// NaN and infinities are not sizes.
var sizePattern = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?)\s*([a-z]*)$`)

// maxSize is the largest size ParseSize accepts, a terabyte (far past any
// report; float64 holds every whole byte up to it).
const maxSize = 1 << 40

// ParseSize reads a size as written on the command line: a whole number
// of bytes, optionally with a unit (50MB, 1.5 GB, 200k; powers of 1024).
// A size with a unit is rounded down to a whole byte; a size of less than
// one byte, or a fraction of a byte written in bytes (0.5, 0.9b), is an
// error.
func ParseSize(s string) (int64, error) {
	m := sizePattern.FindStringSubmatch(strings.ToLower(strings.TrimSpace(s)))
	if m == nil {
		return 0, fmt.Errorf("%q is not a size (write it as 50MB, 1GB or a number of bytes)", s)
	}
	factor, ok := sizeUnits[m[2]]
	if !ok {
		return 0, fmt.Errorf("%q has an unknown unit %q (write B, KB, MB or GB)", s, m[2])
	}
	n, err := strconv.ParseFloat(m[1], 64)
	bytes := n * float64(factor)
	switch {
	case err != nil, bytes > maxSize:
		return 0, fmt.Errorf("%q is too large (at most %s)", s, FormatSize(maxSize))
	case bytes < 1:
		return 0, fmt.Errorf("%q is less than one byte", s)
	case factor == 1 && bytes != math.Trunc(bytes):
		return 0, fmt.Errorf("%q is not a whole number of bytes", s)
	}
	return int64(bytes), nil
}
