package source

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

// utf16 encodes s as UTF-16 with a byte order mark.
func utf16(s string, bigEndian bool) string {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, r := range s {
		if r > 0xFFFF {
			r -= 0x10000
			for _, u := range []rune{0xD800 + r>>10, 0xDC00 + r&0x3FF} {
				out = appendUnit(out, u, bigEndian)
			}
			continue
		}
		out = appendUnit(out, r, bigEndian)
	}
	return string(out)
}

func appendUnit(out []byte, u rune, bigEndian bool) []byte {
	if bigEndian {
		return append(out, byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8))
}

func TestOpenDecodesEncodings(t *testing.T) {
	const report = "Café owners said: “We are closed.” The storm hit. 🌊\n"
	tests := []struct {
		name     string
		file     string
		data     string
		encoding string
		derived  bool
		warning  string
		want     []string
	}{
		{name: "UTF-8", file: "a.txt", data: report, encoding: "utf-8",
			want: []string{"Café owners said: “We are closed.”", "The storm hit.", "🌊"}},
		{name: "UTF-8 with a byte order mark keeps offsets into the file", file: "a.txt", data: "\uFEFF" + report, encoding: "utf-8",
			want: []string{"Café owners said: “We are closed.”", "The storm hit.", "🌊"}},
		{name: "UTF-16 little-endian with a byte order mark", file: "a.txt", data: utf16(report, false), encoding: "utf-16le", derived: true,
			want: []string{"Café owners said: “We are closed.”", "The storm hit.", "🌊"}},
		{name: "UTF-16 big-endian with a byte order mark", file: "a.txt", data: utf16(report, true), encoding: "utf-16be", derived: true,
			want: []string{"Café owners said: “We are closed.”", "The storm hit.", "🌊"}},
		{name: "Windows-1252 with curly quotes", file: "a.txt", data: "Caf\xe9 owners said: \x93We are closed.\x94 The storm hit.\n",
			encoding: "windows-1252", derived: true, warning: "read it as Windows-1252",
			want: []string{"Café owners said: “We are closed.”", "The storm hit."}},
		{name: "Latin-1", file: "a.txt", data: "Na\xefve caf\xe9 owners stayed. The storm hit.\n",
			encoding: "windows-1252", derived: true, warning: "read it as Windows-1252",
			want: []string{"Naïve café owners stayed.", "The storm hit."}},
		{name: "UTF-8 with an invalid byte reads it as Windows-1252", file: "a.txt", data: "Café owners \xff stayed. The storm “hit”.\n",
			encoding: "utf-8", derived: true, warning: "has 1 byte that is not valid UTF-8; read it as Windows-1252 (Latin-1)",
			want: []string{"Café owners ÿ stayed.", "The storm “hit”."}},
		{name: "UTF-8 with more Latin-1 bytes than UTF-8 characters keeps its curly quotes", file: "a.txt",
			data:     "“Caf\xe9 na\xefve \xe0 la cr\xe8me br\xfbl\xe9e,” he said. The storm hit.\n",
			encoding: "utf-8", derived: true, warning: "has 6 bytes that are not valid UTF-8; read them as Windows-1252 (Latin-1)",
			want: []string{"“Café naïve à la crème brûlée,” he said.", "The storm hit."}},
		{name: "UTF-8 with a Cyrillic word in Windows-1251", file: "a.txt",
			data:     "“The storm hit \xcc\xee\xf1\xea\xe2\xe0,” he said. It rained.\n",
			encoding: "utf-8", derived: true, warning: "has 6 bytes that are not valid UTF-8; read them as Windows-1251 (Cyrillic)",
			want: []string{"“The storm hit Москва,” he said.", "It rained."}},
		{name: "Windows-1251", file: "a.txt", data: "\xcc\xee\xf1\xea\xe2\xe0 \xe8 \xcf\xe8\xf2\xe5\xf0 stayed.\n",
			encoding: "windows-1251", derived: true, warning: "is not valid UTF-8; read it as Windows-1251 (Cyrillic)",
			want: []string{"Москва и Питер stayed."}},
		{name: "HTML declaring a legacy charset but written in UTF-8", file: "a.html",
			data:     `<html><head><meta charset="gb2312"><title>T</title></head><body><p>暴风雨袭击了海岸。“Café” stayed.</p></body></html>`,
			encoding: "utf-8", derived: true,
			want: []string{"暴风雨袭击了海岸。", "“Café” stayed."}},
		{name: "HTML in the legacy charset it declares", file: "a.html",
			data:     `<html><head><meta charset="gb2312"><title>T</title></head><body><p>` + "\xb1\xa9\xb7\xe7\xd3\xea\xcf\xae\xbb\xf7\xc1\xcb\xba\xa3\xb0\xb6\xa1\xa3" + ` stayed.</p></body></html>`,
			encoding: "gbk", derived: true,
			want: []string{"暴风雨袭击了海岸。", "stayed."}},
		{name: "HTML declaring its charset in a meta element", file: "a.html",
			data:     `<html><head><meta charset="iso-8859-1"><title>T</title></head><body><p>Caf` + "\xe9" + ` owners stayed. The storm hit.</p></body></html>`,
			encoding: "windows-1252", derived: true,
			want: []string{"Café owners stayed.", "The storm hit."}},
		{name: "HTML declaring a Cyrillic charset with http-equiv", file: "a.html",
			data:     `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>` + "\xcc\xee\xf1\xea\xe2\xe0" + ` stayed.</p></body></html>`,
			encoding: "windows-1251", derived: true,
			want: []string{"Москва stayed."}},
		{name: "UTF-16 HTML without a file extension", file: "page", data: utf16("<!doctype html><title>T</title><p>The storm hit.</p>", false),
			encoding: "utf-16le", derived: true, want: []string{"The storm hit."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{tt.file: tt.data, "other.txt": "Another report."})
			res, err := open(t, []string{filepath.Join(dir, tt.file), filepath.Join(dir, "other.txt")}, Options{})
			require.NoError(t, err)
			a := res.Articles[0]
			requireValidArticle(t, a)
			assert.Equal(t, tt.encoding, a.Encoding)
			assert.Equal(t, tt.derived, a.Derived)
			if !tt.derived {
				assert.Equal(t, tt.data, a.Text, "offsets index the file as read")
			}
			assert.Equal(t, tt.want, prose(a))
			if tt.warning == "" {
				assert.Empty(t, res.Warnings)
			} else {
				require.Len(t, res.Warnings, 1, "one warning, however many bad bytes")
				assert.Contains(t, res.Warnings[0].String(), tt.warning)
				assert.Contains(t, res.Warnings[0].Input, tt.file)
			}
		})
	}
}

