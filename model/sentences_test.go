package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func sentencesOf(s string) []string {
	var out []string
	for _, sp := range splitSentences(s) {
		out = append(out, s[sp.start:sp.end])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "plain sentences",
			in:   "The talks ended. Both sides left.",
			want: []string{"The talks ended.", "Both sides left."},
		},
		{
			name: "a curly quotation ending with a comma continues into the attribution",
			in:   "“There was a direct message relayed,” White House spokesperson John Kirby said at a press briefing, according to Reuters. The President's rare remark comes hours later.",
			want: []string{
				"“There was a direct message relayed,” White House spokesperson John Kirby said at a press briefing, according to Reuters.",
				"The President's rare remark comes hours later.",
			},
		},
		{
			name: "a straight quotation ending with a comma continues into the attribution",
			in:   `"There was a direct message conveyed," said White House spokesman John Kirby. He declined to say more.`,
			want: []string{`"There was a direct message conveyed," said White House spokesman John Kirby.`, "He declined to say more."},
		},
		{
			name: "a quotation ending with a full stop inside the quotes ends the sentence",
			in:   "He said: “We will retaliate.” The aide disagreed.",
			want: []string{"He said: “We will retaliate.”", "The aide disagreed."},
		},
		{
			name: "a straight quote closing after the full stop stays with the sentence",
			in:   `"This has nothing to do with Israel." He left.`,
			want: []string{`"This has nothing to do with Israel."`, "He left."},
		},
		{
			name: "a new quotation glued to the full stop starts a sentence",
			in:   "“The forced displacement must be stopped immediately,” he said.“According to our negotiations, Hamas is ready.”",
			want: []string{"“The forced displacement must be stopped immediately,” he said.", "“According to our negotiations, Hamas is ready.”"},
		},
		{
			name: "a question inside quotes followed by a lower-case attribution",
			in:   "“Why now?” he asked. Nobody answered.",
			want: []string{"“Why now?” he asked.", "Nobody answered."},
		},
		{
			name: "U.S. inside a sentence",
			in:   "The U.S. Navy sent ships. They arrived Monday.",
			want: []string{"The U.S. Navy sent ships.", "They arrived Monday."},
		},
		{
			name: "U.S. ending a sentence before a sentence opener",
			in:   "Troops returned to the U.S. The Pentagon confirmed it.",
			want: []string{"Troops returned to the U.S.", "The Pentagon confirmed it."},
		},
		{
			name: "a state abbreviation inside a sentence",
			in:   "The Calif. Democrats pushed the bill. It passed.",
			want: []string{"The Calif. Democrats pushed the bill.", "It passed."},
		},
		{
			name: "a state abbreviation ending a sentence",
			in:   "He lives in Fresno, Calif. He was not hurt.",
			want: []string{"He lives in Fresno, Calif.", "He was not hurt."},
		},
		{
			name: "titles before names",
			in:   "Mr. Biden met Dr. Smith and Gen. Brown. They talked.",
			want: []string{"Mr. Biden met Dr. Smith and Gen. Brown.", "They talked."},
		},
		{
			name: "No. before a figure",
			in:   "She is ranked No. 1 in the world. Her rival is No. 2.",
			want: []string{"She is ranked No. 1 in the world.", "Her rival is No. 2."},
		},
		{
			name: "initials in a name",
			in:   "John F. Kennedy was shot in 1963. J. R. R. Tolkien wrote books.",
			want: []string{"John F. Kennedy was shot in 1963.", "J. R. R. Tolkien wrote books."},
		},
		{
			name: "decimals and thousands",
			in:   "More than 1.4 million people fled. At least 1,400 died.",
			want: []string{"More than 1.4 million people fled.", "At least 1,400 died."},
		},
		{
			name: "a month abbreviation before a day",
			in:   "The attack came on Oct. 7 at dawn. It was a Saturday.",
			want: []string{"The attack came on Oct. 7 at dawn.", "It was a Saturday."},
		},
		{
			name: "a sentence starting with a figure",
			in:   "The vote was close. 12 members abstained.",
			want: []string{"The vote was close.", "12 members abstained."},
		},
		{
			name: "an exclamation and an ellipsis",
			in:   "Stop! The war must end… Now.",
			want: []string{"Stop!", "The war must end…", "Now."},
		},
		{
			name: "no final punctuation",
			in:   "A headline without a full stop",
			want: []string{"A headline without a full stop"},
		},
		{
			name: "surrounding white space is not part of a sentence",
			in:   "  First one.   Second one.  ",
			want: []string{"First one.", "Second one."},
		},
		{
			name: "a domain name is not a sentence end",
			in:   "Read it on example.com today. Then decide.",
			want: []string{"Read it on example.com today.", "Then decide."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sentencesOf(tt.in))
		})
	}
}

func TestSplitSentencesInChineseAndJapanese(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "the ideographic full stop ends a sentence with no space after it",
			in:   "今日は晴れです。明日は雨です。",
			want: []string{"今日は晴れです。", "明日は雨です。"},
		},
		{
			name: "full-width question and exclamation marks",
			in:   "本当ですか？はい！行きましょう。",
			want: []string{"本当ですか？", "はい！", "行きましょう。"},
		},
		{
			name: "a run of them is one end",
			in:   "本当？！信じられない。",
			want: []string{"本当？！", "信じられない。"},
		},
		{
			name: "Chinese",
			in:   "中国经济增长了百分之五。专家表示乐观！",
			want: []string{"中国经济增长了百分之五。", "专家表示乐观！"},
		},
		{
			name: "the half-width ideographic full stop",
			in:   "晴れ｡雨｡",
			want: []string{"晴れ｡", "雨｡"},
		},
		{
			name: "a quotation followed by a particle goes on, as an English one before a lower-case word",
			in:   "「こんにちは。」と彼は言った。次の話です。",
			want: []string{"「こんにちは。」と彼は言った。", "次の話です。"},
		},
		{
			name: "a quotation followed by a comma goes on",
			in:   "『本当？』、そう聞いた。",
			want: []string{"『本当？』、そう聞いた。"},
		},
		{
			name: "a closed quotation followed by a new sentence ends",
			in:   "「行こう。」彼は立ち上がった。",
			want: []string{"「行こう。」", "彼は立ち上がった。"},
		},
		{
			name: "two quotations in a row",
			in:   "「行こう。」「うん。」",
			want: []string{"「行こう。」", "「うん。」"},
		},
		{
			name: "English after Japanese",
			in:   "東京は大きい。Tokyo is big. It rained.",
			want: []string{"東京は大きい。", "Tokyo is big.", "It rained."},
		},
		{
			name: "an English quotation in corner brackets",
			in:   "He said 「Go!」 and left. Then it rained.",
			want: []string{"He said 「Go!」 and left.", "Then it rained."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sentencesOf(tt.in))
		})
	}
}
