package source

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// inputKind says where an input's bytes come from.
type inputKind int

const (
	kindFile inputKind = iota
	kindStdin
	kindURL
	kindSeed
)

// input is one report to read, resolved from the arguments.
type input struct {
	kind inputKind
	// name is what the user knows the input as: a path, a URL, "-".
	name string
	// source is what the article is called: the path, the URL, "stdin".
	source string
	// info identifies a file, to notice the same file given twice.
	info fs.FileInfo
	// url is the parsed URL of a web page.
	url *url.URL
	// data holds a built-in report's bytes.
	data []byte
	// same is the index of an earlier input naming the same report, or -1.
	same int
}

// stdinName is how standard input is named in messages and as a source.
const stdinName = "standard input"

// resolve turns arguments into the inputs they name: a directory becomes
// its reports in name order; "-" standard input; an http(s) argument a
// URL; anything else a file. It notes inputs naming a report already
// named.
func resolve(args []string) ([]input, error) {
	var inputs []input
	stdin := false
	for _, arg := range args {
		switch {
		case arg == "-":
			if stdin {
				return nil, ErrStdinTwice
			}
			stdin = true
			inputs = append(inputs, input{kind: kindStdin, name: "-", source: "stdin"})
		case isURL(arg):
			u, err := url.Parse(arg)
			if err != nil || u.Host == "" {
				return nil, fmt.Errorf("%s: not a valid URL", arg)
			}
			inputs = append(inputs, input{kind: kindURL, name: arg, source: arg, url: u})
		default:
			found, err := resolvePath(arg)
			if err != nil {
				return nil, err
			}
			inputs = append(inputs, found...)
		}
	}
	for i := range inputs {
		inputs[i].same = -1
		for j := range i {
			if inputs[i].sameReport(inputs[j]) {
				inputs[i].same = j
				break
			}
		}
	}
	return inputs, nil
}

// isURL reports whether arg names a web page.
func isURL(arg string) bool {
	lower := strings.ToLower(arg)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// looksLikeAddress is a web address written without its scheme:
// "www.example.com/news/storm".
var looksLikeAddress = regexp.MustCompile(`^(?:www\.[a-z0-9-]+\.[a-z.]{2,}(?:/\S*)?|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*)$`)

// resolvePath resolves a file or directory argument.
func resolvePath(arg string) ([]input, error) {
	info, err := os.Stat(arg)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && looksLikeAddress.MatchString(arg) {
			return nil, fmt.Errorf("%s: no such file or directory (for a web page, write https://%s)", arg, arg)
		}
		return nil, fmt.Errorf("%s: %w", arg, describeFSError(err))
	}
	if !info.IsDir() {
		return []input{{kind: kindFile, name: arg, source: arg, info: info}}, nil
	}
	entries, err := os.ReadDir(arg)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot list the directory: %w", arg, describeFSError(err))
	}
	var inputs []input
	for _, e := range entries { // ReadDir sorts by name
		name := e.Name()
		if strings.HasPrefix(name, ".") || formatOfName(name) == formatUnknown {
			continue
		}
		path := filepath.Join(arg, name)
		info, err := os.Stat(path) // follows links, unlike e.Info
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		inputs = append(inputs, input{kind: kindFile, name: path, source: path, info: info})
	}
	if len(inputs) == 0 {
		return nil, fmt.Errorf("%s: %w", arg, ErrNoReports)
	}
	return inputs, nil
}

// sameReport reports whether in and other name the same report.
func (in input) sameReport(other input) bool {
	switch {
	case in.kind != other.kind:
		return false
	case in.kind == kindFile:
		return os.SameFile(in.info, other.info)
	case in.kind == kindURL:
		return in.url.String() == other.url.String()
	}
	return false
}

// describeFSError turns a file system error into a short reason.
func describeFSError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err
	}
	return err
}
