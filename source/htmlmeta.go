package source

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/parallax-reader/parallax/model"
)

// pageMetadata is what a page says about its article.
type pageMetadata struct {
	Title, Date, Author, Site string
}

// or returns m with its empty fields taken from other.
func (m pageMetadata) or(other pageMetadata) pageMetadata {
	for _, f := range []struct{ dst, src *string }{
		{&m.Title, &other.Title}, {&m.Date, &other.Date}, {&m.Author, &other.Author}, {&m.Site, &other.Site},
	} {
		if *f.dst == "" {
			*f.dst = *f.src
		}
	}
	return m
}

// The <meta> names and properties that carry each field, best first.
var (
	metaTitle  = []string{"og:title", "twitter:title", "dc.title", "parsely-title", "headline"}
	metaDate   = []string{"article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date"}
	metaAuthor = []string{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "citation_author"}
	metaSite   = []string{"og:site_name", "application-name", "publisher", "twitter:site"}
)

// readPageMetadata reads a page's metadata on its own: JSON-LD first (the
// most structured), then <meta> names, properties and itemprops, then the
// <title> and the first <time datetime>.
func readPageMetadata(root *html.Node) pageMetadata {
	metas := map[string]string{}
	var ld pageMetadata
	var title, timeTag string
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Meta:
			content := attr(n, "content")
			if content == "" {
				content = attr(n, "datetime")
			}
			for _, key := range []string{"property", "name", "itemprop"} {
				if k := strings.ToLower(strings.TrimSpace(attr(n, key))); k != "" && content != "" {
					if _, seen := metas[k]; !seen {
						metas[k] = content
					}
				}
			}
		case atom.Title:
			if title == "" {
				title = textOf(n)
			}
		case atom.Time:
			if timeTag == "" {
				timeTag = attr(n, "datetime")
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				ld = ld.or(readJSONLD(textOf(n)))
			}
		}
	}
	m := ld.or(pageMetadata{
		Title:  firstOf(metas, metaTitle),
		Date:   firstOf(metas, metaDate),
		Author: firstOf(metas, metaAuthor),
		Site:   firstOf(metas, metaSite),
	})
	m = m.or(pageMetadata{Title: title, Date: timeTag})
	if strings.HasPrefix(m.Author, "http://") || strings.HasPrefix(m.Author, "https://") {
		m.Author = "" // article:author is often a profile URL
	}
	m.Title, m.Author, m.Site = oneLine(m.Title), cleanByline(m.Author), oneLine(m.Site)
	m.Date = model.NormalizeDate(m.Date)
	return m
}

// firstOf returns the value of the first key metas holds.
func firstOf(metas map[string]string, keys []string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(metas[k]); v != "" {
			return v
		}
	}
	return ""
}

// attr returns the value of n's attribute key.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// articleTypes are the schema.org types whose fields describe the article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"blogposting": true, "opinionnewsarticle": true, "report": true, "webpage": true, "liveblogposting": true,
}

// readJSONLD reads the article fields of a JSON-LD block: headline,
// datePublished, author and publisher names, looking inside @graph lists.
func readJSONLD(src string) pageMetadata {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return pageMetadata{}
	}
	var m pageMetadata
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, item := range v {
				walk(item, depth+1)
			}
		case map[string]any:
			if isArticleType(v["@type"]) {
				m = m.or(pageMetadata{
					Title:  str(v["headline"]),
					Date:   str(v["datePublished"]),
					Author: names(v["author"]),
					Site:   names(v["publisher"]),
				})
			}
			walk(v["@graph"], depth+1)
		}
	}
	walk(v, 0)
	return m
}

// isArticleType reports whether a JSON-LD @type (a string or a list)
// names an article.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[strings.ToLower(t)]
	case []any:
		for _, item := range t {
			if isArticleType(item) {
				return true
			}
		}
	}
	return false
}

// names returns the name of a JSON-LD person or organisation, or the names
// of a list of them joined with commas.
func names(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		return str(v["name"])
	case []any:
		var out []string
		for _, item := range v {
			if n := names(item); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
