package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// passageTexts lists an article's passages as "kind: text".
func passageTexts(a *Article) []string {
	out := make([]string, len(a.Passages))
	for i, p := range a.Passages {
		out[i] = a.KindName(p) + ": " + p.Text
	}
	return out
}

func TestParseReadsMetadata(t *testing.T) {
	tests := []struct {
		name                string
		in                  string
		title, date, author string
		first               string
	}{
		{
			name:  "a date label glued to the first sentence, as in the first seed",
			in:    " date 2023-10-26 The White House on Thursday confirmed it.\n\nMore text.",
			date:  "2023-10-26",
			first: "The White House on Thursday confirmed it.",
		},
		{
			name:  "a title line over long paragraphs, as in the second seed",
			in:    "White House Admits President Biden Sent Message to Iran's Supreme Leader Khamenei\nJAKARTA - President Joe Biden has sent a rare message to Iran's Supreme Leader Ayatollah Ali Khamenei, the White House said.\nMore.",
			title: "White House Admits President Biden Sent Message to Iran's Supreme Leader Khamenei",
			first: "JAKARTA - President Joe Biden has sent a rare message to Iran's Supreme Leader Ayatollah Ali Khamenei, the White House said.",
		},
		{
			name:  "a title followed by a blank line",
			in:    "Storm hits coast\n\nThe storm hit the coast on Monday.",
			title: "Storm hits coast",
			first: "The storm hit the coast on Monday.",
		},
		{
			name:   "key: value lines",
			in:     "Title: Storm hits coast\nDate: October 26, 2023\nAuthor: Jane Doe\n\nThe storm hit the coast on Monday.",
			title:  "Storm hits coast",
			date:   "2023-10-26",
			author: "Jane Doe",
			first:  "The storm hit the coast on Monday.",
		},
		{
			name:  "the first line of a hard-wrapped paragraph is not a title",
			in:    "The storm hit the coast on Monday and\nleft thousands without power, officials said.\n",
			first: "The storm hit the coast on Monday and\nleft thousands without power, officials said.",
		},
		{
			name:  "a first line ending like a sentence is not a title",
			in:    "The storm hit.\nIt was bad.",
			first: "The storm hit.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("x.txt", tt.in, UnitSentence)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.date, a.Date)
			assert.Equal(t, tt.author, a.Author)
			require.NotEmpty(t, a.Passages)
			assert.Equal(t, tt.first, a.Passages[0].Text)
		})
	}
}

func TestParseMarksNoise(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "a photo credit glued to the next quotation",
			in:   "He spoke of “obligations of that country”. Picture: Fatemeh Bahrami/Anadolu via Getty Images“It is our home and West Asia is our region. We do not compromise. headtopics.com",
			want: []string{
				"sentence: He spoke of “obligations of that country”.",
				"noise: Picture: Fatemeh Bahrami/Anadolu via Getty Images",
				"sentence: “It is our home and West Asia is our region.",
				"sentence: We do not compromise.",
				"noise: headtopics.com",
			},
		},
		{
			name: "a photo credit interrupting a sentence",
			in:   "Gaza was cut off from fuel. Picture: Abed Rahim Khatib/Anadolu via Getty Images, with Israeli Defence Forces claiming money flowed.",
			want: []string{
				"sentence: Gaza was cut off from fuel.",
				"noise: Picture: Abed Rahim Khatib/Anadolu via Getty Images,", // the dangling comma belongs to the credit
				"sentence: with Israeli Defence Forces claiming money flowed.",
			},
		},
		{
			name: "SEE ALSO on a line of its own",
			in:   "Kirby spoke.\nSEE ALSO:\nSeparately, Iran's IRNA news agency quoted a source.",
			want: []string{
				"sentence: Kirby spoke.",
				"noise: SEE ALSO:",
				"sentence: Separately, Iran's IRNA news agency quoted a source.",
			},
		},
		{
			name: "a Read more line with a headline",
			in:   "Kirby spoke at length about the message that was sent to Tehran last week by the President.\nRead more: Biden warns Iran over attacks on troops\nThe talks continue.",
			want: []string{
				"sentence: Kirby spoke at length about the message that was sent to Tehran last week by the President.",
				"noise: Read more: Biden warns Iran over attacks on troops",
				"sentence: The talks continue.",
			},
		},
		{
			name: "a domain inside a sentence is prose",
			in:   "Visit example.com for details. It is free.",
			want: []string{"sentence: Visit example.com for details.", "sentence: It is free."},
		},
		{
			name: "a bracketed credit",
			in:   "Troops arrived. (Photo: AP) They left.",
			want: []string{"sentence: Troops arrived.", "noise: (Photo: AP)", "sentence: They left."},
		},
		{
			name: "a credit label before a quotation ends at its colon",
			in:   `Prices rose! Pic: "We`,
			want: []string{"sentence: Prices rose!", "noise: Pic:", `sentence: "We`},
		},
		{
			name: "punctuation between two credits belongs to the first",
			in:   "Troops arrived. Picture: AP; (Photo: AP) They left.",
			want: []string{"sentence: Troops arrived.", "noise: Picture: AP;", "noise: (Photo: AP)", "sentence: They left."},
		},
		{
			name: "punctuation opening a paragraph stays in its sentence",
			in:   ", he said. It rained.",
			want: []string{"sentence: , he said.", "sentence: It rained."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("x.txt", tt.in, UnitSentence)
			assert.Equal(t, tt.want, passageTexts(a))
			requireEveryByteCovered(t, a)
		})
	}
}

