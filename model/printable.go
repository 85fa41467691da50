package model

import (
	"strings"
	"unicode/utf8"
)

// Printable returns s made safe to write to a terminal: every character that
// could control the terminal or reorder what it shows is replaced by a
// visible placeholder of width one, so article text can never move the
// cursor, change the window title, write the clipboard, open links or hide
// text behind bidirectional overrides.
//
//   - Line breaks and tabs become a space (passages are shown reflowed).
//   - Other C0 controls and DEL become their Unicode control pictures
//     (ESC shows as ␛), which also defuses every escape sequence.
//   - C1 controls, bidirectional embeddings, overrides and isolates, and
//     invalid UTF-8 bytes become U+FFFD (�).
//
// Printable returns s itself, without allocating, when nothing needs
// replacing.
func Printable(s string) string {
	i := firstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 && r == utf8.RuneError {
			b.WriteRune(utf8.RuneError)
		} else if p, ok := placeholder(r); ok {
			b.WriteRune(p)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// IsPrintable reports whether Printable would return s unchanged.
func IsPrintable(s string) bool { return firstUnsafe(s) < 0 }

// firstUnsafe returns the byte index of the first character Printable
// replaces, or -1.
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 && r == utf8.RuneError {
			return i
		}
		if _, ok := placeholder(r); ok {
			return i
		}
		i += size
	}
	return -1
}

// placeholder returns what r is shown as when it is not safe to show.
func placeholder(r rune) (rune, bool) {
	switch {
	case r == '\n' || r == '\r' || r == '\t':
		return ' ', true
	case r < 0x20:
		return 0x2400 + r, true // control pictures: ␀ ␁ ... ␛ ...
	case r == 0x7f:
		return '␡', true
	case r >= 0x80 && r <= 0x9f:
		return utf8.RuneError, true
	case IsBidiControl(r):
		return utf8.RuneError, true
	}
	return 0, false
}

// IsBidiControl reports whether r is a bidirectional embedding, override or
// isolate control, or a directional mark ("Trojan Source" characters).
func IsBidiControl(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}
