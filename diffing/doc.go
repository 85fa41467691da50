// Package diffing compares articles: it normalises words, measures how
// similar passages are, aligns the passages of two or more articles that
// tell the same thing, and finds the words that differ inside each match.
//
// # What it optimises
//
// A reader comparing reports wants every passage of one report placed next
// to the passages of the others that tell the same fact, wherever they are:
// outlets reorder facts, split and merge sentences, repeat them and reword
// them. An ordered diff (Myers, patience, or the anchored diff of Go's
// src/internal/diff) cannot do this, because it only finds a common
// subsequence. parallax therefore aligns by content first, and uses order
// only where the two reports run in step. It aims at precision first: a
// match shown must be real, and every match carries its score and the
// shared words that made it, so that the reader can judge it.
//
// # Method
//
//  1. Words. Each prose passage is tokenized into words with byte offsets
//     (Tokenize). Words are compared in a normalised form (Normalize: case,
//     accents, curly quotes, possessive 's, inner hyphens, thousands
//     separators and number words folded, so Amir-Abdollahian =
//     Amirabdollahian and 1,400 = 1400; a number spelled over several
//     words, "fourteen hundred" or "1.4 million", also counts as its
//     figure; what web text carries unseen folds too: invisible format
//     characters inside words, compatibility forms such as ligatures and
//     full-width digits, apostrophe-like marks, spaces between digit
//     groups, words hyphenated at a line end, see invisible.go), reduced
//     to a stem for similarity
//     (lexicon.Stem: WordNet's irregular forms, then Snowball's Porter2
//     stemmer, so told = tell and targeted = targeting). Words unknown to
//     the background corpus whose letter trigrams mostly agree are taken
//     for one name spelled two ways (al-Baghdadi = Baghdadi, Gaddafi =
//     Qaddafi), found through a trigram index so that only likely pairs are
//     compared. The text shown is always the original, and word
//     differences use the normalised words, not the stems.
//
//  2. Weights. Every passage becomes a vector of stems weighted by
//     sublinear term frequency (1 + ln tf) times the geometric mean of two
//     inverse frequencies: ln(1 + N/df) over the N prose passages of the
//     articles, which tells what is distinctive in these reports, and
//     ln(51M/(count+1)) from SUBTLEX-US word counts (lexicon.Count), which
//     knows that "Khamenei" is rarer than "said" even when two one-sentence
//     reports give no statistics of their own. English stop words weigh
//     a little (stopWeight) so that they tell an exact repetition from a
//     paraphrase but never make a match. Similarity is the cosine of two
//     vectors plus a part credit (Config.SynonymCredit) for near-synonyms
//     from WordNet (spokesman, spokesperson): a soft cosine.
//
//  3. Candidates. An inverted index maps each informative stem to the
//     passages holding it, with its weight. A passage is only scored against
//     passages sharing an informative stem found in at most
//     Config.MaxPostings passages; walking those postings accumulates the
//     informative part of the cosine at constant cost per posting, and only
//     the best 2·Config.MaxCandidates get an exact similarity. A pair must
//     reach Config.CandidateScore and share Config.MinSharedTerms
//     informative words (near-synonyms count), unless those are all either
//     has: one shared word ("immediately") is a coincidence more often than
//     a fact.
//
//  4. The link model. A similarity alone says too little: 0.3 is a sure
//     link between two long paraphrases and a coincidence between two
//     short sentences that share a name. So each candidate pair's evidence
//     (evidence.go: the soft cosine, how much of each passage's weight the
//     other covers, how the pair ranks among each passage's candidates and
//     whether each is the other's best, the similarity of the pairs just
//     before and after it, shared words and shared pairs of consecutive
//     words, the passages' lengths) goes into a logistic regression whose
//     output is the probability that the pair is a link (linkmodel.go,
//     learnt from the development links by TestTrainLinkModel, a
//     deterministic fit). Match.Score is that probability, Config.MinScore
//     its floor.
//
//  5. Order. Reports that run in step (translations, edited copies, long
//     texts) say more by their order than by any one pair's words. The
//     confident pairs (Config.BackboneScore) give the backbone
//     (backbone.go): the heaviest chain of pairs increasing in both
//     reports, a longest increasing subsequence weighted by probability,
//     O(K log K) for K pairs, in the spirit of the anchors of Gale and
//     Church (1993), Bleualign and Vecalign. Where it holds enough of the
//     passages, the passages within two of where it expects each partner
//     become candidates too (a loosely translated verse, a formula told
//     word for word all through a text, whose right copy the candidate
//     search may have passed over). A second stage of the model reads
//     every pair again against the backbone: on it, near it, or competing
//     with a pair on it; a passage told out of order with no rival in
//     order is not held back, so a moved passage is still a match.
//
//  6. Matches. Links of every pair of articles are grouped most probable
//     first (grouping.go). A link joins the groups of its passages only if
//     the joined group has a pivot linked to every other member at
//     MinScore or more, and no two members from different articles are
//     plainly unrelated (complete linkage at linkageFloor): a match holds
//     passages that tell the same thing, never a chain of links that
//     drifts from one fact to another, and reading several reports
//     together loses nothing of reading them in pairs. A second passage of
//     one report must bring its partner closer (one sentence told as two),
//     two matches join only when the link between them is nearly as
//     strong as their own (a fact told twice), and no report has more than
//     Config.MaxGroup passages in a match. Then the halves of a sentence
//     told as two join their neighbour's match when together they come
//     closer to it (Config.SplitScore), and in reports told in step a
//     passage left alone between two matches joins the one it shares more
//     with, as Gale and Church align a sentence translated as two.
//
//  7. Relation. Each match gets its probability and a relation:
//     identical when the normalised words are the same; reworded when the
//     similarity reaches Config.RewordedScore (0.45) and the word overlap
//     (WordDiff.Overlap: words shared in order) reaches
//     Config.RewordedOverlap (0.5), the same sentence edited, as in
//     "relayed" / "conveyed"; related when the probability reaches
//     Config.RelatedScore (0.7), the same fact in other words; possible
//     below that, a match the evidence does not settle, shown for the
//     reader to judge. The thresholds were read from the grid of link
//     precision by probability and overlap on the development link sets
//     (TestAlignmentQuality -tiers).
//
//  8. Word differences. Inside a match the members' words are diffed with
//     go-diff's Myers implementation, each distinct normalised word mapped
//     to one rune (so the diff runs on words, and hundreds of distinct words
//     are no problem), then cleaned up semantically so that a rewritten
//     clause shows as one change. The words one member has and the other
//     lacks are reported as byte spans into the article text (Match.Diff);
//     a word the diff moved that the other member has too, elsewhere
//     ("said" before or after the name), is no difference of wording and
//     is reported apart (Match.Moved).
//
// # Settings
//
// DefaultConfig's numbers were chosen on the development split of the link
// sets in ../shared/data, scored as a whole (never pair by pair), and the
// link model's weights learnt from news_synth and the Bible set by
// TestTrainLinkModel (news_ecb links sentences about the same event, and
// almost only among the first sentences of each report, which would teach
// the model that place). MinScore is where news_synth's micro F1 peaks
// (0.30: 0.689, 0.35: 0.692, 0.40: 0.684); CandidateScore was chosen by
// two-fold cross-validation (0.10: 0.687 and 0.670, 0.15: 0.693 and
// 0.677, 0.20: 0.687 and 0.677); RelatedScore and RelatedSimilarity where
// the related tier's links are right more than 0.8 of the time on
// news_synth, in cross-validation too (0.851, 0.839). No word list comes
// from the data: the stop words are a standard English list and the
// tables of package lexicon come from SUBTLEX-US and WordNet.
//
// # Cost
//
// With n words and P passages in all, tokenizing, weighting and indexing
// are O(n) (plus one table look-up per distinct word, and a trigram index
// over the distinct unknown words for name variants). Candidate search
// visits, for each passage, the postings of its informative stems, capped at
// MaxPostings each: O(n·MaxPostings) in the worst case and far less in
// practice, with O(MaxCandidates) exact similarities per passage. The
// link model reads O(1) evidence per candidate pair (merges of the two
// passages' vectors and word pairs); the backbone is a weighted longest
// increasing subsequence, O(K log K) for K candidate pairs, and adds at
// most 2·window+1 pairs per passage; grouping sorts the K links and checks
// each join against the groups' members, at most MaxGroup per article, so
// O(K log K) in all. Word diffs cost
// O(L·D) per match for members of L words differing in D. Memory is O(n):
// 4 bytes a word (its id; where a word lies is found again by reading the
// passages of matches when their differences are reported), 8 bytes an
// entry of a passage's term vector, its near-synonyms and the inverted
// index.
//
// The work is spread over the cores GOMAXPROCS allows, never at the price
// of a result that depends on scheduling: the articles are read and
// indexed each on its own goroutine, distinct words are stemmed in chunks,
// and candidate search and match building take chunks of passages and
// matches, every result written to its own index. Term ids, and so the
// order of every floating-point sum, are those of one reading of the
// articles in order: each article's words get ids of its own in the order
// met, and the dictionaries are merged in article order. The output is the
// same on one core and on many (TestAlignIsTheSameOnAnyNumberOfCoresAndEveryRun).
// On two cores, a million words a side (the King James and World English
// Bibles) align in about 0.6 s (BenchmarkAlign/1M).
//
// References: G. Salton and C. Buckley, "Term-weighting approaches in
// automatic text retrieval" (1988); M. Porter, the Snowball English
// (Porter2) stemmer; M. Brysbaert and B. New, "Moving beyond Kučera and
// Francis" (2009), SUBTLEX-US; G. Miller, "WordNet" (1995); G. Sidorov et
// al., "Soft similarity and soft cosine measure" (2014); W. Gale and K.
// Church, "A program for aligning sentences in bilingual corpora" (1993).
package diffing
