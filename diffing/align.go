package diffing

import (
	"context"

	"github.com/parallax-reader/parallax/model"
)

// Config tunes the aligner. Build one with DefaultConfig and change fields.
type Config struct {
	// MinScore is the lowest probability, from 0 to 1, that two passages
	// tell the same thing (the link model's, see linkmodel.go) at which
	// they may match. Raising it makes parallax stricter.
	MinScore float64
	// RelatedScore and RelatedSimilarity are the lowest probability and
	// the lowest similarity at which a match is shown as related (or
	// reworded); below either, down to MinScore, it is only possible. A
	// match the model is sure of on little shared wording (each passage
	// the other's best, in place) is left for the reader to judge.
	RelatedScore, RelatedSimilarity float64
	// RewordedScore and RewordedOverlap are the lowest similarity and the
	// lowest word overlap (WordDiff.Overlap) at which a match counts as the
	// same sentence edited; below either, its passages are only related.
	RewordedScore, RewordedOverlap float64
	// CandidateScore is the lowest similarity at which two passages are
	// candidates for the link model to weigh.
	CandidateScore float64
	// BackboneScore is the lowest first-stage probability of the pairs the
	// in-step backbone is made of.
	BackboneScore float64
	// MinSharedTerms is how many informative words two passages must share
	// to be candidates, unless those are all the informative words either
	// has: one shared word ("immediately") is a coincidence more often than
	// a fact. A pair of near-synonyms counts as a shared word.
	MinSharedTerms int
	// SynonymCredit is how much a pair of near-synonyms (spokesman,
	// spokesperson) counts towards similarity, as a share of what the same
	// word would count; 0 turns synonyms off.
	SynonymCredit float64
	// SplitScore is the lowest similarity a passage must have by itself
	// with a passage of a match to join it as the other half of a sentence
	// told as two (see joinSplits).
	SplitScore float64
	// MaxGroup is the most passages one report may have in a match.
	MaxGroup int
	// MaxCandidates is how many of its most similar partners each passage
	// keeps as candidates.
	MaxCandidates int
	// MaxPostings is how many passages a word may appear in and still
	// propose candidate pairs. Commoner words still count in scores; the cap
	// keeps the candidate search near-linear in the length of the articles.
	MaxPostings int
	// Progress, when set, is called as alignment advances, from the
	// goroutine running it: phase names the stage and done of total counts
	// its work: articles for PhaseIndex, passages whose candidates are
	// known for PhaseMatch (every 1,024 or so; each pair of articles counts
	// the passages of both), matches for PhaseDiff (every 512).
	Progress func(phase Phase, done, total int)
}

// Phase names a stage of alignment, for progress reports.
type Phase string

// The stages of alignment, in order.
const (
	PhaseIndex Phase = "indexing words"
	PhaseMatch Phase = "matching passages"
	PhaseDiff  Phase = "comparing words"
)

// report calls cfg.Progress when it is set.
func (cfg Config) report(phase Phase, done, total int) {
	if cfg.Progress != nil {
		cfg.Progress(phase, done, total)
	}
}

// DefaultConfig returns the settings parallax uses unless told otherwise.
// The package documentation says how they were chosen.
func DefaultConfig() Config {
	return Config{
		MinScore:          0.35,
		RelatedScore:      0.7,
		RelatedSimilarity: 0.25,
		RewordedScore:     0.45,
		RewordedOverlap:   0.5,
		CandidateScore:    0.15,
		BackboneScore:     0.5,
		MinSharedTerms:    2,
		SplitScore:        0.15,
		SynonymCredit:     0.3,
		MaxGroup:          4,
		MaxCandidates:     8,
		MaxPostings:       200,
	}
}

// Align finds the passages of articles that tell the same thing and the
// words that differ between them.
func Align(articles []*model.Article, cfg Config) *Alignment {
	al, _ := AlignContext(context.Background(), articles, cfg)
	return al
}

// AlignContext is Align that stops early, returning ctx.Err(), when ctx is
// cancelled (a newer alignment has made this one useless, or the user quit).
// It runs on all the cores GOMAXPROCS allows; its result is the same on
// any number of them.
func AlignContext(ctx context.Context, articles []*model.Article, cfg Config) (*Alignment, error) {
	cfg.report(PhaseIndex, 0, len(articles))
	c, err := newCorpus(ctx, articles, cfg.SynonymCredit > 0)
	if err != nil {
		return nil, err
	}
	cfg.report(PhaseIndex, len(articles), len(articles))
	groups, err := c.link(ctx, cfg)
	if err != nil {
		return nil, err
	}
	cfg.report(PhaseDiff, 0, len(groups))
	matches, err := c.buildMatches(ctx, groups, cfg, func(n int) { cfg.report(PhaseDiff, n, len(groups)) })
	if err != nil {
		return nil, err
	}
	al := &Alignment{Articles: articles, Matches: matches}
	al.index()
	return al, nil
}

// link aligns every pair of articles and returns the coherent groups of
// linked passages (see coherentGroups).
func (c *corpus) link(ctx context.Context, cfg Config) ([]group, error) {
	// Matching reports the passages whose candidates are known, each pair
	// of articles counting the passages of both.
	total, done := 0, 0
	for x := range c.articles {
		for y := x + 1; y < len(c.articles); y++ {
			total += len(c.articles[x].prose) + len(c.articles[y].prose)
		}
	}
	cfg.report(PhaseMatch, 0, total)
	var links []link
	inStep := make([][]float64, len(c.articles))
	for x := range inStep {
		inStep[x] = make([]float64, len(c.articles))
	}
	for x := range c.articles {
		for y := x + 1; y < len(c.articles); y++ {
			pairLinks, share, err := c.alignPair(ctx, x, y, cfg, func(n int) { cfg.report(PhaseMatch, done+n, total) })
			if err != nil {
				return nil, err
			}
			links = append(links, pairLinks...)
			inStep[x][y], inStep[y][x] = share, share
			done += len(c.articles[x].prose) + len(c.articles[y].prose)
		}
	}
	cfg.report(PhaseMatch, total, total)
	return c.coherentGroups(links, inStep, cfg), nil
}
