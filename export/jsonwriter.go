package export

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/parallax-reader/parallax/model"
)

// jsonWriter appends JSON to a buffer in exactly the form encoding/json
// gives with SetEscapeHTML(false) and SetIndent("", " "), followed by
// escapeControls: members and elements one a line, indented by one space a
// level; empty objects and arrays as {} and []; strings escaped as
// encoding/json escapes them, and C1 and bidirectional controls as \u
// escapes too. TestJSONWriterMatchesEncodingJSON and FuzzJSONWriter hold
// it to that. Writing by hand, rather than through reflection and a
// second pass to indent, is several times faster on long reports.
type jsonWriter struct {
	buf   []byte
	depth int  // nesting of the value being written
	first bool // no member or element written yet in the innermost object or array
	err   error
}

// openObject starts an object.
func (w *jsonWriter) openObject() {
	w.buf = append(w.buf, '{')
	w.depth++
	w.first = true
}

// closeObject ends an object.
func (w *jsonWriter) closeObject() { w.close('}') }

// openArray starts an array.
func (w *jsonWriter) openArray() {
	w.buf = append(w.buf, '[')
	w.depth++
	w.first = true
}

// closeArray ends an array.
func (w *jsonWriter) closeArray() { w.close(']') }

func (w *jsonWriter) close(c byte) {
	w.depth--
	if !w.first {
		w.newline()
	}
	w.buf = append(w.buf, c)
	w.first = false
}

// key starts a member of the current object; its value follows.
func (w *jsonWriter) key(name string) { w.buf = w.appendKey(w.buf, name) }

// appendKey appends the start of a member named name to b. The writer
// works on a local slice and stores it once, as a member is the most
// frequent thing it writes.
func (w *jsonWriter) appendKey(b []byte, name string) []byte {
	b = w.appendNext(b)
	b = append(b, '"')
	b = append(b, name...)
	return append(b, '"', ':', ' ')
}

// next starts an element of the current array, or a member of the
// current object.
func (w *jsonWriter) next() { w.buf = w.appendNext(w.buf) }

// appendNext appends the start of an element or member to b: a comma
// after the first, then a new line.
func (w *jsonWriter) appendNext(b []byte) []byte {
	if !w.first {
		b = append(b, ',')
	}
	w.first = false
	return w.appendNewline(b)
}

// newlineIndent is a new line and the indentation of the deepest JSON
// parallax writes (and more).
const newlineIndent = "\n                                "

func (w *jsonWriter) newline() { w.buf = w.appendNewline(w.buf) }

// appendNewline appends a new line and the indentation of the current
// depth to b.
func (w *jsonWriter) appendNewline(b []byte) []byte {
	if w.depth < len(newlineIndent) {
		return append(b, newlineIndent[:1+w.depth]...)
	}
	b = append(b, '\n')
	for range w.depth {
		b = append(b, ' ')
	}
	return b
}

// null writes null, encoding/json's form of a nil slice or pointer.
func (w *jsonWriter) null() { w.buf = append(w.buf, "null"...) }

// int writes an integer.
func (w *jsonWriter) int(n int) { w.buf = strconv.AppendInt(w.buf, int64(n), 10) }

// bool writes true or false.
func (w *jsonWriter) bool(b bool) { w.buf = strconv.AppendBool(w.buf, b) }

// float writes a float64 as encoding/json does: like ES6, in plain
// notation between 1e-6 and 1e21 and with an exponent outside. JSON has no
// infinities and no NaN; writing one is an error, as in encoding/json.
func (w *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if w.err == nil {
			w.err = fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
		}
		w.buf = append(w.buf, '0')
		return
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.buf = strconv.AppendFloat(w.buf, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9
		if n := len(w.buf); n >= 4 && w.buf[n-4] == 'e' && w.buf[n-3] == '-' && w.buf[n-2] == '0' {
			w.buf[n-2] = w.buf[n-1]
			w.buf = w.buf[:n-1]
		}
	}
}

// jsonSafe marks the ASCII bytes a JSON string holds as they are: not the
// quote and backslash, and not the controls (DEL included, which
// encoding/json would leave raw).
var jsonSafe = func() (safe [utf8.RuneSelf]bool) {
	for b := ' '; b < utf8.RuneSelf; b++ {
		safe[b] = b != '"' && b != '\\' && b != 0x7f
	}
	return safe
}()

const hexDigits = "0123456789abcdef"

// string writes s as a JSON string. Control characters, line and
// paragraph separators and bidirectional controls are escaped, so that a
// terminal showing the JSON cannot be controlled by article text; invalid
// UTF-8 bytes become \ufffd.
func (w *jsonWriter) string(s string) {
	b := append(w.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029' || r <= 0x9f || model.IsBidiControl(r):
			// Line and paragraph separators (as encoding/json escapes
			// them), C1 controls and bidirectional controls.
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	w.buf = append(b, '"')
}
