package source

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// goldmark's block parser does work for each open container on each line
// it continues, and each container's check rescans the line's indentation:
// a list nested n deep costs about n³ (a 9 MB list nested 3,000 deep took
// 59 s and 489 MB). Its inline parsers are quadratic in the delimiters of
// one paragraph on some inputs (mismatched * and _, unclosed links: 100 KB
// of them took seconds). A report never needs either, so parallax bounds
// both before goldmark does the work, keeping every word of the text:
//
//   - flattenNesting caps how far a line's container prefix (indentation,
//     > and list markers) reaches: lines nested deeper become siblings at
//     the deepest level kept.
//   - Each inline parser gives up after maxInlineMarkers calls in one
//     paragraph or heading; the markers after that read as literal text.
//   - Link reference definitions are read maxReferenceLines lines of a
//     paragraph at a time (goldmark's reader of them is quadratic in a
//     paragraph's lines: a megabyte of definitions took 17 s).

// maxPrefixColumns is how far a line's container prefix may reach: 32
// levels of two-column list indentation, 64 of block quotes. The deepest
// lists in real documents are a handful of levels.
const maxPrefixColumns = 64

// maxInlineMarkers is how many times the inline parsers may try to read
// markup (*, _, [, ], !, `, <) in one paragraph or heading: more than any
// prose paragraph uses, few enough that goldmark's worst cases stay small.
const maxInlineMarkers = 64

// maxReferenceLines is how many lines of a paragraph goldmark's reader of
// link reference definitions is given at once.
const maxReferenceLines = 256

// flattenNesting returns src with every line whose container prefix
// reaches past maxPrefixColumns cut back to it, or src itself when no line
// does.
func flattenNesting(src string) string {
	var b strings.Builder
	done := 0 // src[:done] is written to b, or no line was cut yet
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start + 1
		}
		line := src[start:end]
		if cut, ok := cutPrefix(line); ok {
			if b.Len() == 0 {
				b.Grow(len(src))
			}
			b.WriteString(src[done:start])
			b.WriteString(cut)
			done = end
		}
		start = end
	}
	if done == 0 {
		return src
	}
	b.WriteString(src[done:])
	return b.String()
}

// cutPrefix returns line with its container prefix cut back to
// maxPrefixColumns, and whether it reached further. The prefix is what
// CommonMark reads for containers: spaces and tabs, > for block quotes, and
// list markers (-, +, * or 1. 1) followed by white space). The cut keeps
// the prefix up to the limit, then the line's last list marker, so that a
// list item stays an item, then the content.
func cutPrefix(line string) (string, bool) {
	col, i := 0, 0
	kept, keptCol := 0, 0 // line[:kept] fits within the limit
	lastMarker := ""
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ' || c == '\t':
			if c == '\t' {
				col += 4 - col%4
			} else {
				col++
			}
			i++
		case c == '>':
			col++
			i++
			lastMarker = ""
		default:
			n := listMarkerLen(line[i:])
			if n == 0 {
				goto content
			}
			col += n
			lastMarker = line[i : i+n]
			i += n
		}
		if col <= maxPrefixColumns {
			kept, keptCol = i, col
		}
	}
content:
	if col <= maxPrefixColumns {
		return line, false
	}
	prefix := line[:kept]
	if lastMarker != "" && !strings.HasSuffix(strings.TrimRight(prefix, " \t"), lastMarker) {
		// Make room for the marker and a space within the limit.
		for keptCol+len(lastMarker)+1 > maxPrefixColumns && len(prefix) > 0 {
			prefix = prefix[:len(prefix)-1]
			keptCol = prefixColumns(prefix)
		}
		prefix += lastMarker + " "
	}
	return prefix + strings.TrimLeft(line[i:], " \t"), true
}

// prefixColumns returns how many columns s reaches, tabs counted to the
// next multiple of four.
func prefixColumns(s string) int {
	col := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' {
			col += 4 - col%4
		} else {
			col++
		}
	}
	return col
}

