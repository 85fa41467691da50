package insight

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuantities(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     []Quantity
		written  []string
	}{
		{
			name:     "a lower bound with what it counts and the verb",
			sentence: "The attack killed at least 1,400 people, mostly civilians.",
			want:     []Quantity{{Value: 1400, Bound: AtLeast, Unit: "people", Head: "people", Event: "killed"}},
			written:  []string{"at least 1,400 people"},
		},
		{
			name:     "an approximation with adjectives before the noun",
			sentence: "About 900 additional US troops are heading to the region.",
			want:     []Quantity{{Value: 900, Bound: About, Unit: "additional US troops", Head: "troop", Event: "heading"}},
			written:  []string{"About 900 additional US troops"},
		},
		{
			name:     "figures joined by and share their verb and keep their places",
			sentence: "Forces have been attacked at least 12 times in Iraq and four times in Syria.",
			want: []Quantity{
				{Value: 12, Bound: AtLeast, Unit: "times", Head: "time", Event: "attacked", Place: "Iraq"},
				{Value: 4, Unit: "times", Head: "time", Event: "attacked", Place: "Syria"},
			},
			written: []string{"at least 12 times", "four times"},
		},
		{
			name:     "thousands set off by a narrow no-break space, and full-width digits",
			sentence: "The attack killed at least 1\u202f400 people and wounded １２ doctors.",
			want: []Quantity{
				{Value: 1400, Bound: AtLeast, Unit: "people", Head: "people", Event: "killed"},
				{Value: 12, Unit: "doctors", Head: "doctor", Event: "wounded"},
			},
			written: []string{"at least 1\u202f400 people", "１２ doctors"},
		},
		{
			name:     "a scale word multiplies",
			sentence: "More than 1.4 million civilians are displaced.",
			want:     []Quantity{{Value: 1.4e6, Bound: AtLeast, Unit: "civilians", Head: "civilian", Event: "displaced"}},
			written:  []string{"More than 1.4 million civilians"},
		},
		{
			name:     "percent and currency",
			sentence: "Turnout fell to 38% and the fund lost $5 million.",
			want:     []Quantity{{Value: 38, Unit: "%", Head: "percent"}, {Value: 5e6, Unit: "$", Head: "$"}},
			written:  []string{"38%", "$5 million"},
		},
		{
			name:     "compound number words",
			sentence: "He reigned one hundred twenty-seven years over nearly forty provinces.",
			want: []Quantity{
				{Value: 127, Unit: "years", Head: "year", Event: "reigned"},
				{Value: 40, Bound: About, Unit: "provinces", Head: "province"},
			},
			written: []string{"one hundred twenty-seven years", "nearly forty provinces"},
		},
		{
			name:     "years, days of dates, times and a lone one are not counts",
			sentence: "In 2023 the talks began on October 7 at 12:30 with one hand tied.",
		},
		{
			name:     "a bare number says nothing about what it counts",
			sentence: "The score was 3 to 1.",
		},
		{
			name:     "words a float parser reads are not numbers",
			sentence: "Infinity stones and NaN values and inf loops were found.",
		},
		{
			name:     "a figure too large to hold is not a quantity",
			sentence: "It cost " + strings.Repeat("9", 300) + " trillion dollars.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			al, an := analyze(t, tt.sentence, "Another report entirely.")
			_ = an
			var got []Quantity
			var written []string
			for _, f := range an.Facts {
				for _, m := range f.Mentions {
					if m.Quantity != nil && m.Article == 0 {
						got = append(got, *m.Quantity)
						written = append(written, al.Articles[0].Text[m.Start:m.End])
					}
				}
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.written, written)
		})
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		sentence string
		date     string // the report's own date
		keys     []string
	}{
		{"The White House said on Thursday that it would respond.", "", []string{"thursday"}},
		{"As reported by Reuters, October 27.", "2023-10-26", []string{"2023-10-27"}},
		{"The vote is set for 27 October 2024.", "", []string{"2024-10-27"}},
		{"Talks resumed on Oct. 3 and again in March 2022.", "", []string{"--10-03", "2022-03"}},
		{"Published 2023-10-26, updated on Friday, October 27.", "", []string{"2023-10-26", "--10-27"}},
		{"They may march in may.", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			report := tt.sentence
			if tt.date != "" {
				report = "Date: " + tt.date + "\n\n" + report
			}
			_, an := analyze(t, report, "Another report entirely.")
			var keys []string
			for _, f := range an.Facts {
				if f.Kind == KindDate {
					keys = append(keys, f.Key)
				}
			}
			assert.Equal(t, tt.keys, keys)
		})
	}
}

