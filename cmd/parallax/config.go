package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	toml "github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
	"github.com/spf13/pflag"
)

// The config file holds settings the reader starts with, each under the
// name of the flag that overrides it:
//
//	theme = "dark"
//	min-score = 0.5
//
// It is TOML, read with go-toml v2, which gives the line and column of
// every error it finds (bad syntax, a value of the wrong type, a setting
// it does not know: strict mode); the lines of values go-toml reads but
// parallax refuses come from go-toml's parser. BurntSushi/toml, the other
// well-kept reader, names no line for an unknown key.

// fileSettings are the settings a config file may hold; nil when it does
// not set one.
type fileSettings struct {
	Theme    *string  `toml:"theme"`
	Color    *string  `toml:"color"`
	MinScore *float64 `toml:"min-score"`
	Unit     *string  `toml:"unit"`
	Layout   *string  `toml:"layout"`
	Mouse    *bool    `toml:"mouse"`
}

// settingNames are the config file's settings, in the order its errors
// list them.
var settingNames = []string{"theme", "color", "min-score", "unit", "layout", "mouse"}

// values are the settings the file sets, by flag name, as the flag would
// read them from the command line.
func (s fileSettings) values() map[string]string {
	out := map[string]string{}
	for name, v := range map[string]*string{"theme": s.Theme, "color": s.Color, "unit": s.Unit, "layout": s.Layout} {
		if v != nil {
			out[name] = *v
		}
	}
	if s.MinScore != nil {
		out["min-score"] = strconv.FormatFloat(*s.MinScore, 'f', -1, 64)
	}
	if s.Mouse != nil {
		out["mouse"] = strconv.FormatBool(*s.Mouse)
	}
	return out
}

// settingKinds say what each setting takes, for an error about a value
// of the wrong type.
var settingKinds = map[string]string{
	"theme":     `a word in quotes: "auto", "dark" or "light"`,
	"color":     `a word in quotes: "auto", "always" or "never"`,
	"min-score": "a number from 0 to 1",
	"unit":      `a word in quotes: "sentence", "line" or "paragraph"`,
	"layout":    `a word in quotes: "auto", "side" or "stacked"`,
	"mouse":     "true or false",
}

// configError is a config file that cannot be read or holds a mistake;
// it exits with status 2.
type configError struct{ msg string }

func (e *configError) Error() string { return e.msg }

// defaultConfigPath is where the config file is looked for when --config
// does not name one: $XDG_CONFIG_HOME/parallax/config.toml, or
// ~/.config/parallax/config.toml; "" when there is no home directory.
func defaultConfigPath() string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" || !filepath.IsAbs(dir) { // a relative one is to be ignored (XDG)
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "parallax", "config.toml")
}

// applyConfig reads the config file at path and sets each flag of fs it
// names, unless the command line set it. A missing file is no error
// unless it was named on the command line (named).
func applyConfig(flags *pflag.FlagSet, path string, named bool) error {
	if path == "" {
		return nil
	}
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !named:
		return nil
	case errors.Is(err, fs.ErrNotExist):
		return &configError{fmt.Sprintf("--config: %s: no such file", path)}
	case err != nil:
		return &configError{fmt.Sprintf("config file %s: cannot read it: %v", path, err)}
	}
	var s fileSettings
	dec := toml.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return &configError{fmt.Sprintf("%s:%s", path, decodeErrorText(err))}
	}
	lines := settingLines(data)
	for _, name := range settingNames {
		value, ok := s.values()[name]
		if !ok || flags.Changed(name) {
			continue
		}
		if err := flags.Lookup(name).Value.Set(value); err != nil {
			return &configError{fmt.Sprintf("%s:%d: %s: %v", path, lines[name], name, err)}
		}
	}
	return nil
}

// decodeErrorText says what is wrong in a config file go-toml could not
// decode, after the line it is on: "3: min-score takes a number from 0
// to 1".
func decodeErrorText(err error) string {
	var de *toml.DecodeError
	if !errors.As(err, &de) {
		return " " + err.Error()
	}
	line, _ := de.Position()
	key := strings.Join(de.Key(), ".")
	msg := strings.TrimPrefix(de.Error(), "toml: ")
	var strict *toml.StrictMissingError
	switch kind, known := settingKinds[key]; {
	case errors.As(err, &strict):
		return fmt.Sprintf("%d: unknown setting %q (settings: %s)", line, key, strings.Join(settingNames, ", "))
	case known && strings.Contains(msg, "cannot decode TOML"):
		return fmt.Sprintf("%d: %s takes %s", line, key, kind)
	}
	return fmt.Sprintf("%d: %s", line, msg)
}

// settingLines finds the line of each top-level setting in a TOML
// document that go-toml decoded.
func settingLines(data []byte) map[string]int {
	lines := map[string]int{}
	var p unstable.Parser
	p.Reset(data)
	for p.NextExpression() {
		e := p.Expression()
		if e.Kind != unstable.KeyValue {
			continue
		}
		key := e.Key()
		if key.Next() && key.IsLast() {
			lines[string(key.Node().Data)] = p.Shape(e.Raw).Start.Line
		}
	}
	return lines
}
