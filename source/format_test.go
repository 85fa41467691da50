package source

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

// parsePrepared prepares data as the named format and parses it.
func parsePrepared(t testing.TB, data string, hint format) (*model.Article, []string) {
	t.Helper()
	p, err := prepare("test", []byte(data), hint, "", nil)
	require.NoError(t, err)
	return model.ParseDocument(p.doc, model.UnitSentence), p.notes
}

func TestRenderMarkdownShowsReadableText(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		title string
		date  string
		want  []string
	}{
		{
			name:  "a heading, emphasis and links become plain text",
			in:    "# Storm hits coast\n\nThe *storm* hit the **coast** on [Monday](https://example.com/monday \"title\").\nOfficials `urged` calm.\n",
			title: "Storm hits coast",
			want:  []string{"sentence: The storm hit the coast on Monday.", "sentence: Officials urged calm."},
		},
		{
			name: "images and raw HTML are left out",
			in:   "The storm hit. ![a photo of waves](waves.jpg)\n\n<div class=\"ad\">Advert</div>\n\nIt passed.",
			want: []string{"sentence: The storm hit.", "sentence: It passed."},
		},
		{
			name:  "front matter gives the metadata",
			in:    "---\ntitle: \"Storm hits coast\"\ndate: 2023-10-26\nauthor: Jane Doe\ntags: [storm]\n---\nThe storm hit.",
			title: "Storm hits coast",
			date:  "2023-10-26",
			want:  []string{"sentence: The storm hit."},
		},
		{
			name:  "a heading other than the front matter's title is text",
			in:    "---\ntitle: Storm hits coast\n---\n# Aftermath\n\nThe storm hit.",
			title: "Storm hits coast",
			want:  []string{"sentence: Aftermath", "sentence: The storm hit."},
		},
		{
			name:  "a heading repeating the front matter's title is the title",
			in:    "---\ntitle: Storm hits coast\n---\n# Storm hits coast\n\nThe storm hit.",
			title: "Storm hits coast",
			want:  []string{"sentence: The storm hit."},
		},
		{
			name: "list items, quotes and sub-headings are paragraphs",
			in:   "Officials said:\n\n- Homes were destroyed.\n- Roads were closed.\n\n> We will rebuild.\n\n## Aftermath\n\nThe clean-up began.",
			want: []string{"sentence: Officials said:", "sentence: Homes were destroyed.", "sentence: Roads were closed.",
				"sentence: We will rebuild.", "sentence: Aftermath", "sentence: The clean-up began."},
		},
		{
			name: "escapes and character references are resolved",
			in:   "Profits rose 5\\* in Q1 &amp; Q2 &#8212; a record.",
			want: []string{"sentence: Profits rose 5* in Q1 & Q2 — a record."},
		},
		{
			name: "code blocks keep their lines",
			in:   "The rule is simple.\n\n```\nline one\nline two\n```\n",
			want: []string{"sentence: The rule is simple.", "sentence: line one\nline two"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := parsePrepared(t, tt.in, formatMarkdown)
			requireValidArticle(t, a)
			assert.Equal(t, model.FormatMarkdown, a.Format)
			assert.True(t, a.Derived)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.date, a.Date)
			assert.Equal(t, tt.want, passageTexts(a))
		})
	}
}

func TestExtractHTMLReadsMetadata(t *testing.T) {
	body := `<p>The storm destroyed 300 homes along the coast on Thursday, officials said, as crews worked through the night.</p>`
	tests := []struct {
		name                      string
		head                      string
		body                      string
		title, date, author, site string
	}{
		{
			name:  "JSON-LD",
			head:  `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ignored"},{"@type":"NewsArticle","headline":"Storm hits coast","datePublished":"2023-10-26T08:00:00.000+0000","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],"publisher":{"@type":"Organization","name":"The Herald"}}]}</script>`,
			title: "Storm hits coast", date: "2023-10-26", author: "Jane Doe, John Roe", site: "The Herald",
		},
		{
			name:  "Open Graph and meta names",
			head:  `<meta property="og:title" content="Storm hits coast"><meta name="date" content="October 26, 2023"><meta name="author" content="By Jane Doe"><meta name="application-name" content="The Herald">`,
			title: "Storm hits coast", date: "2023-10-26", author: "Jane Doe", site: "The Herald",
		},
		{
			name:  "the title element and a time element",
			head:  `<title>Storm hits coast</title>`,
			body:  `<time datetime="2023-10-26T21:00:00-04:00">Thursday</time>`,
			title: "Storm hits coast", date: "2023-10-26",
		},
		{
			name:  "a headline when nothing else names the article",
			body:  `<h1>Storm hits coast</h1>`,
			title: "Storm hits coast",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<!doctype html><html><head>" + tt.head + "</head><body><article>" + tt.body + body + "</article></body></html>"
			a, _ := parsePrepared(t, page, formatHTML)
			assert.Equal(t, tt.title, a.Title)
			assert.Equal(t, tt.date, a.Date)
			assert.Equal(t, tt.author, a.Author)
			assert.Equal(t, tt.site, a.Site)
			assert.Contains(t, prose(a), "The storm destroyed 300 homes along the coast on Thursday, officials said, as crews worked through the night.")
		})
	}
}

func TestExtractHTMLNamesTheSiteOfAURL(t *testing.T) {
	page, _ := url.Parse("https://www.herald.example/news/storm")
	p, err := prepare("https://www.herald.example/news/storm", []byte("<p>The storm hit.</p>"), formatHTML, "", page)
	require.NoError(t, err)
	assert.Equal(t, "herald.example", p.doc.Site)
}

