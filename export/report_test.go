package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// TestGoldenSeedReports compares the Markdown and HTML reports of the seeds
// with testdata/TestGoldenSeedReports/*.golden. After an intended change
// (or a change of the seeds' alignment), review and rewrite them with:
// go test ./export -run Golden -update
func TestGoldenSeedReports(t *testing.T) {
	al := diffing.Align(seedArticles(t), diffing.DefaultConfig())
	for _, format := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"seeds.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, al) }},
		{"seeds.html", func(b *bytes.Buffer) error { return WriteHTML(b, al) }},
	} {
		t.Run(format.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, format.write(&buf))
			golden.RequireEqual(t, buf.Bytes())
		})
	}
}

func TestMarkdownMarksTheSeedsDifferences(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteMarkdown(&buf, diffing.Align(seedArticles(t), diffing.DefaultConfig())))
	md := buf.String()
	for _, want := range []string{
		"## Reports", "## Aligned passages", "## Quotes", "## Facts", "## Coverage",
		"| Date | 2023-10-26 |  |",
		"“There was a direct message **relayed**,” — White House **spokesperson** John Kirby, via Reuters",
		"(altered · role differs, similarity 0.83), passage 2: “There was a direct message **conveyed**,” — White House **spokesman** John Kirby",
		"- quantity: at least 1,400 people (killed)",
		"| IRNA | organisation | — | 2 |",
	} {
		assert.Contains(t, md, want)
	}
}

// parseHTML parses a report and returns its tree.
func parseHTML(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	return doc
}

// walk calls f on every node of the tree.
func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

func TestHTMLIsOneSelfContainedPageWithoutScripts(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, diffing.Align(seedArticles(t), diffing.DefaultConfig())))
	doc := parseHTML(t, buf.String())

	ids := map[string]bool{}
	var marks []string
	var viewport, csp, style bool
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "script", "iframe", "object", "embed", "img", "link", "form":
			t.Errorf("the report holds a <%s> element", n.Data)
		case "style":
			style = true
		case "mark":
			marks = append(marks, textOf(n))
		}
		for _, attr := range n.Attr {
			assert.False(t, strings.HasPrefix(attr.Key, "on"), "event handler %s on <%s>", attr.Key, n.Data)
			if attr.Key == "href" {
				assert.True(t, strings.HasPrefix(attr.Val, "#"), "only links inside the page: %s", attr.Val)
			}
			if attr.Key == "id" {
				ids[attr.Val] = true
			}
			if attr.Key == "name" && attr.Val == "viewport" {
				viewport = true
			}
			if attr.Key == "http-equiv" && attr.Val == "Content-Security-Policy" {
				csp = true
			}
		}
	})
	assert.True(t, style, "inline CSS")
	assert.True(t, viewport, "a viewport for phones")
	assert.True(t, csp, "a Content-Security-Policy that forbids scripts")
	for _, id := range []string{"reports", "passages", "quotes", "facts", "coverage"} {
		assert.True(t, ids[id], "section #%s", id)
	}
	for _, word := range []string{"relayed", "conveyed", "spokesperson", "spokesman"} {
		assert.Contains(t, marks, word)
	}
	assert.Contains(t, textOf(doc), "at least 1,400 people (killed)")
}

// hostile is article text trying to escape its place in a report.
const hostile = "Troops moved \x1b[2J\x1b]52;c;ZXZpbA==\x07 into the \u202ecity\u202c on Monday \u0085 night, " +
	"<script>alert(1)</script> said <b>Officer</b> **Bold** [link](http://evil.example) | pipe & co.\n" +
	"“Officials \x1b]8;;http://evil.example\x1b\\confirmed\x1b]8;;\x1b\\ the <img src=x onerror=alert(1)> move,” said Mayor Ann <i>Lee</i>.\n"

func hostileAlignment() *diffing.Alignment {
	return diffing.Align([]*model.Article{
		model.Parse("<b>a</b>.txt", hostile, model.UnitSentence),
		model.Parse("b.txt", strings.ReplaceAll(hostile, "Monday", "Tuesday"), model.UnitSentence),
	}, diffing.DefaultConfig())
}

func TestReportsNeverEmitRawControlsOrMarkup(t *testing.T) {
	al := hostileAlignment()
	var md, page bytes.Buffer
	require.NoError(t, WriteMarkdown(&md, al))
	require.NoError(t, WriteHTML(&page, al))
	for name, out := range map[string]string{"markdown": md.String(), "html": page.String()} {
		t.Run(name, func(t *testing.T) {
			for _, bad := range []string{"\x1b", "\x07", "\u202e", "\u202c", "\u0085"} {
				assert.NotContains(t, out, bad)
			}
			assert.Contains(t, out, "␛", "escape characters are shown as a placeholder")
		})
	}
	// In Markdown every < of the articles is escaped, so none opens HTML.
	assert.NotRegexp(t, `(^|[^\\])<`, md.String())
	for _, bad := range []string{"<script", "<img", "<b>", "<i>"} {
		assert.NotContains(t, page.String(), bad)
	}
	assert.Contains(t, md.String(), `\<script\>alert(1)\</script\>`)
	assert.Contains(t, md.String(), `\*\*Bold\*\* \[link\](http://evil.example) \| pipe \& co.`)
	assert.Contains(t, page.String(), "&lt;script&gt;alert(1)&lt;/script&gt;")

	// The page parses to text only where article text went: no element
	// comes from the articles.
	doc := parseHTML(t, page.String())
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode {
			assert.NotContains(t, []string{"script", "img", "b", "i"}, n.Data)
		}
	})
	assert.Contains(t, textOf(doc), "<script>alert(1)</script>", "the text itself survives, escaped")
}
