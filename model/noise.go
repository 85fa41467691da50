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

// creditLabel opens a photo credit or caption credit.
var creditLabel = regexp.MustCompile(`\b(?:(?:Picture|Pictures|Photo|Photos|Photograph|Image|Images|Pic|Credit|Photo credit|Image credit)\s*:\s*|(?:Photo|Photograph|Picture|Image)s?\s+by\s+)`)

// bracketCredit is a credit in brackets anywhere: "(Photo: AP)".
var bracketCredit = regexp.MustCompile(`[(\[](?:Picture|Photo|Photograph|Image|Pic|Credit)s?(?:\s*:|\s+by\s)[^)\]\n]{0,120}[)\]]`)

// agencies are picture agencies and wire services that end a credit.
var agencies = regexp.MustCompile(`Getty Images|Shutterstock|Alamy(?: Live News)?|iStock(?:photo)?|AFP|AP Photo|AP|Reuters|EPA(?:-EFE)?|PA Wire|PA Images|PA|Bloomberg|Anadolu(?: Agency)?|Xinhua|NurPhoto|SOPA Images|ZUMA(?: Press| Wire)?|Sipa(?: USA)?|UPI|dpa|Rex Features|REX`)

// strayDomain is a bare site name such as "headtopics.com".
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
	for _, loc := range creditLabel.FindAllStringIndex(s, -1) {
		if !atSentenceStart(s, loc[0]) {
			continue
		}
		spans = append(spans, span{loc[0], creditEnd(s, loc[1])})
	}
	for _, loc := range bracketCredit.FindAllStringIndex(s, -1) {
		spans = append(spans, span{loc[0], loc[1]})
	}
	for _, loc := range strayDomain.FindAllStringIndex(s, -1) {
		if atSentenceStart(s, loc[0]) && beforeSentenceStart(s, loc[1]) {
			spans = append(spans, span{loc[0], loc[1]})
		}
	}
	return mergeSpans(spans)
}

// isBareDomain reports whether s is nothing but a site name.
func isBareDomain(s string) bool {
	loc := strayDomain.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s)
}

// creditEnd finds where a credit whose label ends at from stops: after the
// last agency name before the credit is interrupted by a quotation, a comma,
// a line break or the end of a sentence.
func creditEnd(s string, from int) int {
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
	for end > from && s[end-1] == ' ' {
		end--
	}
	return end
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
