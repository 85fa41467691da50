// Package diffing compares articles: it normalises words, measures how
// similar passages are, aligns the passages of two or more articles that
// tell the same thing, and finds the words that differ inside each match.
//
// # What it optimises
//
// A reader comparing reports wants every passage of one report placed next
// to the passages of the others that tell the same fact, wherever they are:
// outlets reorder facts, split and merge sentences and reword them. An
// ordered diff (Myers, patience, or the anchored diff of Go's
// src/internal/diff) cannot do this, because it only finds a common
// subsequence. parallax therefore aligns by content first and by order
// never: it looks for the most similar partner of each passage, anywhere.
//
// # Method
//
//  1. Words. Each prose passage is tokenized into words with byte offsets.
//     Words are compared in a normalised form (Normalize): lower case,
//     accents folded, curly quotes straightened, possessive 's and inner
//     hyphens dropped (Amir-Abdollahian = Amirabdollahian), thousands
//     separators removed (1,400 = 1400), number words as figures
//     (four = 4). The text shown is always the original.
//
//  2. Weights. Every passage becomes a TF-IDF vector: sublinear term
//     frequency (1 + ln tf) times ln(1 + N/df), with N the number of prose
//     passages in all articles and df the number holding the word; English
//     stop words weigh a little (stopWeight) so that they tell an exact
//     repetition from a paraphrase but never make a match by themselves.
//     Similarity is the cosine of two vectors.
//
//  3. Candidates. An inverted index maps each informative word to the
//     passages holding it. A passage is only ever scored against passages
//     sharing an informative word that is not too common
//     (Config.MaxPostings), and keeps its Config.MaxCandidates best
//     partners scoring at least Config.MinScore. Two passages must share
//     Config.MinSharedTerms informative words (or all that either has), so
//     one coincidental word never makes a match.
//
//  4. Selection. Candidate pairs are taken greedily by descending score,
//     one partner per passage (a maximal-weight matching heuristic).
//     Then a left-over passage joins the match of its neighbour when the two
//     read together are closer to the partner than the neighbour alone (a
//     sentence split in two, or two merged into one), or when it is itself
//     strongly similar to that partner (a fact told twice). Links between
//     every pair of articles are joined with a union-find, so a fact told by
//     three reports is one match with three members.
//
//  5. Relation. Each match gets a score (the cosine of the members read as
//     one text each, averaged over pairs of articles) and a relation:
//     identical when the normalised words are the same, reworded when the
//     score reaches Config.RewordedScore and at least Config.RewordedOverlap
//     of the words are shared in order (the same sentence edited, as in
//     "relayed" / "conveyed"), related otherwise (the same fact in other
//     words).
//
//  6. Word differences. Inside a match the members' words are diffed with
//     go-diff's Myers implementation, each distinct normalised word mapped
//     to one rune (so the diff runs on words, and hundreds of distinct words
//     are no problem), then cleaned up semantically so that a rewritten
//     clause shows as one change. The words one member has and the other
//     lacks are reported as byte spans into the article text.
//
// # Cost
//
// With n words in all, tokenizing, weighting and indexing are O(n). Scoring
// visits, for each passage, the postings of its informative words, capped
// at MaxPostings each, so candidate generation is O(n · MaxPostings) in the
// worst case and near-linear in practice; selection sorts O(P · MaxCandidates)
// pairs for P passages. Word diffs cost O(L·D) per match for passages of L
// words differing in D.
package diffing
