package model

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Noise is the furniture that web pages and aggregators leave in article
// text. Each rule below finds spans of a paragraph; everything between them
// is prose. Rules look at the shape of the text (a label with a colon, a
// bare domain between sentences), never at one outlet's wording.

// furnitureLine matches a whole paragraph that is page furniture.
var furnitureLine = regexp.MustCompile(`(?i)^(?:see also|read more|read also|also read|more on this|related(?: articles| stories| coverage| content)?|recommended|advertisement|sponsored(?: content)?|share this(?: article| story)?|sign up for [^.]*newsletter[^.]*|subscribe(?: now| to [^.]*)?|follow us on [^.]*|click here[^.]*|all rights reserved\.?|(?:copyright|©)[^.]*|\(?(?:photo|picture|image)s?\s*:[^.]*\)?|listen to (?:this )?(?:article|story)[^.]*|continue reading[^.]*|story continues (?:below|after)[^.]*|skip (?:advert(?:isement)?|ad)[^.]*|\d+\s*min(?:ute)?s?\s+read|(?:most )?(?:read|popular|trending)(?: now| stories)?|top stories|more from [^.]*)\s*:?\s*$`)

// furnitureLabel matches a furniture label that opens a paragraph and is
// followed by a headline: "Read more: Biden warns Iran".
var furnitureLabel = regexp.MustCompile(`(?i)^(?:see also|read more|read also|also read|related|more on this|recommended)\s*:`)

// creditLabel opens a photo credit or caption credit. Every match begins
// with one of creditWords; creditLabels looks for it only there.
var creditLabel = regexp.MustCompile(creditLabelPattern)

// creditLabelAt is creditLabel anchored where one of creditWords begins
// (its leading \b is checked by hand).
var creditLabelAt = regexp.MustCompile(`^` + creditLabelPattern[len(`\b`):])

const creditLabelPattern = `\b(?:(?:Picture|Pictures|Photo|Photos|Photograph|Image|Images|Pic|Credit|Photo credit|Image credit)\s*:\s*|(?:Photo|Photograph|Picture|Image)s?\s+by\s+)`

// bracketCredit is a credit in brackets anywhere: "(Photo: AP)". Every
// match begins with a bracket and one of creditWords.
var bracketCredit = regexp.MustCompile(bracketCreditPattern)

// bracketCreditAt is bracketCredit anchored at an opening bracket.
var bracketCreditAt = regexp.MustCompile(`^` + bracketCreditPattern)

const bracketCreditPattern = `[(\[](?:Picture|Photo|Photograph|Image|Pic|Credit)s?(?:\s*:|\s+by\s)[^)\]\n]{0,120}[)\]]`

// creditWords are how every word of creditLabel and bracketCredit begins.
var creditWords = []string{"Pic", "Pho", "Ima", "Cre"}

// agencies are picture agencies and wire services that end a credit.
var agencies = regexp.MustCompile(`Getty Images|Shutterstock|Alamy(?: Live News)?|iStock(?:photo)?|AFP|AP Photo|AP|Reuters|EPA(?:-EFE)?|PA Wire|PA Images|PA|Bloomberg|Anadolu(?: Agency)?|Xinhua|NurPhoto|SOPA Images|ZUMA(?: Press| Wire)?|Sipa(?: USA)?|UPI|dpa|Rex Features|REX`)

// strayDomain is a bare site name such as "headtopics.com". Its matches
// hold only domain characters (see isDomainByte), so strayDomains runs it
// only on runs of them that hold a point followed by a letter.
var strayDomain = regexp.MustCompile(`(?i)\b(?:[a-z0-9-]+\.)+(?:com|net|org|co|io|news|info|uk|us|au|id|in|ca|de|fr|tv|me|ie|nz|sg|my|ph|za|ng)\b`)

// maxCreditBytes bounds how far a credit may run when nothing ends it.
const maxCreditBytes = 160

// noiseSpans returns the sorted, non-overlapping byte ranges of paragraph
// text s that are noise.
func noiseSpans(s string) []span {
	trimmed := strings.TrimSpace(s)
	if trimmed == "" {
		return nil
	}
	lead := strings.Index(s, trimmed)
	if furnitureLine.MatchString(trimmed) || isBareDomain(trimmed) {
		return []span{{lead, lead + len(trimmed)}}
	}
	var spans []span
	if loc := furnitureLabel.FindStringIndex(trimmed); loc != nil {
		end := len(trimmed)
		if len(strings.Fields(trimmed[loc[1]:])) > 20 {
			end = loc[1] // a long tail is prose after a bare label
		}
		spans = append(spans, span{lead, lead + end})
	}
	for _, loc := range creditLabels(s) {
		if !atSentenceStart(s, loc.start) {
			continue
		}
		spans = append(spans, span{loc.start, creditEnd(s, loc.start, loc.end)})
	}
	spans = append(spans, bracketCredits(s)...)
	for _, loc := range strayDomains(s) {
		if atSentenceStart(s, loc.start) && beforeSentenceStart(s, loc.end) {
			spans = append(spans, loc)
		}
	}
	return mergeSpans(spans)
}

// The three functions below return what FindAllStringIndex of their
// regexp returns, without running the regexp over every byte of a long
// paragraph (where it cost most of the time of parsing): each match can
// only begin at a few places, found with a byte search, and the regexp is
// tried there alone, anchored. Go's \b is an ASCII word boundary, which
// isWordByte checks. TestNoiseRulesMatchTheirRegexps compares them with
// the plain regexps on every text at hand.

