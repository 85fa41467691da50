package source

import (
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/parallax-reader/parallax/model"
)

// maxReadableElements is the most elements a page may have for the
// readability pass; past it (a pathological page) parallax shows all of
// the page's text instead of searching it for the article.
const maxReadableElements = 100_000

// extractHTML reads a web page: the article body, found with readability
// (a port of Firefox's Reader View), rendered as plain text with one
// paragraph per block; and its title, date, author and site name, from
// readability's reading of the page's metadata with parallax's own reading
// of <meta>, Open Graph, JSON-LD and <time> as the fallback. Figure
// captions are marked as noise. page is the page's URL, or nil for a file.
func extractHTML(text string, page *url.URL) (model.Document, []string, error) {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return model.Document{}, nil, fmt.Errorf("cannot parse the HTML: %w", err)
	}
	var notes []string
	body, readable := readableBody(root, page)
	if body == nil {
		body = pageBody(root)
		notes = append(notes, "no article body found; showing all the page's text")
	}
	meta := readable.or(readPageMetadata(root))
	if meta.Site == "" && page != nil {
		meta.Site = strings.TrimPrefix(page.Hostname(), "www.")
	}
	out, marked := renderText(body)
	noise := marked[atom.Figcaption]
	for _, h := range marked[atom.H1] {
		heading := oneLine(out[h.Start:h.End])
		if meta.Title == "" {
			meta.Title = heading
		}
		if sameTitle(heading, meta.Title) {
			noise = append(noise, h) // the headline, already shown as the title
		}
	}
	return model.Document{
		Text: out, Format: model.FormatHTML, Derived: true, Noise: noise,
		Title: meta.Title, Date: meta.Date, Author: meta.Author, Site: meta.Site,
	}, notes, nil
}

// sameTitle reports whether a heading repeats the page's title, which
// often carries the site's name too ("Storm hits coast | The Daily").
func sameTitle(heading, title string) bool {
	h, t := strings.ToLower(heading), strings.ToLower(title)
	return h != "" && (strings.Contains(t, h) || strings.Contains(h, t))
}

// readableBody runs readability on a copy of the page and returns the
// article's root node with the metadata readability read, or a nil node
// when it found no article. A panic inside the library on a hostile page
// counts as finding nothing.
func readableBody(root *html.Node, page *url.URL) (body *html.Node, meta pageMetadata) {
	defer func() {
		if recover() != nil {
			body, meta = nil, pageMetadata{}
		}
	}()
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxReadableElements
	article, err := parser.ParseDocument(root, page)
	if err != nil || article.Node == nil {
		return nil, pageMetadata{}
	}
	meta = pageMetadata{
		Title:  oneLine(article.Title()),
		Author: cleanByline(article.Byline()),
		Site:   oneLine(article.SiteName()),
	}
	if t, err := article.PublishedTime(); err == nil {
		meta.Date = t.Format("2006-01-02")
	}
	return article.Node, meta
}

// pageBody returns the page's <body>, or the whole document when it has
// none.
func pageBody(root *html.Node) *html.Node {
	if body := findElement(root, atom.Body); body != nil {
		return body
	}
	return root
}

// findElement returns the first element of type a under n, depth first.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	for node := range n.Descendants() {
		if node.Type == html.ElementNode && node.DataAtom == a {
			return node
		}
	}
	return nil
}

// oneLine collapses white space, so a title split over lines in the
// markup reads as one.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// cleanByline turns a byline as pages write it ("By Jane Doe") into the
// author's name.
func cleanByline(s string) string {
	s = oneLine(s)
	for _, label := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, label)
	}
	return s
}
