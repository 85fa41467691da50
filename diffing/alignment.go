package diffing

import (
	"github.com/parallax-reader/parallax/model"
)

// Relation says how the passages of a match relate.
type Relation int8

const (
	// Unique marks a passage that no other report tells.
	Unique Relation = iota
	// Possible passages may tell the same fact: the evidence links them,
	// but not strongly enough to be sure (a probability below
	// Config.RelatedScore).
	Possible
	// Related passages tell the same fact in different sentences.
	Related
	// Reworded passages are the same sentence with wording changes.
	Reworded
	// Identical passages are the same after normalisation.
	Identical
)

// String returns the relation's name as written in exports.
func (r Relation) String() string {
	switch r {
	case Possible:
		return "possible"
	case Related:
		return "related"
	case Reworded:
		return "reworded"
	case Identical:
		return "identical"
	default:
		return "unique"
	}
}

// Alignment is the result of aligning two or more articles.
type Alignment struct {
	// Articles are the aligned articles, in the order given.
	Articles []*model.Article
	// Matches are ordered by where they first appear, first article first.
	Matches []Match
	// matchOf[a][p] is the index in Matches of the match holding passage p
	// of article a, or -1.
	matchOf [][]int32
}

// Match groups the passages of different articles that tell the same thing.
type Match struct {
	// Score is the probability, from 0 to 1, that the members tell the same
	// thing: the link model's (see linkmodel.go), averaged over the
	// match's pairs of passages from different articles.
	Score float64
	// Similarity is the soft cosine of the members, each read as one text,
	// averaged over pairs of articles.
	Similarity float64
	// Relation is how close the members are.
	Relation Relation
	// Members lists, per article involved, the passages in the match.
	Members []Member
	// Diff holds the words each member has that the other members lack.
	Diff []Span
	// Moved holds the words of each member that the other members have
	// too, but at another place in the sentence (", said X" against "X
	// said"): no difference of wording, shown more quietly if at all.
	Moved []Span
	// Terms are the shared informative words that produced the match, most
	// informative first, in normalised form.
	Terms []string
}

// Member is one article's share of a match.
type Member struct {
	// Article indexes Alignment.Articles.
	Article int
	// Passages index the article's passages, in reading order.
	Passages []int
}

// Span is a run of words in one article that its match partners lack.
type Span struct {
	// Article indexes Alignment.Articles.
	Article int
	// Start and End are byte offsets into the article's Text.
	Start, End int
}

// MatchOf returns the index of the match holding passage p of article a, or
// -1 when the passage is unique or noise.
func (al *Alignment) MatchOf(a, p int) int {
	return int(al.matchOf[a][p])
}

// Member returns the member of match m from article a.
func (m *Match) Member(a int) (Member, bool) {
	for _, mem := range m.Members {
		if mem.Article == a {
			return mem, true
		}
	}
	return Member{}, false
}

// Counts returns, for article a, how many prose passages it has, how many of
// them are in a match, and how many are unique to it. Noise is not counted.
func (al *Alignment) Counts(a int) (passages, matched, unique int) {
	for p, passage := range al.Articles[a].Passages {
		if passage.Kind == model.KindNoise {
			continue
		}
		passages++
		if al.matchOf[a][p] >= 0 {
			matched++
		}
	}
	return passages, matched, passages - matched
}

// index fills matchOf from Matches.
func (al *Alignment) index() {
	al.matchOf = make([][]int32, len(al.Articles))
	for a, art := range al.Articles {
		al.matchOf[a] = make([]int32, len(art.Passages))
		for p := range al.matchOf[a] {
			al.matchOf[a][p] = -1
		}
	}
	for m, match := range al.Matches {
		for _, mem := range match.Members {
			for _, p := range mem.Passages {
				al.matchOf[mem.Article][p] = int32(m)
			}
		}
	}
}
