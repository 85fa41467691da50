package export

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

func seedArticles(t *testing.T) []*model.Article {
	t.Helper()
	var arts []*model.Article
	for _, name := range []string{"1-white-house-confirms-message.txt", "2-white-house-admits-message.txt"} {
		data, err := os.ReadFile(filepath.Join("../seeds", name))
		require.NoError(t, err)
		arts = append(arts, model.Parse(name, string(data), model.UnitSentence))
	}
	return arts
}

func encode(t *testing.T, arts []*model.Article) ([]byte, Document) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, diffing.Align(arts, diffing.DefaultConfig())))
	var doc Document
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	return buf.Bytes(), doc
}

func TestWriteJSONHasKirbysMatchAsReworded(t *testing.T) {
	arts := seedArticles(t)
	_, doc := encode(t, arts)

	require.Len(t, doc.Articles, 2)
	assert.Equal(t, "sentence", doc.Unit)
	assert.Equal(t, "2023-10-26", doc.Articles[0].Date)
	assert.Equal(t, "White House Admits President Biden Sent Message to Iran's Supreme Leader Khamenei", doc.Articles[1].Title)
	for a, art := range doc.Articles {
		for _, p := range art.Passages {
			assert.Equal(t, arts[a].Text[p.Start:p.End], p.Text, "offsets point into the input")
		}
	}

	var kirby *Match
	for i, m := range doc.Matches {
		for _, mem := range m.Members {
			if mem.Article == 0 && strings.Contains(doc.Articles[0].Passages[mem.Passages[0]].Text, "message relayed") {
				kirby = &doc.Matches[i]
			}
		}
	}
	require.NotNil(t, kirby)
	assert.Equal(t, "reworded", kirby.Relation)
	require.Len(t, kirby.Members, 2)
	assert.Contains(t, doc.Articles[1].Passages[kirby.Members[1].Passages[0]].Text, "message conveyed")

	var relayed bool
	for _, d := range kirby.Diff {
		assert.Equal(t, arts[d.Article].Text[d.Start:d.End], d.Text)
		relayed = relayed || (d.Article == 0 && d.Text == "relayed")
	}
	assert.True(t, relayed, "the diff marks relayed in the first report")
}

func TestWriteJSONNeverEmitsRawControlCharacters(t *testing.T) {
	hostile := "Troops moved \x1b[2J\x1b]52;c;ZXZpbA==\x07 into the \u202ecity\u202c on Monday \u0085 night.\n" +
		"Officials \x1b]8;;http://evil.example\x1b\\confirmed\x1b]8;;\x1b\\ the move.\n"
	arts := []*model.Article{
		model.Parse("a.txt", hostile, model.UnitSentence),
		model.Parse("b.txt", hostile, model.UnitSentence),
	}
	raw, doc := encode(t, arts)
	assert.NotContains(t, string(raw), "\x1b")
	assert.NotContains(t, string(raw), "\u202e")
	assert.NotContains(t, string(raw), "\u202c")
	assert.NotContains(t, string(raw), "\u0085")
	assert.NotContains(t, string(raw), "\x07")
	assert.Contains(t, string(raw), `\u001b`)
	assert.Contains(t, string(raw), `\u202e`)
	// The escapes decode back to the original bytes.
	assert.Equal(t, arts[0].Passages[0].Text, doc.Articles[0].Passages[0].Text)
}

