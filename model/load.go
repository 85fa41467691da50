package model

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// DefaultMaxBytes is the largest input read unless the caller raises it.
const DefaultMaxBytes = 50 << 20

// Errors a loader reports about unusable input; callers add the input's name.
var (
	ErrEmpty    = errors.New("is empty")
	ErrNoText   = errors.New("has no text (only white space)")
	ErrBinary   = errors.New("looks like a binary file (it contains NUL bytes), not a text report")
	ErrTooLarge = errors.New("is larger than the size limit")
)

// Options control how an input becomes an Article.
type Options struct {
	// Unit is the passage granularity.
	Unit Unit
	// MaxBytes is the largest input accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// LoadFile reads and parses the report at path.
func LoadFile(path string, opts Options) (*Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, describeOpenError(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a report", path)
	}
	data, err := readLimited(f, opts.maxBytes())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return Load(path, data, opts)
}

// Load checks data and parses it as the report named source.
func Load(source string, data []byte, opts Options) (*Article, error) {
	if int64(len(data)) > opts.maxBytes() {
		return nil, fmt.Errorf("%s: %w (%d bytes > %d)", source, ErrTooLarge, len(data), opts.maxBytes())
	}
	if err := checkText(data); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	return Parse(source, string(data), opts.Unit), nil
}

// readLimited reads r to the end, failing once more than limit bytes arrive.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, limit)
	}
	return data, nil
}

// checkText rejects input that cannot be a text report.
func checkText(data []byte) error {
	if len(data) == 0 {
		return ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return ErrBinary
	}
	if strings.TrimFunc(string(data), isSpaceOrBOM) == "" {
		return ErrNoText
	}
	return nil
}

// describeOpenError turns an open failure into a short reason.
func describeOpenError(err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return errors.New("no such file")
	case errors.Is(err, os.ErrPermission):
		return errors.New("permission denied")
	}
	return err
}
