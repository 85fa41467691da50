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
//     next, by its WHATWG label, unless the text is valid UTF-8 with
//     characters beyond ASCII: such a text is UTF-8 whatever its page says,
//     as browsers' and Readability's sniffing read it (a legacy charset
//     almost never makes valid multi-byte UTF-8 by chance).
//   - Valid UTF-8 is taken as it is.
//   - Text that is not valid UTF-8 is read run by run: what is valid UTF-8
//     stays UTF-8, and each invalid byte is read as a character of a legacy
//     8-bit encoding, Windows-1252 (a superset of Latin-1), or Windows-1251
//     when the invalid bytes mostly spell Cyrillic words (see
//     legacyCharmap). UTF-8 text with a few pasted Latin-1 bytes keeps its
//     curly quotes; a text wholly in Windows-1252 reads as it did.
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
		enc, name := charset.Lookup(declared)
		isLegacy := enc != nil && name != "utf-8" && !strings.HasPrefix(name, "utf-16")
		if isLegacy && !(utf8.Valid(data) && !isASCII(data)) {
			return decodeWith(data, enc, name)
		}
	}
	return decodeUTF8(data), nil
}

// decodeUTF8 takes data as UTF-8, reading each byte that is not valid
// UTF-8 as a character of the legacy encoding legacyCharmap picks.
func decodeUTF8(data []byte) decoded {
	if utf8.Valid(data) {
		return decoded{text: string(data), encoding: "utf-8"}
	}
	legacy := legacyCharmap(data)
	var b strings.Builder
	b.Grow(len(data) + len(data)/2)
	invalid, multibyte := 0, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(legacy.charmap.DecodeByte(data[i]))
			invalid++
		case size > 1:
			b.Write(data[i : i+size])
			multibyte++
		default:
			b.WriteByte(data[i])
		}
		i += size
	}
	d := decoded{text: b.String(), encoding: "utf-8", derived: true}
	if multibyte == 0 {
		d.encoding = legacy.name
		d.notes = []string{fmt.Sprintf("is not valid UTF-8; read it as %s", legacy.label)}
		return d
	}
	d.notes = []string{fmt.Sprintf("has %d %s not valid UTF-8; read %s as %s", invalid,
		plural(invalid, "byte that is", "bytes that are"), plural(invalid, "it", "them"), legacy.label)}
	return d
}

// legacyEncoding is an 8-bit encoding that bytes which are not UTF-8 are
// read in.
type legacyEncoding struct {
	charmap *charmap.Charmap
	name    string // as Document.Encoding gives it
	label   string // as warnings write it
}

var (
	windows1252 = legacyEncoding{charmap.Windows1252, "windows-1252", "Windows-1252 (Latin-1)"}
	windows1251 = legacyEncoding{charmap.Windows1251, "windows-1251", "Windows-1251 (Cyrillic)"}
)

// minCyrillicRun is the shortest run of invalid bytes taken for a Cyrillic
// word in Windows-1251. Latin-1 text seldom has three accented letters in a
// row; Russian words are mostly longer than two letters.
const minCyrillicRun = 3

// legacyCharmap picks the encoding for data's bytes that are not UTF-8:
// Windows-1251 when most of them lie in runs of minCyrillicRun or more
// bytes that are all Cyrillic letters in Windows-1251 (А–я, Ё, ё), and
// Windows-1252 otherwise.
func legacyCharmap(data []byte) legacyEncoding {
	invalid, cyrillic, run := 0, 0, 0
	endRun := func() {
		if run >= minCyrillicRun {
			cyrillic += run
		}
		run = 0
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || size != 1 {
			endRun()
			i += size
			continue
		}
		invalid++
		if c := data[i]; c >= 0xC0 || c == 0xA8 || c == 0xB8 {
			run++
		} else {
			endRun()
		}
		i++
	}
	endRun()
	if 2*cyrillic > invalid {
		return windows1251
	}
	return windows1252
}

// isASCII reports whether data holds only ASCII bytes.
func isASCII(data []byte) bool {
	for _, c := range data {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
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
	// Decoders write U+FFFD for bytes their encoding lacks; this only guards.
	text := strings.ToValidUTF8(string(out), "\uFFFD")
	return decoded{text: text, encoding: name, derived: true}, nil
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
