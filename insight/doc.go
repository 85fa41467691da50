// Package insight reads what a word diff cannot show from aligned reports:
// direct quotations and how their wording and attribution drift from one
// report to another, the facts each report gives (numbers with what they
// count, dates, named people, places and organisations) and where they
// conflict, and what each report covers and whom it credits.
//
// Everything is rule-based, deterministic and offline, so that every result
// can be explained by pointing at the words that produced it.
package insight
