package source

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/parallax-reader/parallax/model"
)

// skipped are elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Nav: true, atom.Button: true,
	atom.Form: true, atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Dialog: true,
}

// blocks are elements that stand as paragraphs of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Figure: true, atom.Figcaption: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Table: true, atom.Tr: true, atom.Caption: true, atom.Pre: true, atom.Hr: true, atom.Center: true,
}

// textWriter builds plain text from HTML, collapsing white space as a
// browser does and writing line breaks only between words, so the text
// never starts or ends with white space.
type textWriter struct {
	b      strings.Builder
	breaks int  // line breaks owed before the next word: 0, 1 or 2
	space  bool // a space is owed before the next word
	// preSpace is the white space of a <pre> line owed before its next
	// word: kept as written when a word follows on the same line (between
	// two <span>s of highlighted code), dropped at the line's end.
	preSpace string
	// marked are the ranges of the text that elements of the types in
	// markedElements cover.
	marked map[atom.Atom][]model.Range
}

// markedElements are the elements whose text ranges renderText returns:
// captions (furniture) and top headings (a headline repeating the title).
var markedElements = map[atom.Atom]bool{atom.Figcaption: true, atom.H1: true}

// flush writes what is owed before a word.
func (w *textWriter) flush() {
	switch {
	case w.b.Len() == 0:
	case w.breaks > 0:
		w.b.WriteString(strings.Repeat("\n", w.breaks))
		w.b.WriteString(w.preSpace) // a <pre> line's indentation
	case w.preSpace != "":
		w.b.WriteString(w.preSpace)
	case w.space:
		w.b.WriteByte(' ')
	}
	w.breaks, w.space, w.preSpace = 0, false, ""
}

// text writes a text node's words, collapsing its white space.
func (w *textWriter) text(s string) {
	for len(s) > 0 {
		start := strings.IndexFunc(s, isNotHTMLSpace)
		if start < 0 {
			w.space = true
			return
		}
		if start > 0 {
			w.space = true
		}
		s = s[start:]
		end := strings.IndexFunc(s, isHTMLSpace)
		if end < 0 {
			end = len(s)
		}
		w.flush()
		w.b.WriteString(s[:end])
		s = s[end:]
	}
}

// preformatted writes a <pre> text node keeping its line breaks and the
// spaces inside its lines, also those between inline elements; white space
// ending a line is dropped.
func (w *textWriter) preformatted(s string) {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			w.breaks = max(w.breaks, 1)
			w.preSpace = ""
		}
		text := strings.TrimRightFunc(line, unicode.IsSpace)
		if text == "" {
			w.preSpace += line
			continue
		}
		lead := len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
		w.preSpace += text[:lead]
		w.flush()
		w.b.WriteString(text[lead:])
		w.preSpace = line[len(text):]
	}
}

// isHTMLSpace reports whether r is white space that HTML collapses. A
// no-break space is kept: it is part of the text.
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

func isNotHTMLSpace(r rune) bool { return !isHTMLSpace(r) }

// renderText renders the text under root with one paragraph per block
// element, separated by blank lines, and returns it with the ranges of the
// markedElements in it. (Recursion is safe: the HTML parser refuses pages
// nested more than 512 elements deep.)
func renderText(root *html.Node) (string, map[atom.Atom][]model.Range) {
	w := &textWriter{marked: map[atom.Atom][]model.Range{}}
	w.node(root, false)
	return w.b.String(), w.marked
}

// node writes n and its descendants; pre is true inside a <pre>.
func (w *textWriter) node(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre {
			w.preformatted(n.Data)
		} else {
			w.text(n.Data)
		}
		return
	case html.DocumentNode:
	case html.ElementNode:
		if skipped[n.DataAtom] || isHidden(n) {
			return
		}
		switch {
		case n.DataAtom == atom.Br:
			w.breaks, w.preSpace = max(w.breaks, 1), ""
		case n.DataAtom == atom.Td, n.DataAtom == atom.Th:
			w.space = true
		case blocks[n.DataAtom]:
			w.breaks, w.preSpace = 2, ""
		}
	default:
		return // comments, doctypes
	}
	start := -1
	if markedElements[n.DataAtom] {
		w.flush() // the range starts at the element's first word
		start = w.b.Len()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, pre || n.DataAtom == atom.Pre)
	}
	if start >= 0 && w.b.Len() > start {
		w.marked[n.DataAtom] = append(w.marked[n.DataAtom], model.Range{Start: start, End: w.b.Len()})
	}
	if blocks[n.DataAtom] {
		w.breaks, w.preSpace = 2, ""
	}
}

// isHidden reports whether an element is hidden from readers.
func isHidden(n *html.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	if strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := strings.ToLower(strings.Join(strings.Fields(attr(n, "style")), ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// attrOK returns the value of n's attribute key and whether it is there.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