func TestParseJoinsAStrayQuotationMarkToThePassageNextToIt(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "a closing quote after a sentence's end joins that sentence",
			in:   "The storm hit the coast. ”",
			want: []string{"sentence: The storm hit the coast. ”"},
		},
		{
			name: "a closing quote before a credit joins the sentence before it",
			in:   "The storm hit. ” (Photo: AP) It rained.",
			want: []string{"sentence: The storm hit. ”", "noise: (Photo: AP)", "sentence: It rained."},
		},
		{
			name: "a closing corner bracket",
			in:   "嵐が来た。 」",
			want: []string{"sentence: 嵐が来た。 」"},
		},
		{
			name: "a quote after a credit that ends the paragraph joins the credit",
			in:   "The storm hit. (Photo: AP) ”",
			want: []string{"sentence: The storm hit.", "noise: (Photo: AP) ”"},
		},
		{
			name: "an opening quote before a credit joins the credit",
			in:   "The storm hit. “ (Photo: AP) It rained.",
			want: []string{"sentence: The storm hit.", "noise: “ (Photo: AP)", "sentence: It rained."},
		},
		{
			name: "a quote alone in its paragraph stays",
			in:   "The storm hit.\n\n”\n\nIt rained.",
			want: []string{"sentence: The storm hit.", "sentence: ”", "sentence: It rained."},
		},
		{
			name: "quotes around words are no stray",
			in:   "“Yes.” “No.”",
			want: []string{"sentence: “Yes.”", "sentence: “No.”"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("x.txt", tt.in, UnitSentence)
			assert.Equal(t, tt.want, passageTexts(a))
			requireEveryByteCovered(t, a)
		})
	}
}

func TestParseCutsJapaneseIntoSentences(t *testing.T) {
	a := Parse("x.txt", "台風が上陸した。住民は避難した。\n「家が流された。」と住民は語った。\n", UnitSentence)
	assert.Empty(t, a.Notes, "。 is sentence punctuation: no fallback to lines")
	assert.Equal(t, []string{"sentence: 台風が上陸した。", "sentence: 住民は避難した。", "sentence: 「家が流された。」と住民は語った。"}, passageTexts(a))
}

