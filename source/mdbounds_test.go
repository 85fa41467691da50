package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark/ast"
)

func TestFlattenNestingCutsDeepPrefixes(t *testing.T) {
	deep := strings.Repeat(" ", 100)
	tests := []struct{ name, in, want string }{
		{"a shallow list is left alone", "- a\n  - b\n    - c\n", "- a\n  - b\n    - c\n"},
		{"indentation within the limit is left alone", strings.Repeat(" ", 60) + "- a\n", strings.Repeat(" ", 60) + "- a\n"},
		{"a deep list item keeps its marker", deep + "- a\n", strings.Repeat(" ", 62) + "- a\n"},
		{"a deep numbered item keeps its marker", deep + "12. a\n", strings.Repeat(" ", 60) + "12. a\n"},
		{"deep indentation without a marker", deep + "a\n", strings.Repeat(" ", 64) + "a\n"},
		{"tabs count to the next multiple of four", strings.Repeat("\t", 20) + "- a", strings.Repeat("\t", 15) + "- a"},
		{"block quotes", strings.Repeat(">", 100) + " a\n", strings.Repeat(">", 64) + "a\n"},
		{"list markers on one line", strings.Repeat("- ", 100) + "a\n", strings.Repeat("- ", 31) + "- a\n"},
		{"a line ending in \\r\\n", deep + "- a\r\n", strings.Repeat(" ", 62) + "- a\r\n"},
		{"a thematic break is not a marker", "***\n", "***\n"},
		{"emphasis is not a marker", deep + "*a*\n", strings.Repeat(" ", 64) + "*a*\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, flattenNesting(tt.in))
		})
	}
}

// nestedList is the list: a heading, then depth items each nested
// in the one before.
func nestedList(depth int) string {
	var b strings.Builder
	b.WriteString("# T\n\n")
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i) + "- The council approved the plan.\n")
	}
	return b.String()
}

// depthOf returns how deep the tree under n reaches.
func depthOf(n ast.Node) int {
	deepest := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		deepest = max(deepest, depthOf(c))
	}
	return deepest + 1
}

func TestRenderMarkdownFlattensDeepNesting(t *testing.T) {
	const depth = 1000
	src := nestedList(depth)
	root, _ := parseMarkdown(src)
	// A list and an item per level, a paragraph and its text at the
	// bottom: the lists reach no deeper than the prefix limit allows.
	assert.LessOrEqual(t, depthOf(root), 2*(maxPrefixColumns/2)+4)

	doc := renderMarkdown(src)
	assert.Equal(t, depth, strings.Count(doc.Text, "The council approved the plan."), "every item is kept")
	a, notes := parsePrepared(t, src, formatMarkdown)
	assert.Empty(t, notes)
	assert.Equal(t, "T", a.Title)
	assert.Len(t, prose(a), depth)
	requireValidArticle(t, a)
}

func TestRenderMarkdownBoundsInlineMarkup(t *testing.T) {
	t.Run("a paragraph with a few dozen links reads as plain text", func(t *testing.T) {
		src := strings.Repeat("See [the report](https://example.com/r) and *this*. ", 12)
		doc := renderMarkdown(src)
		assert.Equal(t, strings.TrimSpace(strings.Repeat("See the report and this. ", 12)), doc.Text)
	})
	t.Run("markup past the limit reads as written", func(t *testing.T) {
		doc := renderMarkdown(strings.Repeat("*a* ", 1000))
		assert.Equal(t, 1000, strings.Count(doc.Text, "a"), "every word is kept")
		assert.Equal(t, 2*(1000-maxInlineMarkers/2), strings.Count(doc.Text, "*"), "the markers past the limit are text")
	})
	t.Run("each paragraph has its own allowance", func(t *testing.T) {
		para := strings.Repeat("[a](u) ", 40)
		doc := renderMarkdown(para + "\n\n" + para)
		for _, p := range strings.Split(doc.Text, "\n\n") {
			// A link is two tries, [ and ].
			assert.Equal(t, 40-maxInlineMarkers/2, strings.Count(p, "[a](u)"), "links left as written in %q", p)
		}
	})
	t.Run("a heading", func(t *testing.T) {
		doc := renderMarkdown("# " + strings.Repeat("*a_ ", 1000) + "\n\nThe storm hit.")
		assert.Equal(t, 1000, strings.Count(doc.Text, "a"))
		assert.True(t, strings.HasSuffix(doc.Text, "\n\nThe storm hit."))
	})
}

func TestRenderMarkdownReadsLongRunsOfLinkReferences(t *testing.T) {
	var src strings.Builder
	for i := range 3 * maxReferenceLines {
		src.WriteString("[ref" + strings.Repeat("x", i%5) + string(rune('a'+i%26)) + "]: https://example.com/" + "\n")
	}
	src.WriteString("The storm hit, said [the mayor][refxxxxz].\n")
	doc := renderMarkdown(src.String())
	assert.Equal(t, "The storm hit, said the mayor.", doc.Text)

	t.Run("text after definitions in one chunk stays", func(t *testing.T) {
		lines := strings.Repeat("[r]: u\n", maxReferenceLines+10) + "The storm hit.\nIt rained.\n"
		require.Equal(t, "The storm hit.\nIt rained.", renderMarkdown(lines).Text)
	})
}