func TestDecodeReportsInvalidBytesOnce(t *testing.T) {
	d, err := decode([]byte("“One” \xff two \xfe\xfd three “four” “five”"), "")
	require.NoError(t, err)
	assert.Equal(t, "“One” ÿ two þý three “four” “five”", d.text)
	assert.Equal(t, []string{"has 3 bytes that are not valid UTF-8; read them as Windows-1252 (Latin-1)"}, d.notes)
}

func TestDecodeReadsInvalidBytesRunByRun(t *testing.T) {
	tests := []struct {
		name, in, want, encoding string
	}{
		{"each invalid byte between valid characters", "“a\x93b\x94” \xe9", "“a“b”” é", "utf-8"},
		{"a lead byte cut short is one invalid byte", "“a” \xe2\x80 b", "“a” â€ b", "utf-8"},
		{"Windows-1252 alone", "Caf\xe9 \x93x\x94", "Café “x”", "windows-1252"},
		{"Cyrillic runs pick Windows-1251", "\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0", "Привет мир", "windows-1251"},
		{"short runs of accented letters stay Latin-1", "Gr\xf6\xdfe \xe0 \xe9t\xe9", "Größe à été", "windows-1252"},
		{"a byte order mark, then Latin-1", "\uFEFFCaf\xe9", "\uFEFFCafé", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := decode([]byte(tt.in), "")
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.text)
			assert.Equal(t, tt.encoding, d.encoding)
			assert.True(t, d.derived)
			require.Len(t, d.notes, 1)
		})
	}
}

func TestDecodeRejectsBinary(t *testing.T) {
	for name, data := range map[string]string{
		"NUL bytes":                "PK\x03\x04\x00\x00zip",
		"UTF-16 without a BOM":     "T\x00h\x00e\x00",
		"UTF-16 holding NUL chars": utf16("a\x00b", false),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := decode([]byte(data), "")
			assert.ErrorIs(t, err, ErrBinary)
		})
	}
}

func TestOpenKeepsFileOffsetsForLineEndings(t *testing.T) {
	for name, sep := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r"} {
		t.Run(name, func(t *testing.T) {
			data := "First line here." + sep + sep + "Second line here." + sep
			dir := writeFiles(t, map[string]string{"a.txt": data, "b.txt": data})
			res, err := open(t, []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}, Options{Unit: model.UnitLine})
			require.NoError(t, err)
			a := res.Articles[0]
			assert.False(t, a.Derived)
			assert.Equal(t, data, a.Text)
			require.Len(t, a.Passages, 2)
			assert.Equal(t, "Second line here.", data[a.Passages[1].Start:a.Passages[1].End])
		})
	}
}
