package insight

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuoteVariants(t *testing.T) {
	tests := []struct {
		name        string
		a, b        string
		wording     Wording
		attribution Attribution
		drift       []string // words of b the reference lacks
		refDrift    []string // words of the reference b lacks
	}{
		{
			name:    "verbatim, marks and case aside",
			a:       "“We will rebuild every school,” Governor Ruth Amos said on Monday.",
			b:       `"we will rebuild every school," Governor Ruth Amos said at a briefing.`,
			wording: Verbatim, drift: []string{}, refDrift: []string{},
		},
		{
			name:    "altered wording",
			a:       "“There was a direct message relayed,” spokesman Tom Reed said.",
			b:       "“There was a direct message conveyed,” spokesman Tom Reed said.",
			wording: Altered, drift: []string{"conveyed"}, refDrift: []string{"relayed"},
		},
		{
			name:    "shortened",
			a:       "“We will not negotiate while the hostages are held,” Minister Ada Lind said.",
			b:       "“We will not negotiate,” Minister Ada Lind said.",
			wording: Shortened, drift: []string{}, refDrift: []string{"while the hostages are held"},
		},
		{
			name:    "extended",
			a:       "“Prices will fall,” said economist Mara Cole in Paris.",
			b:       "“Prices will fall next year,” said economist Mara Cole in Paris.",
			wording: Extended, drift: []string{"next year"}, refDrift: []string{},
		},
		{
			name:        "the same person with another role",
			a:           "“The border stays open,” White House spokesperson Tom Reed said.",
			b:           "“The border stays open,” said White House spokesman Tom Reed.",
			wording:     Verbatim,
			attribution: RoleDiffers, drift: []string{}, refDrift: []string{},
		},
		{
			name:        "credited to someone else",
			a:           "“The border stays open,” said Minister Ada Lind.",
			b:           "“The border stays open,” said General Omar Diaz.",
			wording:     Verbatim,
			attribution: SpeakerDiffers, drift: []string{}, refDrift: []string{},
		},
		{
			name:        "a speaker only one report names",
			a:           "“The border stays open,” said Minister Ada Lind.",
			b:           "Officials were told: “The border stays open.”",
			wording:     Verbatim,
			attribution: SpeakerMissing, drift: []string{}, refDrift: []string{},
		},
		{
			name:        "paraphrased without quotation marks",
			a:           "“We will rebuild every school in the province,” Governor Ruth Amos said.",
			b:           "Governor Ruth Amos said the province would rebuild every school.",
			wording:     Paraphrased,
			attribution: SameSpeaker, drift: []string{"province would"}, refDrift: []string{"We will", "in the province"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			al, an := analyze(t, tt.a, tt.b)
			require.Len(t, an.Quotes, 1, "one quote across the reports")
			q := an.Quotes[0]
			require.Len(t, q.Variants, 2)
			ref, v := q.Variants[0], q.Variants[1]
			assert.Equal(t, Reference, ref.Wording)
			assert.Equal(t, 0, ref.Article)
			assert.Equal(t, 1, v.Article)
			assert.Equal(t, tt.wording, v.Wording)
			assert.Equal(t, tt.attribution, v.Attribution)
			assert.Equal(t, tt.drift, spanTexts(al.Articles[1], v.Drift))
			assert.Equal(t, tt.refDrift, spanTexts(al.Articles[0], v.ReferenceDrift))
			assert.Equal(t, tt.wording != Verbatim || tt.attribution == RoleDiffers || tt.attribution == SpeakerDiffers, q.Drifted())
		})
	}
}

func TestDifferentQuotationsStayApart(t *testing.T) {
	a := "“The harvest was the worst in a decade,” farmer Joe Platt said."
	b := "“Our exports will grow this year,” trade minister Ivo Kern said."
	_, an := analyze(t, a, b)
	require.Len(t, an.Quotes, 2)
	for _, q := range an.Quotes {
		assert.Len(t, q.Variants, 1)
		assert.False(t, q.Drifted())
	}
}

func TestQuotationsSharingOnlyNamesStayApart(t *testing.T) {
	a := "“They don't want any life in the Nuba mountains, and now they are expanding the war to the South Sudan republic,” said Yousif Ismail."
	b := "“What do they consider to be South Sudan?” Isaacs asked."
	_, an := analyze(t, a, b)
	require.Len(t, an.Quotes, 2, "South Sudan alone does not make one quotation of two")
	for _, q := range an.Quotes {
		assert.Len(t, q.Variants, 1, "nor a paraphrase")
	}
}
