package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/internal/scaletext"
)

// regexpRules are the results of the noise rules' regexps run over all of
// a text, as noiseSpans ran them before creditLabels, bracketCredits,
// strayDomains and isBareDomain looked for where they can match: the
// reference the faster rules must agree with.
type regexpRules struct {
	credits, brackets, domains []span
	bareDomain, slashCredit    bool
	noise                      []span // noiseSpans built from the above
}

func runRegexpRules(s string) regexpRules {
	var r regexpRules
	for _, loc := range creditLabel.FindAllStringIndex(s, -1) {
		r.credits = append(r.credits, span{loc[0], loc[1]})
	}
	for _, loc := range bracketCredit.FindAllStringIndex(s, -1) {
		r.brackets = append(r.brackets, span{loc[0], loc[1]})
	}
	for _, loc := range strayDomain.FindAllStringIndex(s, -1) {
		r.domains = append(r.domains, span{loc[0], loc[1]})
	}
	trimmed := strings.TrimSpace(s)
	loc := strayDomain.FindStringIndex(trimmed)
	r.bareDomain = loc != nil && loc[0] == 0 && loc[1] == len(trimmed)
	r.slashCredit = slashCredit.MatchString(s)

	// noiseSpans as it was.
	if trimmed == "" {
		return r
	}
	lead := strings.Index(s, trimmed)
	if furnitureLine.MatchString(trimmed) || r.bareDomain {
		r.noise = []span{{lead, lead + len(trimmed)}}
		return r
	}
	var spans []span
	if loc := furnitureLabel.FindStringIndex(trimmed); loc != nil {
		end := len(trimmed)
		if len(strings.Fields(trimmed[loc[1]:])) > 20 {
			end = loc[1]
		}
		spans = append(spans, span{lead, lead + end})
	}
	for _, c := range r.credits {
		if atSentenceStart(s, c.start) {
			spans = append(spans, span{c.start, creditEnd(s, c.start, c.end)})
		}
	}
	spans = append(spans, r.brackets...)
	for _, d := range r.domains {
		if atSentenceStart(s, d.start) && beforeSentenceStart(s, d.end) {
			spans = append(spans, d)
		}
	}
	r.noise = mergeSpans(spans)
	return r
}

// assertNoiseRulesAgree checks every fast rule against its regexp on s.
func assertNoiseRulesAgree(t *testing.T, s string) bool {
	t.Helper()
	want := runRegexpRules(s)
	return assert.Equal(t, want.credits, creditLabels(s), "creditLabel in %q", s) &&
		assert.Equal(t, want.brackets, bracketCredits(s), "bracketCredit in %q", s) &&
		assert.Equal(t, want.domains, strayDomains(s), "strayDomain in %q", s) &&
		assert.Equal(t, want.bareDomain, isBareDomain(strings.TrimSpace(s)), "bare domain %q", s) &&
		assert.Equal(t, want.slashCredit, strings.IndexByte(s, '/') >= 0 && slashCredit.MatchString(s), "slashCredit in %q", s) &&
		assert.Equal(t, want.noise, noiseSpans(s), "noise spans of %q", s)
}

// noiseRuleCases are texts made to sit on the edges of the rules.
var noiseRuleCases = []string{
	"", " ", "headtopics.com", " headtopics.com ", "Headtopics.COM", "foo.1bar.com", "foo_bar.com", "_foo.com",
	"a.b", "x.com. y.com", "end.", "U.S. troops", "visit ex-ample.co.uk today", "ſite.com", "site.\u212Ae",
	"site.uk", "site.u\u212A", "é.com", "-foo.com", "foo.com_", "foo.com-bar", "1.4 million", "www.example.org/path",
	"He left. headtopics.com", "He left. headtopics.com The end.", "He left.headtopics.com",
	"Picture: AP", "Pictures:AP", "xPicture: AP", "_Photo: AP", "éPhoto: AP", "Photo credit: Jane Roe/AFP, then",
	"Photographs by Jane", "Photos  by  Jane", "Image credit : Getty Images.", "Credit:", "Pic", "Pi", "PIC: AP",
	"(Photo: AP)", "[Picture by Jane Roe]", "(Photo:", "((Photo: AP)", "(Photos by Jane\n)", "(Credits: AP] x",
	"(Photo: " + strings.Repeat("a", 119) + ")", "(Photo: " + strings.Repeat("a", 121) + ")",
	"Troops arrived. (Photo: AP) They left.", "REUTERS/John Roe", "a/b", "SEE ALSO:", "Read more: Biden warns Iran",
	"Gaza was cut off from fuel. Picture: Abed Rahim Khatib/Anadolu via Getty Images, with Israeli Defence Forces.",
}

// noiseRuleTexts returns the texts the rules are compared on: the seeds,
// and from the shared data beside the project when it is there, every
// chapter of the two Bible translations and every sentence of the news
// link sets, one by one and each article's sentences joined.
func noiseRuleTexts(t *testing.T) (texts []string, shared bool) {
	texts = append(texts, noiseRuleCases...)
	seeds, err := filepath.Glob("../seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, seeds)
	for _, name := range seeds {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		texts = append(texts, string(data))
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	dir := scaletext.Dir()
	if dir == "" {
		return texts, false
	}
	for _, name := range scaletext.Files {
		data, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		texts = append(texts, scaletext.Chapters(string(data))...)
	}
	for _, set := range []string{"news_synth", "news_ecb", "bible_kjv_web"} {
		data, err := os.ReadFile(filepath.Join(dir, "..", set, "docs.json"))
		if err != nil {
			continue
		}
		var docs map[string]map[string]string
		require.NoError(t, json.Unmarshal(data, &docs))
		for _, doc := range docs {
			var joined strings.Builder
			for _, sentence := range doc {
				texts = append(texts, sentence)
				joined.WriteString(sentence)
				joined.WriteString(" ")
			}
			texts = append(texts, joined.String())
		}
	}
	return texts, true
}

func TestNoiseRulesMatchTheirRegexps(t *testing.T) {
	texts, shared := noiseRuleTexts(t)
	if !shared {
		t.Log("no shared data beside the project: compared on the seeds and the edge cases only")
	}
	step := 1
	if raceDetector {
		step = 20 // the race detector makes the regexps 20 times slower
	}
	failed := 0
	for k := 0; k < len(texts); k += step {
		s := texts[k]
		if !assertNoiseRulesAgree(t, s) {
			if failed++; failed == 10 {
				t.Fatal("stopping after 10 differences")
			}
		}
	}
	t.Logf("compared on %d of %d texts", (len(texts)+step-1)/step, len(texts))
}

func FuzzNoiseRules(f *testing.F) {
	for _, s := range noiseRuleCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assertNoiseRulesAgree(t, s)
	})
}
