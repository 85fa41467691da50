// Package insight reads what a word diff cannot show from aligned reports:
// direct quotations and how their wording and attribution drift from one
// report to another, the facts each report gives (numbers with what they
// count, dates, named people, places and organisations) and where they
// conflict, and what each report covers and whom it credits.
//
// # Why rules
//
// A fact-checker must be able to see why a quotation was credited to
// someone or why two figures were called a conflict. Every result here
// comes from a rule that can be explained by pointing at the words that
// triggered it; nothing is learnt from other text, nothing is fetched, and
// the same input always gives the same output. Names are learnt from the
// reports themselves (a word is a name when a report capitalises it in
// mid-sentence: a gazetteer derived from the reports); the only word lists
// (lexicon.go) are general English: verbs of saying, titles, institution
// nouns, qualifiers of figures, calendar names.
//
// # Method
//
//  1. Words. Each article's prose is split into the words diffing.Tokenize
//     finds (by a tokenizer that normalises each distinct spelling once);
//     every word keeps its byte offsets, passage and paragraph, and its
//     shape (capitalised, acronym, possessive, first in its sentence).
//  2. Quotations. A scanner walks each paragraph's prose, opening and
//     closing quotation marks (straight, curly, German, guillemets; single
//     marks only at word boundaries). Quotations left open end with their
//     paragraph and continue in the next one when it opens with a mark.
//  3. Statements. A verb of saying with a speaker phrase before it ("John
//     Kirby said") or, after a comma or quotation, after it (", said John
//     Kirby"), and credits ("according to", "reported by", "citing"). A
//     speaker phrase is a run of name words and roles ending on a name or
//     a role; pronouns and bare titles refer back to earlier speakers.
//  4. Attribution. A quotation takes the statement right after it, else
//     the last one before it in its sentence, else the previous
//     quotation's speaker in its paragraph; a quotation interrupted by its
//     attribution ("…,” he said. “…") is joined into one.
//  5. Quotes across reports. Quotations sharing informative words are
//     compared with diffing.CompareWords; pairs sharing most of the shorter
//     one's words in order are grouped greedily, best first, one version
//     per report. Each version is classified against the reference by the
//     diff's deletions and insertions; a report without a version is
//     searched for a paraphrase in the passages aligned with the quotation.
//  6. Facts. Quantities (a number, its qualifier, the noun it counts, the
//     verb and place around it), dates and names (runs of capitalised
//     words, typed by evidence), grouped across reports by a comparison key.
//  7. Conflicts. For each match, the mentions of both sides that agree are
//     set aside; one mention left on each side (per counted noun for
//     quantities) is classified hard or soft.
//  8. Coverage. Passage counts from the alignment and credits per source.
//
// # Cost
//
// With n words in all, reading words, quotations, statements, names, facts
// and coverage is O(n). Quotations are paired through an inverted index of
// their informative words (postings capped at maxQuotePostings), and each
// candidate pair costs one word diff of the two quotations; a paraphrase
// search slides a window over the aligned passages, O(passage length).
// Conflicts look mentions up by passage, O(mentions + matches); pronouns
// and bare titles find the speaker they refer to in a history of the
// speakers named so far, and attributions are looked up by position,
// rather than by looking back through every statement.
//
// The stages that read one report at a time run for all reports in
// parallel, and so do the comparisons of quotations; every result has its
// own slot, so the analysis is the same however they were scheduled. A
// word takes 28 bytes (offsets, the number of its normal form, its shape),
// so a million-word report needs about 30 MB.
package insight