func TestParseKeepsEveryByteOfALongLine(t *testing.T) {
	// The seeds' paragraphs on one line, about a megabyte of it: glued
	// credits, quotations and site names thousands of times over.
	var one strings.Builder
	for _, name := range []string{"1-white-house-confirms-message.txt", "2-white-house-admits-message.txt"} {
		data, err := os.ReadFile(filepath.Join("../seeds", name))
		require.NoError(t, err)
		one.WriteString(strings.Join(strings.Fields(string(data)), " ") + " ")
	}
	text := strings.Repeat(one.String(), 1<<20/one.Len())
	a := Parse("long.txt", text, UnitSentence)
	require.Greater(t, len(a.Passages), 5000)
	requireEveryByteCovered(t, a)
}

func TestParseRecordsTheMetadataLines(t *testing.T) {
	tests := []struct {
		name  string
		doc   Document
		title string
		meta  []string
		first string
	}{
		{
			name:  "key: value lines and a headline",
			doc:   Document{Text: "Title: Storm\nDate: 2023-10-26\n\nStorm hits coast\n\nThe storm hit."},
			title: "Storm",
			meta:  []string{"Title: Storm", "Date: 2023-10-26"},
			first: "Storm hits coast",
		},
		{
			name:  "a date label glued to the first paragraph",
			doc:   Document{Text: " date 2023-10-26 The storm hit."},
			meta:  []string{"date 2023-10-26"},
			first: "The storm hit.",
		},
		{
			name:  "a headline",
			doc:   Document{Text: "Storm hits coast\n\nThe storm hit."},
			title: "Storm hits coast",
			meta:  []string{"Storm hits coast"},
			first: "The storm hit.",
		},
		{
			name:  "a headline repeating the title the document declares",
			doc:   Document{Text: "Storm hits  coast\n\nThe storm hit.", Title: "Storm Hits Coast"},
			title: "Storm Hits Coast",
			meta:  []string{"Storm hits  coast"},
			first: "The storm hit.",
		},
		{
			name:  "a heading other than the title the document declares is text",
			doc:   Document{Text: "Aftermath\n\nThe storm hit.", Title: "Storm hits coast", Format: FormatMarkdown},
			title: "Storm hits coast",
			first: "Aftermath",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseDocument(tt.doc, UnitSentence)
			assert.Equal(t, tt.title, a.Title)
			var meta []string
			for _, r := range a.Metadata {
				meta = append(meta, a.Text[r.Start:r.End])
			}
			assert.Equal(t, tt.meta, meta)
			require.NotEmpty(t, a.Passages)
			assert.Equal(t, tt.first, a.Passages[0].Text)
			requireEveryByteCovered(t, a)
		})
	}
}

func TestParseUnits(t *testing.T) {
	in := "First line. Still first.\nSecond line\n\nThird line."
	tests := []struct {
		unit Unit
		want []string
	}{
		{UnitLine, []string{"line: First line. Still first.", "line: Second line", "line: Third line."}},
		{UnitParagraph, []string{"paragraph: First line. Still first.\nSecond line", "paragraph: Third line."}},
		{UnitSentence, []string{"sentence: First line.", "sentence: Still first.", "sentence: Second line", "sentence: Third line."}},
	}
	for _, tt := range tests {
		t.Run(tt.unit.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, passageTexts(Parse("x.txt", in, tt.unit)))
		})
	}
}

func TestParseLineUnitKeepsEveryLine(t *testing.T) {
	// Pre-segmented input: the first line is a passage, not a title.
	a := Parse("x.txt", "Red Sox offer Teixeira $200 million\nDan Patrick reported it.\n", UnitLine)
	assert.Empty(t, a.Title)
	assert.Equal(t, []string{"line: Red Sox offer Teixeira $200 million", "line: Dan Patrick reported it."}, passageTexts(a))
}

func TestParseHandlesLineEndings(t *testing.T) {
	for name, sep := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r"} {
		t.Run(name, func(t *testing.T) {
			a := Parse("x.txt", "One line here."+sep+sep+"Another line."+sep, UnitSentence)
			assert.Equal(t, []string{"sentence: One line here.", "sentence: Another line."}, passageTexts(a))
			assert.Len(t, a.Paragraphs, 2)
		})
	}
}

