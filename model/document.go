package model

// Format says what kind of document a report was read from.
type Format int

const (
	// FormatText is plain text.
	FormatText Format = iota
	// FormatMarkdown is Markdown, read as the text it renders to.
	FormatMarkdown
	// FormatHTML is a web page, read as the text of its article body.
	FormatHTML
)

// String returns the format's name as written in exports: "text",
// "markdown" or "html".
func (f Format) String() string {
	switch f {
	case FormatMarkdown:
		return "markdown"
	case FormatHTML:
		return "html"
	default:
		return "text"
	}
}

// Range is a half-open byte range [Start, End) of a text.
type Range struct{ Start, End int }

// Document is a report's text as a reader prepared it, with what the
// reader learnt about the report before parsing: where it came from, the
// metadata a web page or Markdown front matter declares, and which parts
// of the text its structure shows to be furniture (HTML figure captions).
type Document struct {
	// Source names where the text came from: a file path, URL or seed name.
	Source string
	// Text is the UTF-8 text to parse; every offset of the article indexes
	// it.
	Text string
	// Format is the kind of document the text was read from. Metadata lines
	// at the top of the text ("Title: …", a headline) are looked for in text
	// and Markdown, never in text extracted from HTML.
	Format Format
	// Encoding names the character encoding the input was decoded from
	// ("utf-8", "utf-16le", "windows-1252"); empty when unknown.
	Encoding string
	// Derived is true when Text is not the input's bytes as read: decoded
	// from another encoding, repaired, or extracted from Markdown or HTML.
	Derived bool
	// Title, Date, Author and Site are metadata known from outside the
	// text. They win over what the text itself says; the text only fills
	// the fields left empty. Date is normalised with NormalizeDate.
	Title, Date, Author, Site string
	// Noise are ranges of Text known to be furniture. Every paragraph lying
	// inside one is noise as a whole.
	Noise []Range
}
