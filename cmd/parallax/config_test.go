package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/tui"
)

// TestMain keeps the tests from reading the config file of whoever runs
// them: the default one is looked for in an empty directory.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "parallax-config-home-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// writeConfig writes the default config file under a fresh
// $XDG_CONFIG_HOME and returns its path.
func writeConfig(t *testing.T, content string) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", home)
	path := filepath.Join(home, "parallax", "config.toml")
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

func TestTheConfigFileSetsWhatTheFlagsDoNot(t *testing.T) {
	writeConfig(t, "# mine\ntheme = \"light\"\ncolor = \"never\"\nmin-score = 0.5\nunit = \"paragraph\"\nlayout = \"stacked\"\nmouse = false\n")
	opts, err := parseArgs(nil)
	require.NoError(t, err)
	assert.Equal(t, tui.ThemeLight, opts.ui.theme)
	assert.Equal(t, "never", opts.ui.color)
	assert.InDelta(t, 0.5, opts.minScore, 1e-9)
	assert.Equal(t, "paragraph", opts.unit.String())
	assert.False(t, opts.ui.mouse)
	assert.Equal(t, tui.LayoutStacked, opts.ui.layout)

	opts, err = parseArgs([]string{"--theme", "dark", "--min-score=0.2", "--mouse", "--layout=side"})
	require.NoError(t, err)
	assert.Equal(t, tui.ThemeDark, opts.ui.theme, "a flag overrides the file")
	assert.InDelta(t, 0.2, opts.minScore, 1e-9)
	assert.True(t, opts.ui.mouse)
	assert.Equal(t, tui.LayoutSide, opts.ui.layout)
	assert.Equal(t, "never", opts.ui.color, "and the file still sets the rest")
}

func TestAMissingDefaultConfigFileIsFine(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	opts, err := parseArgs(nil)
	require.NoError(t, err)
	assert.Equal(t, defaultOptions().minScore, opts.minScore)
}

func TestConfigNamesTheFileItReads(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/somewhere")
	assert.Equal(t, "/somewhere/parallax/config.toml", defaultConfigPath())
	t.Setenv("XDG_CONFIG_HOME", "relative/is/ignored")
	t.Setenv("HOME", "/home/jo")
	assert.Equal(t, "/home/jo/.config/parallax/config.toml", defaultConfigPath())
	t.Setenv("XDG_CONFIG_HOME", "")
	assert.Equal(t, "/home/jo/.config/parallax/config.toml", defaultConfigPath())
}

func TestConfigFlagNamesAnotherFile(t *testing.T) {
	writeConfig(t, "theme = \"light\"\n")
	other := writeFile(t, "other.toml", "theme = \"dark\"\n")
	opts, err := parseArgs([]string{"--config", other})
	require.NoError(t, err)
	assert.Equal(t, tui.ThemeDark, opts.ui.theme, "the file named, not the default one")

	missing := filepath.Join(t.TempDir(), "nope.toml")
	code, _, errOut := runCmd("--config", missing, "--format", "json")
	assert.Equal(t, 2, code)
	assert.Equal(t, "parallax: --config: "+missing+": no such file\n", errOut)
}

func TestABadConfigFileIsOneLineNamingTheFileAndLine(t *testing.T) {
	for _, tt := range []struct {
		name, content, want string
	}{
		{"a value no flag takes", "theme = \"light\"\n\nmin-score = 2\n", ":3: min-score: 2 is outside 0 to 1"},
		{"an unknown word", "# colours\ncolor = \"sometimes\"\n", `:2: color: unknown value "sometimes" (want auto, always or never)`},
		{"a theme that is none", "theme = \"pink\"\n", `:1: theme: unknown theme "pink" (want auto, dark or light)`},
		{"a value of the wrong type", "theme = \"dark\"\nmin-score = \"high\"\n", ":2: min-score takes a number from 0 to 1"},
		{"a boolean that is not", "mouse = \"no\"\n", ":1: mouse takes true or false"},
		{"a layout that is none", "layout = \"unified\"\n", `:1: layout: unknown layout "unified" (want auto, side or stacked)`},
		{"an unknown setting", "theme = \"dark\"\ncolour = \"never\"\n", `:2: unknown setting "colour" (settings: theme, color, min-score, unit, layout, mouse)`},
		{"a table", "[reader]\ntheme = \"dark\"\n", `:1: unknown setting "reader"`},
		{"bad syntax", "theme = dark\n", ":1: unexpected character"},
		{"a setting given twice", "unit = \"line\"\nunit = \"paragraph\"\n", ":2: key unit is already defined"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, tt.content)
			code, out, errOut := runCmd("--format", "json")
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.True(t, strings.HasPrefix(errOut, "parallax: "+path+tt.want), "got %q", errOut)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
		})
	}
}

func TestTheReadmeConfigExampleIsValid(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	block := regexp.MustCompile("(?s)```toml\n(.*?)```").FindSubmatch(data)
	require.NotNil(t, block, "the README has a config example")
	writeConfig(t, string(block[1]))
	opts, err := parseArgs(nil)
	require.NoError(t, err)
	assert.Equal(t, defaultOptions().ui, opts.ui, "the example sets the defaults")
	for _, name := range settingNames {
		assert.Contains(t, string(block[1]), "\n"+name+" = ", "the example shows %s", name)
	}
}
