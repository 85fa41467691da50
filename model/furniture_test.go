package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseMarksFurnitureParagraphs(t *testing.T) {
	const prose = "The storm hit the coast on Monday."
	tests := []struct {
		name      string
		paragraph string
		noise     bool
	}{
		{"a byline", "By Jane Doe", true},
		{"a byline with an agency", "By JANE DOE, Associated Press", true},
		{"a byline with two names and a date", "By Jane Doe and John Roe | October 26, 2023 4:15 PM", true},
		{"a reporting credit", "Reporting by Jane Doe in Washington; Editing by John Roe", true},
		{"prose opening with By and a day", "By Monday, the storm had passed.", false},
		{"prose opening with By", "By the end of the day, officials had counted 300 homes.", false},
		{"a question opening with By", "By Whom?", false},
		{"a row of share buttons", "Share on Facebook Share on Twitter Email Copy link", true},
		{"share this article", "Share this article", true},
		{"a newsletter pitch", "Sign up for our daily newsletter to get the top stories in your inbox.", true},
		{"an app pitch", "Download the app for breaking news alerts", true},
		{"a channel pitch", "Follow us on Telegram", true},
		{"prose opening with an imperative", "Follow the money, the senator said.", false},
		{"prose mentioning a newsletter", "The newsletter reported that the storm hit on Monday.", false},
		{"a labelled caption", "Image caption, Rescue workers search the rubble on Thursday", true},
		{"a caption ending in an agency credit", "Waves break over the sea wall on Thursday. REUTERS/John Roe", true},
		{"a caption ending in a photo credit", "Residents wade through floodwater. Photograph: Jane Roe/AFP via Getty Images", true},
		{"a caption ending in a bracketed credit", "Residents wade through floodwater (Photo by Jane Roe/Getty Images)", true},
		{"listen to this article", "Listen to this article", true},
		{"a reading time", "5 min read", true},
		{"prose naming an agency", "The agency REUTERS reported it first.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("x.txt", prose+"\n\n"+tt.paragraph+"\n\n"+prose, UnitSentence)
			assertPassageInvariants(t, a)
			var noise []string
			for _, p := range a.Passages {
				if p.Kind == KindNoise {
					noise = append(noise, p.Text)
				}
			}
			if tt.noise {
				assert.Equal(t, []string{tt.paragraph}, noise, "the whole paragraph is noise")
			} else {
				assert.Empty(t, noise)
			}
		})
	}
}

func TestParseMarksFurnitureLinesInLineMode(t *testing.T) {
	a := Parse("x.txt", "By Jane Doe\nThe storm hit.\nShare this article\n", UnitLine)
	assert.Equal(t, []string{"noise: By Jane Doe", "line: The storm hit.", "noise: Share this article"}, passageTexts(a))
}

func TestParseTakesTheAuthorFromAByline(t *testing.T) {
	a := Parse("x.txt", "Storm hits coast\n\nBy Jane Doe and John Roe, Reuters | Updated 3:45 PM\n\nThe storm hit.", UnitSentence)
	assert.Equal(t, "Storm hits coast", a.Title)
	assert.Equal(t, "Jane Doe and John Roe, Reuters", a.Author)

	a = Parse("x.txt", "Author: Mary Major\n\nBy Jane Doe\n\nThe storm hit.", UnitSentence)
	assert.Equal(t, "Mary Major", a.Author, "a metadata line wins over a byline")
}

func TestParseDocumentUsesWhatTheReaderKnows(t *testing.T) {
	text := "Storm hits coast\n\nThe storm hit.\n\nWaves broke over the wall.\n\nThe Herald"
	caption := Range{Start: len("Storm hits coast\n\nThe storm hit.\n\n"), End: len(text) - len("\n\nThe Herald")}
	doc := Document{Source: "page.html", Text: text, Format: FormatHTML, Encoding: "utf-8", Derived: true,
		Title: "Declared title", Date: "October 26, 2023", Site: "The Herald", Noise: []Range{caption}}
	a := ParseDocument(doc, UnitSentence)
	assertPassageInvariants(t, a)
	assert.Equal(t, "Declared title", a.Title)
	assert.Equal(t, "2023-10-26", a.Date, "dates are normalised")
	assert.Equal(t, FormatHTML, a.Format)
	assert.True(t, a.Derived)
	assert.Equal(t, []string{
		"sentence: Storm hits coast", // HTML text has no title line: the page says its title
		"sentence: The storm hit.",
		"noise: Waves broke over the wall.",
		"noise: The Herald",
	}, passageTexts(a))

	doc.Format = FormatMarkdown
	doc.Title = ""
	a = ParseDocument(doc, UnitSentence)
	assert.Equal(t, "Storm hits coast", a.Title, "Markdown and text have their title line read")
}

func TestParseCutsTextWithoutPunctuationAtLines(t *testing.T) {
	in := "storm hits the coast\nthree hundred homes destroyed\n\nofficials urge calm\nrain to continue"
	a := Parse("x.txt", in, UnitSentence)
	assertPassageInvariants(t, a)
	assert.Equal(t, []string{"sentence: storm hits the coast", "sentence: three hundred homes destroyed",
		"sentence: officials urge calm", "sentence: rain to continue"}, passageTexts(a))
	assert.Equal(t, []string{"has no sentence punctuation; each line is a passage"}, a.Notes)

	a = Parse("x.txt", "The storm hit\nthe coast on Monday.\n", UnitSentence)
	assert.Equal(t, []string{"sentence: The storm hit\nthe coast on Monday."}, passageTexts(a), "one full stop is enough")
	assert.Empty(t, a.Notes)
}

func TestNormalizeDate(t *testing.T) {
	tests := map[string]string{
		"2023-10-26":                    "2023-10-26",
		"2023-10-26T14:05:00Z":          "2023-10-26",
		"2023-10-26T23:30:00-05:00":     "2023-10-26",
		"2023-10-26T14:05:00.000+0000":  "2023-10-26",
		"2023-10-26 14:05":              "2023-10-26",
		"October 26, 2023":              "2023-10-26",
		"Thursday 26 October 2023":      "2023-10-26",
		"Thu, 26 Oct 2023 14:05:00 GMT": "2023-10-26",
		"2023/10/26":                    "2023-10-26",
		"last Thursday":                 "last Thursday",
		"2023-13-45T10:00":              "2023-13-45T10:00",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			require.Equal(t, want, NormalizeDate(in))
		})
	}
}
