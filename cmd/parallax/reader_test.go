package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/tui"
)

func TestParseArgsReadsTheReaderFlags(t *testing.T) {
	opts, err := parseArgs([]string{"--print", "--theme", "light", "--color=never"})
	require.NoError(t, err)
	assert.Equal(t, uiOptions{print: true, theme: tui.ThemeLight, color: "never", mouse: true}, opts.ui)

	opts, err = parseArgs([]string{"--mouse=false"})
	require.NoError(t, err)
	assert.False(t, opts.ui.mouse)

	opts, err = parseArgs(nil)
	require.NoError(t, err)
	assert.Equal(t, uiOptions{theme: tui.ThemeAuto, color: "auto", mouse: true}, opts.ui)

	for _, tt := range []struct{ args, want string }{
		{"--theme=pink", `--theme: unknown theme "pink"`},
		{"--color=sometimes", `--color: unknown value "sometimes"`},
	} {
		_, err := parseArgs([]string{tt.args})
		require.Error(t, err)
		assert.True(t, isUsageError(err))
		assert.Contains(t, err.Error(), tt.want)
	}
}

func TestPrintWritesTheAlignedViewAsText(t *testing.T) {
	for _, args := range [][]string{{"--print"}, nil} {
		// Without --print, output that is not a terminal gets the text too.
		code, out, errOut := runCmd(args...)
		require.Equal(t, 0, code, errOut)
		assert.True(t, strings.HasPrefix(out, "parallax: 2 reports, 4 matches\n"), out)
		assert.Contains(t, out, "There was a direct message [-relayed-]")
		assert.Contains(t, out, "There was a direct message {+conveyed+}")
		assert.NotContains(t, out, "\x1b", "no escape sequences in plain text")
	}
}

func TestProgramOptionsFollowColor(t *testing.T) {
	assert.Len(t, programOptions(uiOptions{color: "auto"}), 1)
	assert.Len(t, programOptions(uiOptions{color: "never"}), 1)
	assert.Len(t, programOptions(uiOptions{color: "always"}), 1)
}

// headless runs a program without a terminal.
var headless = []tea.ProgramOption{
	tea.WithInput(strings.NewReader("")),
	tea.WithOutput(io.Discard),
	tea.WithWindowSize(80, 24),
}

func TestAFailingLoaderEndsTheProgramWithOneLine(t *testing.T) {
	load := func(ctx context.Context, status func(string)) ([]*model.Article, error) {
		status("fetching https://example.com/a")
		return nil, errors.New("https://example.com/a: 404 Not Found")
	}
	err := runProgram(tui.NewLoading(load, tui.Options{Config: diffing.DefaultConfig()}), headless...)
	var errOut bytes.Buffer
	assert.Equal(t, 1, exitStatus(err, &errOut))
	assert.Equal(t, "parallax: https://example.com/a: 404 Not Found\n", errOut.String())
}

func TestCtrlCInTheReaderExits130AndQ0(t *testing.T) {
	for key, want := range map[string]int{"\x03": 130, "q": 0} {
		articles := seedReaderArticles(t)
		err := runProgram(tui.New(articles, tui.Options{Config: diffing.DefaultConfig()}),
			tea.WithInput(strings.NewReader(key)), tea.WithOutput(io.Discard), tea.WithWindowSize(80, 24))
		var errOut bytes.Buffer
		assert.Equal(t, want, exitStatus(err, &errOut), "%q", key)
		assert.Empty(t, errOut.String(), "the reader says nothing on its way out")
	}
}

// seedReaderArticles are the built-in reports, as the reader opens them.
func seedReaderArticles(t *testing.T) []*model.Article {
	t.Helper()
	res, err := loadInputs(context.Background(), defaultOptions(), strings.NewReader(""), io.Discard)
	require.NoError(t, err)
	return res.Articles
}
