package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStemJoinsInflections(t *testing.T) {
	tests := []struct{ a, b string }{
		{"targeted", "targeting"},
		{"told", "tell"},
		{"said", "says"},
		{"children", "child"},
		{"fled", "flee"},
		{"bombings", "bombing"},
		{"evacuated", "evacuating"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, Stem(tt.a), Stem(tt.b))
		})
	}
}

func TestStemKeepsWordsOfTheirOwn(t *testing.T) {
	// "ground" is a noun of its own, not only the past of "grind"; figures
	// and names outside a-z are kept as they are.
	assert.NotEqual(t, Stem("grind"), Stem("ground"))
	assert.Equal(t, "1400", Stem("1400"))
	assert.Equal(t, "zürich", Stem("zürich"))
}

func TestCountKnowsCommonFromRare(t *testing.T) {
	assert.Greater(t, Count(Stem("said")), 100*Count(Stem("spokesman")))
	assert.Positive(t, Count(Stem("spokesman")))
	assert.Zero(t, Count(Stem("amirabdollahian")))
}

func TestRelatedFindsNearSynonyms(t *testing.T) {
	tests := []struct{ a, b string }{
		{"spokesman", "spokesperson"},
		{"journalist", "correspondent"},
		{"attack", "strike"},
		{"dead", "deceased"},
		{"explosion", "explode"},
		{"australian", "australia"},
		{"warn", "caution"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Contains(t, Related(Stem(tt.a)), Stem(tt.b))
			assert.Contains(t, Related(Stem(tt.b)), Stem(tt.a), "the relation is symmetric")
		})
	}
}

func TestRelatedLeavesContrastsApart(t *testing.T) {
	assert.NotContains(t, Related(Stem("monday")), Stem("tuesday"))
	assert.NotContains(t, Related(Stem("man")), Stem("woman"))
	assert.Empty(t, Related(Stem("the")))
}
