package diffing

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kirby", "kirby"},
		{"Iran’s", "iran"},
		{"Iran's", "iran"},
		{"Amir-Abdollahian", "amirabdollahian"},
		{"Amirabdollahian", "amirabdollahian"},
		{"1,400", "1400"},
		{"1400", "1400"},
		{"1.4", "1.4"},
		{"four", "4"},
		{"Twelve", "12"},
		{"U.S", "us"},
		{"Tehran’s", "tehran"},
		{"don’t", "dont"},
		{"Zürich", "zurich"},
		{"Café", "cafe"},
		{"know-how", "knowhow"},
		{"Ελλάδα", "ελλαδα"},
		{"で", "で"},
		{"नमस्ते", "नमस्ते"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Normalize(tt.in))
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"quotes and commas are not words", `“There was a direct message relayed,” he said.`, []string{"there", "was", "a", "direct", "message", "relayed", "he", "said"}},
		{"inner apostrophes and hyphens stay in the word", "Iran’s Amir-Abdollahian, Iran-affiliated", []string{"iran", "amirabdollahian", "iranaffiliated"}},
		{"numbers keep separators", "at least 1,400 people and 1.4 million", []string{"at", "least", "1400", "people", "and", "1.4", "million"}},
		{"acronyms keep their points", "the U.S. and the U.N.", []string{"the", "us", "and", "the", "un"}},
		{"a trailing hyphen or apostrophe is punctuation", "well- known 'quoted'", []string{"well", "known", "quoted"}},
		{"dashes between words separate them", "Gaza—Israel – war", []string{"gaza", "israel", "war"}},
		{"each Chinese character is a word", "东京发生地震", []string{"东", "京", "发", "生", "地", "震"}},
		{"Japanese breaks where the script changes", "東京でニュースを読む", []string{"東", "京", "で", "ニュース", "を", "読", "む"}},
		{"Latin letters inside Japanese are a word of their own", "東京でAIの会議", []string{"東", "京", "で", "ai", "の", "会", "議"}},
		{"Korean keeps its spaces", "한국어 문장", []string{"한국어", "문장"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range Tokenize(tt.in) {
				got = append(got, tok.Norm)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestTokenizeOffsetsPointAtTheWords(t *testing.T) {
	in := "“Iran’s 1,400 U.S. troops,” Kirby said."
	var words []string
	for _, tok := range Tokenize(in) {
		words = append(words, in[tok.Start:tok.End])
	}
	assert.Equal(t, []string{"Iran’s", "1,400", "U.S", "troops", "Kirby", "said"}, words)
}

func TestNumberPhrases(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"fourteen hundred people", []string{"1400"}},
		{"about 1.4 million civilians", []string{"1400000"}},
		{"two thousand and five", []string{"2005"}},
		{"twenty four thousand", []string{"24000"}},
		{"$200 million offer", []string{"200000000"}},
		{"1,400 people and 12 children", nil},
		{"one hundred and forty thousand", []string{"140000"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var words []word
			var norms []string
			for _, tok := range Tokenize(tt.text) {
				words = append(words, word{tok.Start, tok.End})
				norms = append(norms, tok.Norm)
			}
			assert.Equal(t, tt.want, numberPhrases(tt.text, words, norms))
		})
	}
}