func TestExtractHTMLKeepsOnlyReadableText(t *testing.T) {
	page := `<html><body><article>
<h1>Storm hits</h1>
<p>First   paragraph
  spread over lines.</p>
<p hidden>Hidden text.</p><p style="display: none">Also hidden.</p><p aria-hidden="true">Screen readers skip this.</p>
<script>var x = "not text";</script><style>p { color: red }</style>
<p>Line one<br>line two.</p>
<pre>  indented
    code</pre>
<ul><li>First item.</li><li>Second item.</li></ul>
<table><tr><td>Cell</td><td>cell.</td></tr></table>
<figure><figcaption>Picture: Jane Roe/AFP</figcaption></figure>
</article></body></html>`
	a, notes := parsePrepared(t, page, formatHTML)
	requireValidArticle(t, a)
	assert.Empty(t, notes)
	assert.Equal(t, "Storm hits", a.Title)
	assert.Equal(t, []string{
		"noise: Storm hits",
		"sentence: First paragraph spread over lines.",
		"sentence: Line one\nline two.",
		"sentence: indented\n    code",
		"sentence: First item.",
		"sentence: Second item.",
		"sentence: Cell cell.",
		"noise: Picture: Jane Roe/AFP",
	}, passageTexts(a))
}

func TestExtractHTMLKeepsThePreformattedSpaces(t *testing.T) {
	tests := []struct{ name, pre, want string }{
		{"spaces between highlighted tokens", `<span class="k">SELECT</span> <span class="f">avg</span>(<span>price</span>) <span class="k">FROM</span> sales`,
			"SELECT avg(price) FROM sales"},
		{"indentation after a line break", "<span>if</span> x:\n    <span>return</span> <span>1</span>", "if x:\n    return 1"},
		{"indentation after a br", "<span>a</span><br>  <span>b</span>", "a\n  b"},
		{"runs of spaces inside a line", "a<b>   </b><i>b</i>", "a   b"},
		{"white space ending a line is dropped", "<span>x</span>   \n<span>y</span> ", "x\ny"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><body><p>The query reads:</p><pre><code>" + tt.pre + "</code></pre></body></html>"
			p, err := prepare("test", []byte(page), formatHTML, "", nil)
			require.NoError(t, err)
			assert.Equal(t, "The query reads:\n\n"+tt.want, p.doc.Text)
		})
	}
}

func TestExtractHTMLFallsBackToThePageText(t *testing.T) {
	// So many elements that readability is not run: every text still shows.
	page := "<html><body>" + strings.Repeat("<span></span>", maxReadableElements) + "<p>The storm hit.</p></body></html>"
	a, notes := parsePrepared(t, page, formatHTML)
	assert.Equal(t, []string{"The storm hit."}, prose(a))
	assert.Equal(t, []string{"no article body found; showing all the page's text"}, notes)
}

func TestExtractHTMLRejectsPathologicalNesting(t *testing.T) {
	page := strings.Repeat("<div>", 200_000) + "The storm hit." + strings.Repeat("</div>", 200_000)
	_, err := prepare("deep.html", []byte(page), formatHTML, "", nil)
	require.Error(t, err)
	assert.Equal(t, "cannot parse the HTML: html: open stack of elements exceeds 512 nodes", err.Error())
}

// FuzzPrepare feeds arbitrary bytes to the loaders as text, Markdown,
// HTML and unknown input: they must never panic, and what they accept
// must be valid UTF-8 with noise ranges inside the text, parsing into
// well-formed passages.
func FuzzPrepare(f *testing.F) {
	for _, s := range []string{
		articlePage, "The storm hit.", "# T\n\n*a* [b](c)", "---\ntitle: x\n---\n", "<p>a<br>b</p>",
		"\xff\xfe<\x00p\x00>\x00", "\xef\xbb\xbf<html>", "<figure><figcaption>c</figcaption></figure>",
		"Caf\xe9", "<pre>\r\n\r</pre>", "<h1>x</h1><h1>x</h1>", "<meta charset=\"shift_jis\">\x82\xa0",
		`<script type="application/ld+json">{"@graph":[[[{"@type":["NewsArticle"],"author":{"name":1}}]]]}</script>`,
		"\x1b[2J\x1b]52;c;aGk=\x07", "<p>&#27;[31m&#x202e;</p>", "```\n\x00\n```",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, hint := range []format{formatUnknown, formatText, formatMarkdown, formatHTML} {
			p, err := prepare("fuzz", data, hint, "", nil)
			if err != nil {
				continue
			}
			require.True(t, utf8.ValidString(p.doc.Text), "text is valid UTF-8")
			for _, r := range p.doc.Noise {
				require.True(t, 0 <= r.Start && r.Start < r.End && r.End <= len(p.doc.Text), "noise range %v", r)
			}
			for _, unit := range []model.Unit{model.UnitSentence, model.UnitLine, model.UnitParagraph} {
				requireValidArticle(t, model.ParseDocument(p.doc, unit))
			}
		}
	})
}

func TestSniffTellsFormatsApart(t *testing.T) {
	tests := []struct {
		in   string
		want format
	}{
		{"<!DOCTYPE html><html>", formatHTML},
		{"\uFEFF  \n<html lang=en>", formatHTML},
		{"<!-- saved page --><html>", formatHTML},
		{"# Storm hits coast\n\nThe storm hit.", formatMarkdown},
		{"---\ntitle: Storm\n---\nThe storm hit.", formatMarkdown},
		{"The storm hit, said [the governor](https://example.com/gov).", formatMarkdown},
		{"The storm hit.\n\nOfficials urged calm.", formatText},
		{"#hashtag storms hit", formatText},
		{"Prices rose [sic] (again).", formatText},
		{"----- Original Message -----\nFrom: x", formatText},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, sniff([]byte(tt.in)))
		})
	}
}