func TestWriteJSONHasQuotesFactsAndCoverage(t *testing.T) {
	arts := seedArticles(t)
	raw, doc := encode(t, arts)

	var kirby *Quote
	for i, q := range doc.Quotes {
		if strings.Contains(q.Variants[0].Text, "direct message") {
			kirby = &doc.Quotes[i]
		}
	}
	require.NotNil(t, kirby)
	require.Len(t, kirby.Variants, 2)
	v := kirby.Variants[1]
	assert.True(t, kirby.Drifted)
	assert.Equal(t, "altered", v.Wording)
	assert.Equal(t, "role differs", v.Attribution)
	require.Len(t, v.Drift, 1)
	assert.Equal(t, "conveyed", v.Drift[0].Text)
	assert.Equal(t, arts[1].Text[v.Drift[0].Start:v.Drift[0].End], v.Drift[0].Text)
	require.Len(t, v.ReferenceDrift, 1)
	assert.Equal(t, "relayed", v.ReferenceDrift[0].Text)
	require.NotNil(t, v.Speaker)
	assert.Equal(t, "White House spokesman John Kirby", v.Speaker.Text)
	assert.Equal(t, "spokesman", v.SpeakerDrift[0].Text)

	var irna, killed bool
	for _, f := range doc.Facts.Items {
		for _, m := range f.Mentions {
			assert.Equal(t, arts[m.Article].Text[m.Start:m.End], m.Text)
		}
		if f.Key == "irna" {
			irna = true
			assert.Equal(t, []int{1}, f.Reports)
			assert.Equal(t, "organisation", f.Kind)
		}
		if f.Label == "at least 1,400 people (killed)" {
			killed = true
			require.NotNil(t, f.Mentions[0].Quantity)
			assert.Equal(t, Quantity{Value: 1400, Bound: "at least", Unit: "people", Counts: "people", Event: "killed"}, *f.Mentions[0].Quantity)
		}
	}
	assert.True(t, irna)
	assert.True(t, killed)
	assert.NotNil(t, doc.Facts.Conflicts)
	assert.Contains(t, string(raw), `"conflicts": []`, "an empty list, not null")

	require.Len(t, doc.Coverage, 2)
	shared := map[int]bool{}
	for _, m := range doc.Matches {
		for _, mem := range m.Members {
			if mem.Article == 0 {
				for _, p := range mem.Passages {
					shared[p] = true
				}
			}
		}
	}
	prose := 0
	for _, p := range doc.Articles[0].Passages {
		if p.Kind != "noise" {
			prose++
		}
	}
	share := math.Round(float64(len(shared))/float64(prose)*1e4) / 1e4
	assert.Equal(t, []Share{{Article: 1, Passages: len(shared), Share: share}}, doc.Coverage[0].Shared)
	var cites []string
	for _, s := range doc.Coverage[1].Sources {
		cites = append(cites, s.Name)
	}
	assert.Contains(t, cites, "IRNA")
}

func TestWriteJSONWritesWordsAFloatParserReads(t *testing.T) {
	text := "Infinity stones were found. It cost " + strings.Repeat("9", 300) + " trillion dollars.\n"
	arts := []*model.Article{model.Parse("a.txt", text, model.UnitSentence), model.Parse("b.txt", text, model.UnitSentence)}
	_, doc := encode(t, arts)
	assert.Len(t, doc.Articles, 2)
}

func TestJSONSaysHowSureEachSpeakerIs(t *testing.T) {
	arts := []*model.Article{
		model.Parse("a.txt", "Kiir: \"We will not retaliate\"\n\n\"We will not retaliate,\" said President Salva Kiir. "+
			"The camp was shelled overnight. \"They ran when the planes came,\" they said.\n", model.UnitSentence),
		model.Parse("b.txt", "Nothing to add here.\n", model.UnitSentence),
	}
	_, doc := encode(t, arts)
	speakers := map[string]*Speaker{}
	headline := map[string]bool{}
	for _, q := range doc.Quotes {
		for _, v := range q.Variants {
			if v.Article == 0 {
				speakers[v.Text], headline[v.Text] = v.Speaker, v.Headline
			}
		}
	}
	require.NotNil(t, speakers["We will not retaliate,"])
	assert.Equal(t, "high", speakers["We will not retaliate,"].Confidence)
	assert.Equal(t, "attribution", speakers["We will not retaliate,"].Cue)
	require.NotNil(t, speakers["They ran when the planes came,"])
	assert.True(t, speakers["They ran when the planes came,"].Unresolved, "they refers to no one named")
	assert.Equal(t, "low", speakers["They ran when the planes came,"].Confidence)
	require.NotNil(t, speakers["We will not retaliate"])
	assert.True(t, headline["We will not retaliate"])
	assert.Equal(t, "headline", speakers["We will not retaliate"].Cue)
}