func TestNamesAndTheirKinds(t *testing.T) {
	a := "JAKARTA - President Joe Biden met Prime Minister Anwar Ibrahim in Kuala Lumpur on Monday. " +
		"The Pentagon said about 300 troops would stay, according to Reuters. " +
		"The Anadolu news agency reported that Biden left for Hanoi. The Iranian envoy was absent."
	b := "The UN said little. The United Nations later said more. US officials declined to comment."
	_, an := analyze(t, a, b)
	kinds := map[string]FactKind{}
	labels := map[string]string{}
	reports := map[string][]int{}
	for _, f := range an.Facts {
		kinds[f.Key], labels[f.Key], reports[f.Key] = f.Kind, f.Label, f.Reports
	}
	assert.Equal(t, KindPlace, kinds["jakarta"], "a dateline is a place")
	assert.Equal(t, KindPerson, kinds["biden"], "a title before a name makes a person")
	assert.Equal(t, "Joe Biden", labels["biden"], "a person's label has no title")
	assert.Equal(t, []int{0}, reports["biden"], "Biden alone is the same person")
	assert.Equal(t, KindPerson, kinds["ibrahim"])
	assert.Equal(t, KindPlace, kinds["kuala lumpur"], "a locative preposition makes a place")
	assert.Equal(t, KindOrganisation, kinds["pentagon"], "the X said makes an organisation")
	assert.Equal(t, KindOrganisation, kinds["reuters"], "a credited outlet is an organisation")
	assert.Equal(t, KindOrganisation, kinds["anadolu"], "a name before 'news agency' is an organisation")
	assert.Equal(t, []int{1}, reports["united nations"], "UN is the United Nations")
	assert.NotContains(t, kinds, "un")
	assert.NotContains(t, kinds, "iranian", "a nationality is not a name")
	assert.NotContains(t, kinds, "the", "a capitalised article at a sentence start is not a name")
	assert.NotContains(t, kinds, "prime minister", "a title alone is not a name")
}

func TestFactsOnlyOneReportCarries(t *testing.T) {
	a := "Storms killed at least 12 people in Ohio on Tuesday, officials said."
	b := "Storms killed 12 people in Ohio on Tuesday, the governor said. About 400 homes lost power."
	_, an := analyze(t, a, b)
	var only []string
	for _, f := range an.OnlyInOneReport() {
		only = append(only, f.Label)
	}
	assert.Equal(t, []string{"About 400 homes"}, only)
	require.NotEmpty(t, an.Facts)
}

// Entities as a fact-checker reads them, from shapes of the news_ecb
// reports.
func TestEntitiesAreWholeTypedAndMerged(t *testing.T) {
	a := "Thu Nov 10, 2011 3: 00pm EST A camp in South Sudan was bombed, a Sudanese government spokesman, Rabie A. Atti, said. " +
		"Al - Sawarmi Khalid, spokesman for the army, denied it. Mr. Kiir spoke in Juba. " +
		"Khartoum complained to the UN Security Council about rebels in Southern Kordofan. " +
		"Aid came from Samaritan's Purse, which runs the camp; Samaritan's Purse staff fled. " +
		"They fear an invasion of the South. VOLATILE BORDER Fire crackled near Tehran and Israel."
	b := "South Sudan President Salva Kiir said the United Nations Security Council must act in South Kordofan. " +
		"The U. N. sent food to New York and back. The United Nations said more."
	_, an := analyze(t, a, b)
	kinds := map[string]FactKind{}
	reports := map[string][]int{}
	for _, f := range an.Facts {
		if f.Kind >= KindPerson {
			kinds[f.Key], reports[f.Key] = f.Kind, f.Reports
		}
	}
	assert.Equal(t, KindPerson, kinds["atti"], "Rabie A. Atti is one person")
	assert.NotContains(t, kinds, "rabie")
	assert.Equal(t, KindPerson, kinds["khalid"])
	assert.Equal(t, []int{0, 1}, reports["kiir"], "Mr. Kiir is Salva Kiir")
	assert.Equal(t, []int{0, 1}, reports["united nations security council"], "the UN Security Council is the United Nations Security Council")
	assert.Equal(t, []int{1}, reports["united nations"], "the U. N. is the United Nations")
	assert.Equal(t, []int{0, 1}, reports["south kordofan"], "Southern Kordofan is South Kordofan")
	assert.Contains(t, kinds, "samaritan purse", "a possessive inside a name keeps it whole")
	assert.NotContains(t, kinds, "purse")
	for _, key := range []string{"tehran", "israel", "khartoum", "south sudan", "juba"} {
		assert.Equal(t, KindPlace, kinds[key], key)
	}
	for _, fragment := range []string{"south", "new", "thu nov", "nov", "est", "volatile border fire", "volatile border", "fire", "sudanese", "u"} {
		assert.NotContains(t, kinds, fragment)
	}
}
