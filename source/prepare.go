package source

import (
	"bytes"
	"fmt"
	"mime"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/parallax-reader/parallax/model"
)

// format is what an input is, or formatUnknown until its content says.
type format int

const (
	formatUnknown format = iota
	formatText
	formatMarkdown
	formatHTML
)

// reportExtensions maps the file name extensions a directory's reports
// have to their format.
var reportExtensions = map[string]format{
	".txt": formatText, ".text": formatText,
	".md": formatMarkdown, ".markdown": formatMarkdown, ".mdown": formatMarkdown, ".mkd": formatMarkdown,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML,
}

// formatOfName returns the format a file name's extension says; unknown
// for other names, whose content decides.
func formatOfName(name string) format {
	return reportExtensions[strings.ToLower(filepath.Ext(name))]
}

// formatOfContentType returns the format an HTTP Content-Type says, and
// whether parallax reads that type at all. An empty or generic type
// (application/octet-stream) leaves the content to decide.
func formatOfContentType(contentType string) (format, bool) {
	if strings.TrimSpace(contentType) == "" {
		return formatUnknown, true
	}
	mediaType, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return formatUnknown, true
	}
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		return formatHTML, true
	case "text/markdown", "text/x-markdown":
		return formatMarkdown, true
	case "text/plain":
		return formatText, true
	case "application/octet-stream", "binary/octet-stream":
		return formatUnknown, true
	}
	return formatUnknown, false
}

// htmlStarts are how an HTML document may begin, after white space.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<!--"}

// markdownSigns are what give Markdown away near the start of a text: a
// heading line, YAML front matter, a link or image with a URL.
var markdownSigns = regexp.MustCompile(`\A(?:#{1,6} \S|---\r?\n[A-Za-z_-]+\s*:)|\]\((?:https?://|/)[^)\s]*\)`)

// sniff tells HTML, Markdown and plain text apart by how the content
// begins, for input whose name or type does not say.
func sniff(data []byte) format {
	data = bytes.TrimPrefix(data, bomUTF8)
	data = bytes.TrimLeftFunc(data[:min(len(data), 4096)], unicode.IsSpace)
	head := strings.ToLower(string(data[:min(len(data), 64)]))
	for _, start := range htmlStarts {
		if strings.HasPrefix(head, start) {
			return formatHTML
		}
	}
	if markdownSigns.Match(data) {
		return formatMarkdown
	}
	return formatText
}

// prepared is an input read and made ready to parse, and once loadAll
// has parsed it, its article.
type prepared struct {
	doc     model.Document
	notes   []string
	article *model.Article
}

// prepare turns an input's bytes into a document. name is the source's
// name; hint is the format its name or Content-Type says; charsetLabel
// the charset a Content-Type declares; page is the URL for a web page
// (links and metadata resolve against it), or nil.
func prepare(name string, data []byte, hint format, charsetLabel string, page *url.URL) (prepared, error) {
	if len(data) == 0 {
		return prepared{}, ErrEmpty
	}
	f := hint
	if f == formatUnknown {
		f = sniff(data)
	}
	if charsetLabel == "" && f == formatHTML {
		charsetLabel = declaredHTMLCharset(data)
	}
	d, err := decode(data, charsetLabel)
	if err != nil {
		return prepared{}, err
	}
	if strings.TrimFunc(d.text, isSpaceOrBOM) == "" {
		return prepared{}, ErrNoText
	}
	if hint == formatUnknown && f == formatText && d.derived {
		f = sniff([]byte(d.text)) // an HTML page in UTF-16 shows its tags only now
	}
	p := prepared{notes: d.notes}
	switch f {
	case formatHTML:
		doc, notes, err := extractHTML(d.text, page)
		if err != nil {
			return prepared{}, err
		}
		p.doc, p.notes = doc, append(p.notes, notes...)
	case formatMarkdown:
		p.doc = renderMarkdown(d.text)
	default:
		p.doc = model.Document{Text: d.text, Format: model.FormatText, Derived: d.derived}
	}
	p.doc.Source, p.doc.Encoding = name, d.encoding
	if strings.TrimFunc(p.doc.Text, isSpaceOrBOM) == "" {
		return prepared{}, fmt.Errorf("%w (only markup, no readable text)", ErrNoArticle)
	}
	return p, nil
}

func isSpaceOrBOM(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }
