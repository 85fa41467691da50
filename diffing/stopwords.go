package diffing

// stopwords are English function words. They carry little evidence that two
// passages tell the same fact, so they never propose candidate pairs and
// weigh little in similarity; they still count in word diffs.
var stopwords = func() map[string]bool {
	words := []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an",
		"and", "any", "are", "as", "at", "be", "because", "been", "before", "being",
		"below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
		"doing", "down", "during", "each", "few", "for", "from", "further", "had",
		"has", "have", "having", "he", "her", "here", "hers", "herself", "him",
		"himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
		"just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
		"off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
		"over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
		"the", "their", "theirs", "them", "themselves", "then", "there", "these",
		"they", "this", "those", "through", "to", "too", "under", "until", "up",
		"very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
		"whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
		"yourselves", "said", "says", "say", "told", "according", "mr", "mrs", "ms",
		"may", "might", "must", "shall", "upon", "unto", "yet", "thus", "however",
		"which", "whose", "within", "without", "since", "among", "via", "per",
	}
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}()

// IsStopWord reports whether a normalised word is an English function word
// that never makes a match by itself ("the", "said").
func IsStopWord(norm string) bool { return stopwords[norm] }
