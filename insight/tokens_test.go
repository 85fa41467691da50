package insight

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
)

// tokenizerCases are texts on which the tokenizer and diffing.Tokenize must
// agree: every rule of word boundaries and normal forms, and text that is
// not valid UTF-8.
var tokenizerCases = []string{
	"",
	"White House spokesperson John Kirby said.",
	"Iran’s Foreign Minister Hossein Amir-Abdollahian, Iran's U.S. U.N. 1,400 1.4 3.",
	"rock 'n' roll -dash- trailing' 'leading end-",
	"A.B.C. a.b U.S.A. I.B.M.x Ph.D 1,2,3 1.2.3 ,5 5, .5 5.",
	"Ünïcödé naïve café résumé Ångström ﬁne İstanbul ǅ ß",
	"twenty-seven one hundred Thousand MILLION four's",
	"‐hyphen‐ ‑nb‑hyphen‑ ’tis don’t",
	"\xff\xfe broken\xc3 \x80text \xe2\x80",
	"combining e\u0301 \u0301start digits ٣٤ ١,٢ x²",
	"tab\tnewline\nnbsp\u00a0ideographic\u3000space 日本語 テキスト",
	"O'Neill O’Brien d'Artagnan l'État 'quoted' ‘curly’",
}

// assertTokenizerMatchesDiffing checks the tokenizer against diffing.Tokenize
// on text, and fieldCount against strings.Fields.
func assertTokenizerMatchesDiffing(t *testing.T, text string) {
	t.Helper()
	want := diffing.Tokenize(text)
	tz := newTokenizer(0)
	asDiffing := func(tokens []token) []diffing.Token {
		var out []diffing.Token
		for _, tok := range tokens {
			out = append(out, diffing.Token{Start: int(tok.start), End: int(tok.end), Norm: tz.norms[tok.norm]})
		}
		return out
	}
	got := tz.tokens(text, nil)
	assert.Equal(t, want, asDiffing(got), "%q", text)
	// A second pass reads the spellings from the cache.
	assert.Equal(t, want, asDiffing(tz.tokens(text, got[:0])), "%q, cached", text)
	ids := map[string]int32{}
	for _, tok := range got {
		if id, ok := ids[tz.norms[tok.norm]]; ok {
			assert.Equal(t, id, tok.norm, "one number per normal form")
		}
		ids[tz.norms[tok.norm]] = tok.norm
	}
	assert.Len(t, tz.norms, len(ids), "no number without its words")
	assert.Equal(t, len(strings.Fields(text)), fieldCount(text), "%q", text)
}

func TestTokenizerMatchesDiffing(t *testing.T) {
	for _, text := range tokenizerCases {
		assertTokenizerMatchesDiffing(t, text)
	}
	for _, name := range []string{"1-white-house-confirms-message.txt", "2-white-house-admits-message.txt"} {
		data, err := os.ReadFile(filepath.Join("../seeds", name))
		require.NoError(t, err)
		assertTokenizerMatchesDiffing(t, string(data))
	}
}

// FuzzTokenizer checks that the tokenizer finds the words diffing.Tokenize
// finds, with the same offsets and normal forms, on any text.
func FuzzTokenizer(f *testing.F) {
	for _, text := range tokenizerCases {
		f.Add(text)
	}
	f.Fuzz(assertTokenizerMatchesDiffing)
}
