package source

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decoded is an input's text as UTF-8.
type decoded struct {
	// text is the UTF-8 text.
	text string
	// encoding names what the bytes were decoded from.
	encoding string
	// derived is true when text is not the input's bytes.
	derived bool
	// notes describe guesses and repairs, for warnings.
	notes []string
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode turns data into UTF-8 text. In order:
//
//   - A byte order mark decides: UTF-8 (the mark is kept, so offsets still
//     index the file), UTF-16 little- or big-endian.
//   - Otherwise NUL bytes mean a binary file (UTF-16 needs its mark).
//   - A declared charset (an HTTP Content-Type, an HTML <meta>) decides
//     next, by its WHATWG label.
//   - Valid UTF-8 is taken as it is.
//   - Text that is not valid UTF-8 is Windows-1252 (a superset of Latin-1)
//     when its invalid bytes outnumber its valid multi-byte characters,
//     and otherwise UTF-8 with damage: each invalid byte becomes U+FFFD.
func decode(data []byte, declared string) (decoded, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return decodeUTF8(data), nil
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeWith(data, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le")
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeWith(data, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be")
	case bytes.IndexByte(data, 0) >= 0:
		return decoded{}, ErrBinary
	}
	if declared != "" {
		if enc, name := charset.Lookup(declared); enc != nil && name != "utf-8" && !strings.HasPrefix(name, "utf-16") {
			return decodeWith(data, enc, name)
		}
	}
	if utf8.Valid(data) {
		return decoded{text: string(data), encoding: "utf-8"}, nil
	}
	invalid, multibyte := countUTF8(data)
	if invalid > multibyte {
		d, err := decodeWith(data, charmap.Windows1252, "windows-1252")
		d.notes = append(d.notes, "is not valid UTF-8; read it as Windows-1252 (Latin-1)")
		return d, err
	}
	return decodeUTF8(data), nil
}

// decodeUTF8 takes data as UTF-8, replacing each invalid byte with U+FFFD.
func decodeUTF8(data []byte) decoded {
	if utf8.Valid(data) {
		return decoded{text: string(data), encoding: "utf-8"}
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	replaced := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			replaced++
		} else {
			b.Write(data[i : i+size])
		}
		i += size
	}
	return decoded{text: b.String(), encoding: "utf-8", derived: true,
		notes: []string{fmt.Sprintf("has %d invalid UTF-8 %s; replaced with �", replaced, plural(replaced, "byte", "bytes"))}}
}

// decodeWith decodes data with enc, which the text is said to be in.
func decodeWith(data []byte, enc encoding.Encoding, name string) (decoded, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return decoded{}, fmt.Errorf("cannot decode it as %s: %w", name, err)
	}
	if bytes.IndexByte(out, 0) >= 0 {
		return decoded{}, ErrBinary
	}
	d := decodeUTF8(out) // decoders write U+FFFD for bad input; this only guards
	d.encoding, d.derived = name, true
	return d, nil
}

// countUTF8 counts data's invalid bytes and its valid multi-byte characters.
func countUTF8(data []byte) (invalid, multibyte int) {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			invalid++
		case size > 1:
			multibyte++
		}
		i += size
	}
	return invalid, multibyte
}

// charsetParam returns the charset a Content-Type header declares.
func charsetParam(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// metaCharset finds the charset an HTML page declares in a <meta> near its
// start, as <meta charset="…"> or <meta http-equiv content="…; charset=…">.
var metaCharset = regexp.MustCompile(`(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// declaredHTMLCharset returns the charset declared in the first 1024 bytes
// of an HTML page, as browsers look for it.
func declaredHTMLCharset(data []byte) string {
	if m := metaCharset.FindSubmatch(data[:min(len(data), 1024)]); m != nil {
		return string(m[1])
	}
	return ""
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
