package seeds

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReportsAreTheTwoSeedsInOrder(t *testing.T) {
	reports, err := Reports()
	require.NoError(t, err)
	require.Len(t, reports, 2)
	assert.Equal(t, "1-white-house-confirms-message.txt", reports[0].Name)
	assert.Equal(t, "2-white-house-admits-message.txt", reports[1].Name)
	assert.Contains(t, string(reports[0].Data), "There was a direct message relayed")
	assert.Contains(t, string(reports[1].Data), "There was a direct message conveyed")
	// Kept byte for byte, noise included.
	assert.Contains(t, string(reports[0].Data), "headtopics.com")
	assert.Equal(t, byte(' '), reports[0].Data[0])
}