// creditLabels returns the matches of creditLabel in s.
func creditLabels(s string) []span {
	var out []span
	words := newLiterals(s, creditWords...)
	for i := 0; i < len(s); {
		p := words.next(i)
		if p < 0 {
			break
		}
		if p > 0 && isWordByte(s[p-1]) {
			i = p + 1
			continue
		}
		if loc := creditLabelAt.FindStringIndex(s[p:]); loc != nil {
			out = append(out, span{p, p + loc[1]})
			i = p + loc[1]
			continue
		}
		i = p + 1
	}
	return out
}

// bracketCredits returns the matches of bracketCredit in s.
func bracketCredits(s string) []span {
	var out []span
	brackets := newLiterals(s, "(", "[")
	for i := 0; i < len(s); {
		p := brackets.next(i)
		if p < 0 {
			break
		}
		if hasCreditWordAt(s, p+1) {
			if loc := bracketCreditAt.FindStringIndex(s[p:]); loc != nil {
				out = append(out, span{p, p + loc[1]})
				i = p + loc[1]
				continue
			}
		}
		i = p + 1
	}
	return out
}

// hasCreditWordAt reports whether one of creditWords begins at s[i].
func hasCreditWordAt(s string, i int) bool {
	for _, w := range creditWords {
		if strings.HasPrefix(s[min(i, len(s)):], w) {
			return true
		}
	}
	return false
}

// strayDomains returns the matches of strayDomain in s. A match holds
// only domain characters and a point followed by a letter; every byte
// next to a run of domain characters is ASCII and not a word character,
// so the regexp finds the same matches in the run alone as in s.
func strayDomains(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '.')
		if k < 0 || i+k+1 >= len(s) {
			break
		}
		dot := i + k
		if c := s[dot+1]; !isASCIILetter(c) && c < utf8.RuneSelf {
			i = dot + 1
			continue
		}
		start, end := dot, dot+1
		for start > 0 && isDomainByte(s[start-1]) {
			start--
		}
		for end < len(s) && isDomainByte(s[end]) {
			end++
		}
		for _, loc := range strayDomain.FindAllStringIndex(s[start:end], -1) {
			out = append(out, span{start + loc[0], start + loc[1]})
		}
		i = end
	}
	return out
}

// isBareDomain reports whether s is nothing but a site name.
func isBareDomain(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDomainByte(s[i]) {
			return false // a space, say: prose, without running the regexp
		}
	}
	loc := strayDomain.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s)
}

// isDomainByte reports whether byte c can be part of a match of
// strayDomain: an ASCII letter, digit, point, hyphen or underscore (which
// strayDomain never matches, but a word character must not border a run),
// or any byte of a non-ASCII character (under (?i), [a-z] matches the
// Kelvin sign and the long s).
func isDomainByte(c byte) bool {
	return isWordByte(c) || c == '.' || c == '-' || c >= utf8.RuneSelf
}

// isWordByte reports whether c is a word character for \b: an ASCII
// letter, digit or underscore.
func isWordByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '_'
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// creditEnd finds where a credit whose label spans s[start:from] stops:
// after the last agency name before the credit is interrupted by a
// quotation, a comma, a line break or the end of a sentence. The credit
// never ends in white space, not even the label's own ("Pic: " before a
// quotation).
func creditEnd(s string, start, from int) int {
	limit := min(len(s), from+maxCreditBytes)
	for i := from; i < limit; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == ',' || r == ';' || r == '\n' || r == '“' || r == '"' || r == '‘' || (r == '.' && i+1 < len(s) && s[i+1] == ' ') {
			limit = i
			break
		}
		i += size
	}
	end := limit
	if locs := agencies.FindAllStringIndex(s[from:limit], -1); len(locs) > 0 {
		end = from + locs[len(locs)-1][1]
	}
	return start + len(strings.TrimRightFunc(s[start:end], unicode.IsSpace))
}

// atSentenceStart reports whether s[i] begins a paragraph or follows the end
// of a sentence (optionally closed by quotes) and white space.
func atSentenceStart(s string, i int) bool {
	b := i
	for b > 0 {
		r, sz := utf8.DecodeLastRuneInString(s[:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= sz
	}
	if b == 0 {
		return true
	}
	for b > 0 {
		r, sz := utf8.DecodeLastRuneInString(s[:b])
		if !isCloser(r) {
			break
		}
		b -= sz
	}
	r, _ := utf8.DecodeLastRuneInString(s[:b])
	return isTerminator(r)
}

// beforeSentenceStart reports whether s[i:] is the end of the paragraph or
// white space followed by the start of a new sentence.
func beforeSentenceStart(s string, i int) bool {
	rest := strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	if rest == "" {
		return true
	}
	if len(rest) == len(s[i:]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || isOpener(r)
}

// mergeSpans sorts spans and joins those that overlap.
func mergeSpans(spans []span) []span {
	if len(spans) < 2 {
		return spans
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	out := spans[:1]
	for _, sp := range spans[1:] {
		last := &out[len(out)-1]
		if sp.start <= last.end {
			last.end = max(last.end, sp.end)
			continue
		}
		out = append(out, sp)
	}
	return out
}
