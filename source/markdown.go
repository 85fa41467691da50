package source

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/parallax-reader/parallax/model"
)

// markdownParser parses CommonMark with its inline parsers bounded (see
// mdbounds.go); it is safe for concurrent use.
var markdownParser = parser.NewParser(
	parser.WithBlockParsers(parser.DefaultBlockParsers()...),
	parser.WithInlineParsers(boundedInlineParsers()...),
	parser.WithParagraphTransformers(markdownParagraphTransformers()...),
)

// renderMarkdown renders Markdown as the plain text a reader sees: one
// paragraph per block, headings, emphasis and links as their text, images
// and raw HTML left out, code as written. YAML front matter supplies the
// title, date and author. A leading heading stays in the text, where it is
// read as the title like a plain-text report's headline.
func renderMarkdown(src string) model.Document {
	meta, body := splitFrontMatter(src)
	root, source := parseMarkdown(body)
	w := &textWriter{}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if n.Type() == ast.TypeBlock {
			w.breaks = 2
		}
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			writeMarkdownText(w, n.Segment.Value(source), n.IsRaw())
			if n.SoftLineBreak() || n.HardLineBreak() {
				w.breaks = max(w.breaks, 1)
			}
		case *ast.String:
			writeMarkdownText(w, n.Value, n.IsRaw())
		case *ast.AutoLink:
			w.text(string(n.Label(source)))
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			w.preformatted(string(n.Lines().Value(source)))
			return ast.WalkSkipChildren, nil
		case *ast.Image, *ast.RawHTML, *ast.HTMLBlock, *ast.ThematicBreak:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return model.Document{
		Text: w.b.String(), Format: model.FormatMarkdown, Derived: true,
		Title: meta["title"], Date: meta["date"], Author: meta["author"], Site: meta["site"],
	}
}

// parseMarkdown parses Markdown with its nesting flattened (see
// mdbounds.go), returning the tree and the source its segments index.
func parseMarkdown(body string) (ast.Node, []byte) {
	source := []byte(flattenNesting(body))
	return markdownParser.Parse(text.NewReader(source)), source
}

// writeMarkdownText writes inline text, resolving backslash escapes and
// character references unless the text is raw (code spans).
func writeMarkdownText(w *textWriter, value []byte, raw bool) {
	if !raw {
		value = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(value)))
	}
	w.text(string(value))
}

// frontMatterLine is one "key: value" line of YAML front matter.
var frontMatterLine = regexp.MustCompile(`^([A-Za-z_-]+)\s*:\s*(.*?)\s*$`)

// frontMatterKeys maps front matter keys to the metadata they carry.
var frontMatterKeys = map[string]string{
	"title": "title", "headline": "title", "date": "date", "published": "date",
	"author": "author", "authors": "author", "byline": "author", "site": "site", "source": "site",
}

// splitFrontMatter separates YAML front matter (between "---" lines at the
// very top) from the Markdown after it, and reads its simple "key: value"
// metadata lines.
func splitFrontMatter(src string) (map[string]string, string) {
	rest, ok := strings.CutPrefix(strings.TrimPrefix(src, "\uFEFF"), "---")
	if !ok {
		return nil, src
	}
	first, rest, ok := strings.Cut(rest, "\n")
	if !ok || strings.TrimSpace(first) != "" {
		return nil, src
	}
	meta := map[string]string{}
	for len(rest) > 0 {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		line = strings.TrimRight(line, "\r")
		if line == "---" || line == "..." {
			return meta, rest
		}
		if m := frontMatterLine.FindStringSubmatch(line); m != nil {
			if key, ok := frontMatterKeys[strings.ToLower(m[1])]; ok && meta[key] == "" {
				meta[key] = strings.Trim(m[2], `"'`)
			}
		}
	}
	return nil, src // never closed: not front matter
}
