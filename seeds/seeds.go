// Package seeds holds the two reports parallax opens when it is started
// without arguments: two reports of 26–27 October 2023 in which White House
// spokesman John Kirby's line appears as "There was a direct message relayed"
// in one and "There was a direct message conveyed" in the other.
//
// The files are kept byte for byte as they were received, noise included
// (a stray "headtopics.com", photo credits glued to quotes, "SEE ALSO:");
// the model package recognises that noise, nothing here cleans it.
package seeds

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
)

//go:embed *.txt
var files embed.FS

// Report is one embedded seed report.
type Report struct {
	// Name is the file name, used as the report's source.
	Name string
	// Data is the file's exact bytes.
	Data []byte
}

// Reports returns the embedded seed reports in their intended order.
func Reports() ([]Report, error) {
	names, err := fs.Glob(files, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("listing seeds: %w", err)
	}
	sort.Strings(names)
	reports := make([]Report, 0, len(names))
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("reading seed %s: %w", name, err)
		}
		reports = append(reports, Report{Name: name, Data: data})
	}
	return reports, nil
}
