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
// mid-sentence: a gazetteer derived from the reports); the word lists
// (lexicon.go) are general English: verbs of saying, titles and roles,
// institution nouns, qualifiers of figures, calendar names, units. The one
// list of proper names (places.go) holds the world's states, their
// capitals and adjectives, to settle the kind of names the reports leave
// open.
//
// # Method
//
//  1. Words. Each article's prose is split into the words diffing.Tokenize
//     finds (by a tokenizer that normalises each distinct spelling once);
//     every word keeps its byte offsets, passage and paragraph, and its
//     shape (capitalised, acronym, possessive, first in its sentence).
//  2. Quotations. A scanner walks each paragraph's prose and the
//     headline, opening and closing quotation marks (straight, curly,
//     German, guillemets, wire copy's doubled backticks and apostrophes,
//     single marks only at word boundaries). A mark that does not say
//     which it does (a straight one, or any mark set off by spaces) is
//     read by its shape: space before and a word after opens. An opener
//     while a quotation is open ends it;
//     quotations left open end with their paragraph and continue in the
//     next one when it opens with a mark, and one a straight mark opened
//     that runs over sentences or starts with an attribution is dropped (a
//     stray mark). Titles and nicknames are set aside.
//  3. Statements. A verb of saying with a speaker phrase before it ("John
//     Kirby said", across an aside between commas, auxiliaries, "laughed
//     and said") or, after a comma or quotation, after it (", said John
//     Kirby", "said a spokesman, Rabie A. Atti"), credits ("according to",
//     "reported by", "citing"), passive agents ("described by X as"),
//     participles ("…, calling them"), and for a sentence quoting words
//     with no verb of saying, its subject. A speaker phrase is a run of
//     name words and roles ending on a name or a role, or a role before a
//     preposition ("one woman in Qeshm").
//  4. Speakers. Statements are read in order with a history of the people
//     and bodies named so far: a pronoun refers to the speaker of its
//     sentence or the one before, else to the nearest person (or body)
//     named that it can refer to (sex from titles and the narration's own
//     pronouns), and is left unresolved when there is none; bare titles
//     refer to the latest speaker described with their words.
//     Attribution takes, in order: the statement right after the
//     quotation or between its parts; one before it in its sentence or
//     a colon introducing it; a dash credit; a statement closing its
//     sentence; the statement or quotation it goes on from; a source;
//     the sentence's subject. Each speaker carries the cue and a
//     confidence (high, medium, low); drift in attribution is reported
//     only between confident speakers.
//  5. Quotes across reports. Quotations sharing informative words are
//     compared with diffing.CompareWords; pairs sharing most of the shorter
//     one's words in order are grouped greedily, best first, one version
//     per report. Each version is classified against the reference by the
//     diff's deletions and insertions; a report without a version is
//     searched for a paraphrase in the passages aligned with the quotation.
//  6. Facts. Quantities (a number, its qualifier, the noun or unit it
//     counts, the verb and place around it), dates and names (runs of
//     capitalised words kept whole across initials and hyphens, typed by
//     evidence and the list of places), grouped across reports by a
//     comparison key; acronyms, family names, compass adjectives and
//     spellings a letter apart in different reports are one name.
//  7. Conflicts. For each match, the mentions of both sides that agree are
//     set aside; one mention left on each side (per counted noun for
//     quantities, or counts of people) is classified hard or soft, and a
//     name left on each side that is the other spelled differently is a
//     spelling conflict.
//  8. Coverage. Passage counts from the alignment and credits per source.
//
// # Cost
//
// With n words in all, reading words, quotations, statements, names, facts
// and coverage is O(n). Quotations are paired through an inverted index of
// their informative words (postings capped at maxQuotePostings), and each
// candidate pair costs one word diff of the two quotations; a paraphrase
// search slides a window over the aligned passages, O(passage length).
// Conflicts look mentions up by passage, O(mentions + matches · log
// mentions); pronouns and bare titles find whom they refer to in a history
// of the people and speakers named so far (the latest of each kind of
// referent), and attributions are looked up by position, rather than by
// looking back through every statement. Names spelled differently are
// compared in buckets of one kind, length and first letter.
//
// The stages that read one report at a time run for all reports in
// parallel, and so do the comparisons of quotations; every result has its
// own slot, so the analysis is the same however they were scheduled. A
// word takes 28 bytes (offsets, the number of its normal form, its shape),
// so a million-word report needs about 30 MB.
package insight