func TestParseSeedsKeepOffsetsIntoTheInput(t *testing.T) {
	files, err := filepath.Glob("../seeds/*.txt")
	require.NoError(t, err)
	require.Len(t, files, 2)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		a := Parse(f, string(data), UnitSentence)
		require.NotEmpty(t, a.Passages)
		assertPassageInvariants(t, a)
	}
}

func TestParseFindsKirbysLineInTheSeeds(t *testing.T) {
	want := map[string]string{
		"1-white-house-confirms-message.txt": "“There was a direct message relayed,” White House spokesperson John Kirby said at a press briefing, according to Reuters.",
		"2-white-house-admits-message.txt":   `"There was a direct message conveyed," said White House spokesman John Kirby at a press conference, but declined to explain further, as reported by Reuters, October 27.`,
	}
	for name, sentence := range want {
		data, err := os.ReadFile(filepath.Join("../seeds", name))
		require.NoError(t, err)
		a := Parse(name, string(data), UnitSentence)
		assert.Contains(t, passageTexts(a), "sentence: "+sentence, name)
	}
}

// assertPassageInvariants checks what every parse must guarantee: passages
// in order, not overlapping, inside the text, trimmed, non-empty, and
// Text equal to the bytes they point at.
func assertPassageInvariants(t testing.TB, a *Article) {
	t.Helper()
	prev := 0
	for i, p := range a.Passages {
		require.LessOrEqual(t, prev, p.Start, "passage %d starts before the previous ends", i)
		require.Less(t, p.Start, p.End, "passage %d is empty", i)
		require.LessOrEqual(t, p.End, len(a.Text), "passage %d ends past the text", i)
		require.Equal(t, a.Text[p.Start:p.End], p.Text, "passage %d text", i)
		require.Equal(t, strings.TrimFunc(p.Text, unicode.IsSpace), p.Text, "passage %d is not trimmed", i)
		require.Less(t, p.Paragraph, len(a.Paragraphs), "passage %d paragraph", i)
		prev = p.End
	}
	for k, para := range a.Paragraphs {
		require.Less(t, para.First, para.Last, "paragraph %d has no passages", k)
		for i := para.First; i < para.Last; i++ {
			require.Equal(t, k, a.Passages[i].Paragraph)
		}
	}
	requireEveryByteCovered(t, a)
}

// requireEveryByteCovered checks that nothing of a report is lost: every
// byte of its text that is not white space lies in a passage (prose or
// noise) or in a line read as metadata.
func requireEveryByteCovered(t testing.TB, a *Article) {
	t.Helper()
	covered := make([]bool, len(a.Text))
	for _, p := range a.Passages {
		for i := p.Start; i < p.End; i++ {
			covered[i] = true
		}
	}
	for _, r := range a.Metadata {
		require.True(t, 0 <= r.Start && r.Start <= r.End && r.End <= len(a.Text), "metadata range %v", r)
		for i := r.Start; i < r.End; i++ {
			covered[i] = true
		}
	}
	for i, r := range a.Text {
		if !covered[i] && !isSpaceOrBOM(r) {
			from, to := max(0, i-30), min(len(a.Text), i+30)
			require.Failf(t, "a byte belongs to no passage", "byte %d (%q) of %q lies in no passage and no metadata line: …%s…",
				i, r, a.Source, a.Text[from:to])
		}
	}
}

func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for _, s := range seeds {
		data, _ := os.ReadFile(s)
		f.Add(string(data))
	}
	for _, s := range []string{
		"", "\n\n", ".", "“”", "Mr. . . .", "U.S.", "a.b.c. D. E.", " date 2023-10-26 ",
		"Title\n", "Picture: Getty Images“", "x.com. y.com", "\r\r\n\n", "\xff\xfe.",
		"“Hi,” he said.“Bye.”", "SEE ALSO:", "No. 1. 2. 3.", "…… ?! !? ...",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, unit := range []Unit{UnitSentence, UnitLine, UnitParagraph} {
			assertPassageInvariants(t, Parse("fuzz.txt", text, unit))
		}
	})
}
