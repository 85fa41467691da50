package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// referenceJSON is how parallax wrote JSON before it had its own writer:
// encoding/json, indented, then C1 and bidirectional controls escaped. The
// writer must give the same bytes.
func referenceJSON(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	require.NoError(t, enc.Encode(v))
	var out bytes.Buffer
	bw := bufio.NewWriter(&out)
	escapeControls(bw, buf.Bytes())
	require.NoError(t, bw.Flush())
	return out.Bytes()
}

// escapeControls copies JSON to w, writing DEL, C1 and bidirectional
// control characters as \u escapes (encoding/json leaves them raw).
func escapeControls(w *bufio.Writer, data []byte) {
	done := 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == 0x7f {
			w.Write(data[done:i])
			w.WriteString(`\u007f`)
			done = i + 1
			continue
		}
		if c != 0xC2 && c != 0xD8 && c != 0xE2 {
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if (r >= 0x80 && r <= 0x9f) || model.IsBidiControl(r) {
			w.Write(data[done:i])
			fmt.Fprintf(w, `\u%04x`, r)
			done = i + size
		}
		i += size - 1
	}
	w.Write(data[done:])
}

// writeJSONBytes runs WriteJSON.
func writeJSONBytes(t testing.TB, al *diffing.Alignment) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, al))
	return buf.Bytes()
}

// alignTexts aligns reports given as text.
func alignTexts(texts ...string) *diffing.Alignment {
	arts := make([]*model.Article, len(texts))
	for i, text := range texts {
		arts[i] = model.Parse(fmt.Sprintf("%c.txt", 'a'+i), text, model.UnitSentence)
	}
	return diffing.Align(arts, diffing.DefaultConfig())
}

// longReports repeats the seeds and hostile text with numbered changes.
func longReports(t *testing.T) *diffing.Alignment {
	t.Helper()
	arts := seedArticles(t)
	var a, b strings.Builder
	for k := range 4 {
		fmt.Fprintf(&a, "Report %d.\n\n%s\n\n%s\n\n", k, arts[0].Text, hostileJSON)
		fmt.Fprintf(&b, "Report %d.\n\n%s\n\n%s\n\n", k, arts[1].Text, strings.ReplaceAll(hostileJSON, "1,400", fmt.Sprint(1000+k)))
	}
	return alignTexts(a.String(), b.String())
}

// shortPieces makes the writer cut every list of more than three elements
// into pieces written in parallel, and pieces into blocks of about 200
// bytes (an element or two), for the rest of the test.
func shortPieces(t *testing.T) {
	prevElements, prevBlock := pieceElements, blockSize
	pieceElements, blockSize = 3, 200
	t.Cleanup(func() { pieceElements, blockSize = prevElements, prevBlock })
}

func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	shortPieces(t)
	for name, al := range map[string]*diffing.Alignment{
		"seeds":   diffing.Align(seedArticles(t), diffing.DefaultConfig()),
		"hostile": alignTexts(hostileJSON, strings.ReplaceAll(hostileJSON, "Monday", "Tuesday")),
		"long":    longReports(t),
		"three":   alignTexts(hostileJSON, hostile, "Troops moved on Monday, said Mayor Ann Lee.\n"),
		"empty":   alignTexts(".", "!"),
	} {
		t.Run(name, func(t *testing.T) {
			got := writeJSONBytes(t, al)
			assert.Equal(t, string(referenceJSON(t, NewDocument(al))), string(got))
		})
	}
}

func TestWriteJSONIsTheSameOnOneProcessorAndOnMany(t *testing.T) {
	al := longReports(t)
	want := writeJSONBytes(t, al) // pieces of 256 elements
	shortPieces(t)
	assert.True(t, bytes.Equal(want, writeJSONBytes(t, al)), "pieces of 3 elements in blocks give other bytes")
	for _, procs := range []int{1, 2, 4, runtime.NumCPU()} {
		prev := runtime.GOMAXPROCS(procs)
		got := writeJSONBytes(t, al)
		runtime.GOMAXPROCS(prev)
		assert.True(t, bytes.Equal(want, got), "GOMAXPROCS=%d gives other bytes", procs)
	}
	assert.True(t, bytes.Equal(want, writeJSONBytes(t, al)), "a second run gives other bytes")
}

func TestWriteJSONFailsOnlyOnValuesJSONCannotHold(t *testing.T) {
	var w jsonWriter
	w.float(math.Inf(1))
	require.Error(t, w.err)
	assert.Contains(t, w.err.Error(), "unsupported value: +Inf")
}

// jsonWriterStrings are strings the writer must escape as encoding/json
// does, and C1 and bidirectional controls as escapeControls did.
var jsonWriterStrings = []string{
	"", "plain", `quote " and \ backslash`, "<b>&amp;</b>", "\x00\x01\x07\b\t\n\v\f\r\x1b\x1f\x7f",
	"\u0080\u0085\u009f\u00a0é", "\u061c\u200e\u200f\u202a\u202e\u2066\u2069\u2028\u2029\u2030",
	"\xff\xfe\xc3\xe2\x80 broken", "日本語 🙂 \U0010ffff", hostileJSON,
}

// jsonWriterFloats are numbers at the edges of encoding/json's formats.
var jsonWriterFloats = []float64{0, math.Copysign(0, -1), 1, -1, 0.4639, 1e-6, 9.99e-7, 1e20, 1e21, 1.5e300, 1400000, 1e-9, -2.5e-12, math.MaxFloat64, math.SmallestNonzeroFloat64}

func assertStringLikeEncodingJSON(t *testing.T, s string) {
	var w jsonWriter
	w.string(s)
	var want bytes.Buffer
	bw := bufio.NewWriter(&want)
	b, err := jsonMarshal(s)
	require.NoError(t, err)
	escapeControls(bw, b)
	require.NoError(t, bw.Flush())
	assert.Equal(t, want.String(), string(w.buf), "%q", s)
}

func assertFloatLikeEncodingJSON(t *testing.T, f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return
	}
	var w jsonWriter
	w.float(f)
	want, err := json.Marshal(f)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(w.buf), "%v", f)
}

// jsonMarshal encodes v without escaping HTML.
func jsonMarshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), err
}

func TestJSONWriterMatchesEncodingJSON(t *testing.T) {
	for _, s := range jsonWriterStrings {
		assertStringLikeEncodingJSON(t, s)
	}
	for _, f := range jsonWriterFloats {
		assertFloatLikeEncodingJSON(t, f)
		assertFloatLikeEncodingJSON(t, -f)
	}
}

func FuzzJSONWriterString(f *testing.F) {
	for _, s := range jsonWriterStrings {
		f.Add(s)
	}
	f.Fuzz(assertStringLikeEncodingJSON)
}

func FuzzJSONWriterFloat(f *testing.F) {
	for _, x := range jsonWriterFloats {
		f.Add(x)
	}
	f.Fuzz(assertFloatLikeEncodingJSON)
}

// FuzzWriteJSON checks that the JSON of any two reports is what
// encoding/json writes for their Document.
func FuzzWriteJSON(f *testing.F) {
	f.Add(hostileJSON, hostile)
	f.Add("“A quote,” he said on Monday.", `"A quote," said Mr. Smith on Tuesday.`)
	f.Add("At least 1,400 people \x85 fled.", "About 1,200 people \u202e fled.")
	f.Fuzz(func(t *testing.T, a, b string) {
		if strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
			t.Skip()
		}
		al := alignTexts(a, b)
		assert.Equal(t, string(referenceJSON(t, NewDocument(al))), string(writeJSONBytes(t, al)))
	})
}
