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

// referenceTokenize is Tokenize as a plain specification: every rune
// decoded and classified by package unicode, one rule per kind of joining
// character. The faster Tokenize must agree with it.
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
		last := scriptOf(r)
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				if wordBreak(last, scriptOf(r)) {
					break
				}
				last = scriptOf(r)
				i += size
				continue
			}
			n := referenceJoinLength(text, start, i, r, size)
			if n == 0 {
				break
			}
			i += n
		}
		tokens = append(tokens, Token{Start: start, End: i, Norm: referenceNormalize(text[start:i])})
	}
	return tokens
}

func referenceJoinLength(text string, start, i int, r rune, size int) int {
	if i+size >= len(text) {
		return 0
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	switch {
	case r == '\'' || r == '’' || r == '‘' || r == '′' || r == '＇' || r == '`' || r == '-' || r == '‐' || r == '‑':
		if isWordRune(prev) && isWordRune(next) {
			return size
		}
		if (r == '-' || r == '‐' || r == '‑') && unicode.IsLetter(prev) && joinsAcrossLineBreak(text, start, i, size) {
			return size + lineBreakAfter(text, i+size)
		}
	case r == ',':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return size
		}
	case r == '.':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) ||
			unicode.IsUpper(prev) && unicode.IsUpper(next) && isSingleLetterBefore(text, start, i) {
			return size
		}
	case isInvisible(r):
		if joinsAcrossInvisible(text, i+size) {
			return size
		}
	case isDigitSpace(r):
		if unicode.IsDigit(prev) && groupsOfThree(text, start, i, size) {
			return size
		}
	}
	return 0
}

func referenceNormalize(word string) string {
	w := strings.ToLower(foldCompatibility(word))
	w = strings.TrimSuffix(w, "'s")
	if strings.ContainsAny(w, "'-‐") {
		// Apostrophes and hyphens go, and the line break after a hyphen
		// that broke the word at a line end.
		w = strings.NewReplacer("'", "", "-", "", "‐", "", "\n", "", "\r", "", " ", "", "\t", "").Replace(w)
	}
	w = strings.ReplaceAll(w, " ", "") // a space between groups of digits
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		w = strings.ReplaceAll(w, ",", "")
	} else {
		w = strings.ReplaceAll(w, ".", "")
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
	"minis\u00adter", "mini\u200bster", "the\u2060 capital", "a\u00ad\u200bb", "\u00ada", "a\u00ad", "\ufeffThe", "ﬁnal oﬃce",
	"１４００", "1\u202f400", "1\u00a0400\u00a0000", "12\u2009345", "1\u00a040", "1\u00a04000", "2019\u00a0400", "wonʼt won‘t won`t",
	"日本語のテキスト", "東京でAIの会議", "ニュースです。", "漢字kanji漢字", "ひらがなカタカナー", "한국어 문장",
	"communi-\ncation", "communi-\r\n  cation", "well-\nknown", "pre-\nand post-war", "Gaza-\n\nIsrael", "x-\nzzqq", "a-\n",
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
	for _, s := range append(tokenizeCases, "Four", "four", "seventeen", "1,400", "U.S", "x's", "'s", "-", ",", ".", "a,b.c", "\n", "1 400", "a-\nb") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		require.Equal(t, referenceNormalize(word), Normalize(word))
	})
}