// listMarkerLen returns the length of the list marker s opens with (-, +,
// * or up to nine digits and . or ), followed by white space or the end
// of the line), or 0.
func listMarkerLen(s string) int {
	n := 0
	switch {
	case s == "":
		return 0
	case s[0] == '-' || s[0] == '+' || s[0] == '*':
		n = 1
	default:
		for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == 0 || n >= len(s) || (s[n] != '.' && s[n] != ')') {
			return 0
		}
		n++
	}
	if n < len(s) && s[n] != ' ' && s[n] != '\t' && s[n] != '\n' && s[n] != '\r' {
		return 0
	}
	return n
}

// boundedInlineParsers returns goldmark's inline parsers, each giving up
// after maxInlineMarkers tries in one block.
func boundedInlineParsers() []util.PrioritizedValue {
	parsers := parser.DefaultInlineParsers()
	for i, p := range parsers {
		ip := p.Value.(parser.InlineParser)
		bounded := boundedInline{ip}
		if closer, ok := ip.(parser.CloseBlocker); ok {
			parsers[i].Value = boundedCloser{bounded, closer}
		} else {
			parsers[i].Value = bounded
		}
	}
	return parsers
}

// inlineTries counts the inline parsers' tries in the block being parsed.
type inlineTries struct {
	block ast.Node
	n     int
}

var inlineTriesKey = parser.NewContextKey()

// boundedInline is an inline parser that gives up after maxInlineMarkers
// tries, of any inline parser, in one block.
type boundedInline struct{ parser.InlineParser }

func (b boundedInline) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	tries, _ := pc.Get(inlineTriesKey).(*inlineTries)
	if tries == nil {
		tries = &inlineTries{}
		pc.Set(inlineTriesKey, tries)
	}
	if tries.block != parent {
		tries.block, tries.n = parent, 0
	}
	if tries.n++; tries.n > maxInlineMarkers {
		return nil
	}
	return b.InlineParser.Parse(parent, block, pc)
}

// boundedCloser is a boundedInline whose parser also acts when a block
// closes (links and emphasis resolve their delimiters then).
type boundedCloser struct {
	boundedInline
	closer parser.CloseBlocker
}

func (b boundedCloser) CloseBlock(parent ast.Node, block text.Reader, pc parser.Context) {
	b.closer.CloseBlock(parent, block, pc)
}

// markdownParagraphTransformers returns goldmark's paragraph transformers
// with the reader of link reference definitions bounded.
func markdownParagraphTransformers() []util.PrioritizedValue {
	transformers := parser.DefaultParagraphTransformers()
	for i, t := range transformers {
		if t.Value == parser.LinkReferenceParagraphTransformer {
			transformers[i].Value = chunkedReferences{parser.LinkReferenceParagraphTransformer}
		}
	}
	return transformers
}

// chunkedReferences runs a paragraph transformer that reads link reference
// definitions on at most maxReferenceLines lines of a paragraph at a time.
// It reads definitions from a paragraph's start and stops at the first
// line that is not one, so a long run of definitions is read chunk by
// chunk and whatever follows them stays the paragraph.
type chunkedReferences struct{ parser.ParagraphTransformer }

func (c chunkedReferences) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	lines := node.Lines()
	if lines.Len() <= maxReferenceLines {
		c.ParagraphTransformer.Transform(node, reader, pc)
		return
	}
	rest := lines.Sliced(0, lines.Len())
	parent := node.Parent()
	for len(rest) > 0 {
		n := min(len(rest), maxReferenceLines)
		chunk := text.NewSegments()
		chunk.AppendAll(rest[:n])
		node.SetLines(chunk)
		next := node.NextSibling()
		c.ParagraphTransformer.Transform(node, reader, pc)
		if node.Parent() != nil {
			// It stopped inside the chunk: what is left of the chunk and
			// the lines after it are the paragraph.
			left := node.Lines()
			left.AppendAll(rest[n:])
			node.SetLines(left)
			return
		}
		// Every line of the chunk was a definition, and the transformer
		// took the paragraph out: put it back for the next chunk.
		if next != nil {
			parent.InsertBefore(parent, next, node)
		} else {
			parent.AppendChild(parent, node)
		}
		rest = rest[n:]
	}
	parent.RemoveChild(parent, node) // nothing but definitions
}
