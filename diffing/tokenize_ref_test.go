package diffing

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/internal/scaletext"
)

// referenceTokenize is Tokenize as it was before NextWord classified ASCII
// by table: every rune decoded and classified by package unicode. The
// faster Tokenize must agree with it.
func referenceTokenize(text string) []Token {
	var tokens []Token
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) || referenceJoinsWord(text, start, i, r, size) {
				i += size
				continue
			}
			break
		}
		tokens = append(tokens, Token{Start: start, End: i, Norm: referenceNormalize(text[start:i])})
	}
	return tokens
}

func referenceJoinsWord(text string, start, i int, r rune, size int) bool {
	if i+size >= len(text) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	switch r {
	case '\'', '’', '-', '‐', '‑':
		return isWordRune(prev) && isWordRune(next)
	case ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	case '.':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return true
		}
		return unicode.IsUpper(prev) && unicode.IsUpper(next) && isSingleLetterBefore(text, start, i)
	}
	return false
}

func referenceNormalize(word string) string {
	if !isPlainASCII(word) {
		word = foldAccents(word)
	}
	w := strings.ToLower(word)
	w = strings.ReplaceAll(w, "’", "'")
	w = strings.TrimSuffix(w, "'s")
	if strings.ContainsAny(w, "'-‐‑") {
		w = strings.NewReplacer("'", "", "-", "", "‐", "", "‑", "").Replace(w)
	}
	if strings.ContainsAny(w, ",.") {
		w = normalizeNumber(w)
	}
	if n, ok := numberWords[w]; ok {
		return n
	}
	return w
}

// tokenizeCases sit on the edges of the word rules.
var tokenizeCases = []string{
	"", " ", "a", "’", "a’", "’a", "a’b", "a'b'c", "a--b", "a-‐b", "1,2,3", "1,", ",1", "1.2.3", "1.", "U.S.", "U.S.A", "u.s.",
	"A.B.C.D", "AB.C", "x\xffy", "\xff", "é", "e\u0301", "\u0301a", "Zürich’s", "Iran’s 1,400 U.S. troops,” Kirby said.",
	"naïve café—déjà vu", "日本語のテキスト", "Ⅻ ⅻ", "١٢٣ ٤", "K.\u212A.", "ǅ.ǅ", "3.14.", "don’t-stop", "'s", "X's",
}

// tokenizeTexts are the texts Tokenize is compared on: the edge cases,
// the seeds and, when the shared data is beside the project, the news
// sentences and the two Bibles' chapters.
func tokenizeTexts(t *testing.T) []string {
	texts := append([]string(nil), tokenizeCases...)
	seeds, err := filepath.Glob("../seeds/*.txt")
	require.NoError(t, err)
	for _, name := range seeds {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		texts = append(texts, string(data))
	}
	dir := scaletext.Dir()
	if dir == "" {
		return texts
	}
	for _, name := range scaletext.Files {
		data, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		texts = append(texts, string(data))
	}
	for _, set := range []string{"news_synth", "news_ecb"} {
		data, err := os.ReadFile(filepath.Join(dir, "..", set, "docs.json"))
		if err != nil {
			continue
		}
		var docs map[string]map[string]string
		require.NoError(t, json.Unmarshal(data, &docs))
		for _, doc := range docs {
			for _, sentence := range doc {
				texts = append(texts, sentence)
			}
		}
	}
	return texts
}

func TestTokenizeMatchesTheReference(t *testing.T) {
	for _, text := range tokenizeTexts(t) {
		if !assert.Equal(t, referenceTokenize(text), Tokenize(text), "%.200q", text) {
			return
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		require.Equal(t, referenceTokenize(text), Tokenize(text))
	})
}

func TestNormalizeMatchesTheReference(t *testing.T) {
	for _, text := range tokenizeTexts(t) {
		for _, w := range strings.Fields(text) {
			if !assert.Equal(t, referenceNormalize(w), Normalize(w), "%q", w) {
				return
			}
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range append(tokenizeCases, "Four", "four", "seventeen", "1,400", "U.S", "x's", "'s", "-", ",", ".", "a,b.c") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		require.Equal(t, referenceNormalize(word), Normalize(word))
	})
}
