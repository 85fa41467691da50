package model

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Whole paragraphs of furniture: bylines, share buttons, newsletter and
// app pitches, captions. Like the rules in noise.go these look at the shape
// of a paragraph (a label, a run of capitalised names, a list of network
// names, an imperative aimed at the reader), never at one outlet's wording.

// bylineLabel opens a byline or a reporting credit: "By Jane Doe",
// "Reporting by Jane Doe; Editing by John Roe".
var bylineLabel = regexp.MustCompile(`^(?:(?:(?:Additional|Written|Reporting|Reported|Words|Story|Text|Edited|Editing|Compiled)\s+)?[Bb]y|BY)\s+`)

// maxBylineWords is the longest byline, in words after its label.
const maxBylineWords = 16

// bylineConnectives are the lower-case words a list of names may hold.
var bylineConnectives = wordSet("and", "by", "in", "of", "for", "at", "from", "with", "the",
	"de", "da", "del", "della", "di", "do", "dos", "van", "von", "der", "den", "la", "le", "bin", "al", "el", "y", "e", "editing")

// notNames are capitalised words that start "By …" prose, not a byline.
var notNames = wordSet("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December", "Then", "Now", "Contrast", "Comparison", "Law", "Noon", "Midday", "Midnight",
	"Mid", "Late", "Early", "Last", "Next", "This", "That", "These", "Those", "Some", "Most", "All")

// bylineNames returns the names a byline paragraph credits ("Jane Doe,
// Reuters"), and whether s is a byline: a label followed by a short run of
// capitalised names, figures and connectives. A date or section after a
// separator (|, •, ·) belongs to the byline but not to the names.
func bylineNames(s string) (string, bool) {
	loc := bylineLabel.FindStringIndex(s)
	if loc == nil {
		return "", false
	}
	rest := s[loc[1]:]
	if r := lastRune(rest); r == '?' || r == '!' || r == ':' {
		return "", false
	}
	words := strings.FieldsFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;|•·&/()", r)
	})
	if len(words) == 0 || len(words) > maxBylineWords || notNames[strings.Trim(words[0], ".")] {
		return "", false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r), !unicode.IsLetter(r):
		case i > 0 && (bylineConnectives[w] || strings.Contains(w, ".")): // "and", "p.m."
		default:
			return "", false
		}
	}
	names := rest
	if i := strings.IndexAny(rest, "|•·"); i >= 0 {
		names = rest[:i]
	}
	return strings.TrimRight(strings.TrimSpace(names), " ,;-–—"), true
}

// shareWords are what a row of share buttons is made of.
var shareWords = wordSet("share", "shares", "sharing", "tweet", "email", "e", "mail", "facebook", "twitter", "x",
	"linkedin", "whatsapp", "reddit", "pinterest", "telegram", "messenger", "flipboard", "bluesky", "threads",
	"mastodon", "print", "copy", "copied", "link", "url", "save", "saved", "gift", "comments", "comment",
	"this", "article", "story", "page", "on", "via", "to", "or")

// shareTargets are the words that make a run of shareWords a share row,
// rather than, say, the one-word paragraph "Comments".
var shareTargets = wordSet("share", "tweet", "email", "facebook", "twitter", "linkedin", "whatsapp", "reddit",
	"pinterest", "telegram", "flipboard", "bluesky", "copy")

// isShareRow reports whether s is nothing but share buttons: "Share this
// article", "Facebook Twitter WhatsApp Email Copy link".
func isShareRow(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	target := false
	for _, w := range words {
		if !shareWords[w] {
			return false
		}
		target = target || shareTargets[w]
	}
	return target
}

// callVerbs open an appeal to the reader.
var callVerbs = wordSet("sign", "subscribe", "get", "join", "receive", "enter", "follow", "download", "click",
	"tap", "like", "register", "listen", "watch", "want", "stay", "support", "become", "install", "never", "don't", "dont")

// callObjects are what such an appeal is about: newsletters, apps, feeds.
var callObjects = regexp.MustCompile(`(?i)\b(?:newsletters?|inbox|subscri(?:be|ption|bers?)|sign(?:ing)? up|app|podcasts?|alerts?|notifications?|follow us|channel|feed|our (?:website|site|coverage)|premium|membership)\b`)

// maxCallWords is the longest appeal to the reader, in words.
const maxCallWords = 30

// isCallToAction reports whether s is an appeal to the reader ("Sign up
// for our daily newsletter", "Follow us on Telegram", "Download the app for
// breaking news alerts"): a short paragraph opening with an imperative and
// naming a newsletter, app, channel or subscription.
func isCallToAction(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxCallWords {
		return false
	}
	first := strings.ToLower(strings.TrimFunc(words[0], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }))
	return callVerbs[first] && callObjects.MatchString(s)
}

// captionLabel opens a caption or a source note standing as its own
// paragraph: "Image caption, …", "Caption: …", "Image source, Getty".
var captionLabel = regexp.MustCompile(`(?i)^(?:(?:image|photo|picture|video|media)\s+)?(?:caption|source|credit)\s*[:,]\s*\S`)

// slashCredit is a photographer's credit in the agency's style, ending a
// caption: "REUTERS/Mohammed Salem", "AFP/Getty Images".
var slashCredit = regexp.MustCompile(`\b\p{Lu}{2,}(?:\s\p{Lu}{2,})?/\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,3}\)?\s*$`)

// maxCaptionWords is the longest paragraph taken for a caption because a
// credit ends it.
const maxCaptionWords = 60

// isCaption reports whether paragraph s is a picture caption: it opens
// with a caption label, or it is short and ends with a photo credit.
func isCaption(s string) bool {
	if captionLabel.MatchString(s) {
		return true
	}
	if len(strings.Fields(s)) > maxCaptionWords {
		return false
	}
	if strings.IndexByte(s, '/') >= 0 && slashCredit.MatchString(s) {
		return true // the regexp scans every byte: only where it can match
	}
	spans := noiseSpans(s)
	if len(spans) == 0 || strings.TrimSpace(s[spans[len(spans)-1].end:]) != "" {
		return false
	}
	last := s[spans[len(spans)-1].start:]
	return creditLabel.MatchString(last) || bracketCredit.MatchString(last)
}

// maxFurnitureBytes is the longest paragraph any whole-paragraph rule
// below can match (a 60-word caption, with room to spare); longer ones are
// prose without looking further.
const maxFurnitureBytes = 1000

// furniture recognises paragraphs that are furniture as a whole, from what
// the reader knows (ranges of the text its structure marked) and from
// their shape.
type furniture struct {
	known []Range
	site  string
}

// covers reports whether the paragraph text[start:end] is furniture as a
// whole.
func (f furniture) covers(text string, start, end int) bool {
	for _, r := range f.known {
		if r.Start <= start && end <= r.End {
			return true
		}
	}
	s := text[start:end]
	if f.site != "" && strings.EqualFold(strings.TrimSpace(s), f.site) {
		return true // the site's name on a line of its own
	}
	if len(s) > maxFurnitureBytes {
		return false
	}
	_, byline := bylineNames(s)
	return byline || isShareRow(s) || isCallToAction(s) || isCaption(s)
}

// maxBylineParagraph is the last paragraph index where a byline is taken
// for the author.
const maxBylineParagraph = 3

// readByline takes the author from a byline near the top when no metadata
// named one.
func (a *Article) readByline() {
	if a.Author != "" {
		return
	}
	for _, p := range a.Paragraphs[:min(len(a.Paragraphs), maxBylineParagraph)] {
		if names, ok := bylineNames(a.Text[p.Start:p.End]); ok && names != "" {
			a.Author = names
			return
		}
	}
}
