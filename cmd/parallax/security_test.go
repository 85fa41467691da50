package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/source"
	"github.com/parallax-reader/parallax/tui"
)

// attacks are byte sequences article text may carry to attack the
// terminal showing it.
var attacks = map[string]string{
	"CSI cursor moves and erase": "\x1b[2J\x1b[H\x1b[10;10HFAKE\x1b[1A",
	"SGR colours":                "\x1b[31;1mred\x1b[0m",
	"OSC 52 clipboard write":     "\x1b]52;c;cm0gLXJmIH4K\x07",
	"OSC 8 hyperlink":            "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
	"OSC 0 window title":         "\x1b]0;pwned\x07",
	"C0 controls and DEL":        "\x07bell\x08\x0b\x0c\x0e\x7f",
	"C1 controls as UTF-8":       "\u009b31m\u009d0;title\u009c\u0085\u008d",
	"bidirectional overrides":    "\u202eevil\u202c \u2066isolate\u2069 \u200fmark\u061c",
}

// hostileReports returns reports in every format parallax reads, each
// carrying every attack in its text, metadata and (for one) file name.
func hostileReports(t *testing.T) []string {
	t.Helper()
	var all strings.Builder
	for _, a := range attacks {
		all.WriteString("The storm hit the coast " + a + " on Monday. ")
	}
	payload := all.String()
	htmlPayload := strings.NewReplacer("\x1b", "&#27;", "\x07", "&#7;", "\u009b", "&#x9b;").Replace(payload)
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Title: Storm \x1b]0;pwned\x07 report\u202e\n\n" + payload + "\n",
		"b.md":  "---\ntitle: \"Storm \x1b[2J report\"\nauthor: \"\u202eJane\"\n---\n# Storm\n\n*" + payload + "*\n",
		"c.html": "<html><head><title>Storm &#27;]0;pwned&#7; report</title><meta name=author content=\"&#x202e;Jane&#27;[2J\">" +
			"<meta property=og:site_name content=\"Herald&#x9b;31m\"></head><body><article><p>" + htmlPayload +
			"</p><p>" + payload + "</p></article></body></html>",
		"d\x1b]0;name\x07.txt": "Windows-1252 bytes \x9b31m \x9d0;t\x9c: the storm hit the coast on Monday.\n",
	}
	var paths []string
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
		paths = append(paths, path)
	}
	return paths
}

// sgr is a Select Graphic Rendition sequence: the colours and styles the
// reader's own styles write.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// assertTerminalSafe checks that out holds nothing that could control a
// terminal: no ESC (except, where allowed, the reader's own SGR styles),
// no other C0 control but line feeds, no DEL, no C1 control, no
// bidirectional control, and no invalid UTF-8 (a lone 0x9b byte is CSI to
// an 8-bit terminal).
func assertTerminalSafe(t *testing.T, out string, allowSGR bool) {
	t.Helper()
	require.NotEmpty(t, out)
	if allowSGR {
		out = sgr.ReplaceAllString(out, "")
	}
	require.True(t, utf8.ValidString(out), "output is valid UTF-8")
	for i, r := range out {
		bad := (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) || model.IsBidiControl(r)
		if !assert.False(t, bad, "unsafe %U at byte %d: %q", r, i, out[max(0, i-30):min(len(out), i+30)]) {
			return
		}
	}
}

func TestHostileTextCannotReachTheTerminal(t *testing.T) {
	paths := hostileReports(t)

	t.Run("JSON", func(t *testing.T) {
		var out, errOut bytes.Buffer
		code := runInput(context.Background(), append([]string{"--format", "json"}, paths...), strings.NewReader(""), &out, &errOut)
		require.Equal(t, 0, code, errOut.String())
		assertTerminalSafe(t, out.String(), false)
		assert.Contains(t, out.String(), `\u001b]52;c;`, "the bytes are kept, escaped")
		assert.Contains(t, out.String(), `\u202e`)
		assert.Contains(t, out.String(), `\u009b`)
	})

	t.Run("warnings and errors", func(t *testing.T) {
		var out, errOut bytes.Buffer
		twice := append(paths, paths[len(paths)-1]) // the hostile file name, given twice: a warning names it
		code := runInput(context.Background(), append([]string{"--format", "json"}, twice...), strings.NewReader(""), &out, &errOut)
		require.Equal(t, 0, code, errOut.String())
		assert.Contains(t, errOut.String(), "warning:")
		assertTerminalSafe(t, errOut.String(), false)

		errOut.Reset()
		missing := filepath.Join(t.TempDir(), "gone\x1b]0;x\x07\u202e.txt")
		code = runInput(context.Background(), []string{"--format", "json", paths[0], missing}, strings.NewReader(""), &out, &errOut)
		require.Equal(t, 1, code)
		assert.Contains(t, errOut.String(), "no such file")
		assertTerminalSafe(t, errOut.String(), false)
	})

	t.Run("the reader's screen", func(t *testing.T) {
		res, err := source.Open(context.Background(), paths, source.Options{}, nil)
		require.NoError(t, err)
		for _, size := range [][2]int{{80, 24}, {200, 60}} {
			// Run the real reader until its background alignment has
			// filled in the matches, then read its final screen.
			tm := teatest.NewTestModel(t, tui.New(res.Articles, tui.Options{Config: diffing.DefaultConfig(), Theme: tui.ThemeDark}),
				teatest.WithInitialTermSize(size[0], size[1]))
			teatest.WaitFor(t, tm.Output(), func(out []byte) bool {
				return strings.Contains(ansi.Strip(string(out)), " matched · ") // the header counts, once aligned
			}, teatest.WithDuration(10*time.Second))
			tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
			final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second))
			content := final.View().Content
			assert.Contains(t, content, "storm", "the reports are on screen")
			assert.Contains(t, content, "␛", "escapes show as a visible placeholder")
			assertTerminalSafe(t, content, true)
		}
	})
}
