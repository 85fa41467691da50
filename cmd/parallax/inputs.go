package main

import (
	"fmt"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/seeds"
)

// maxReports is the most reports compared at once.
const maxReports = 8

// loadInputs reads the reports named on the command line, or the built-in
// seed reports when none are named.
func loadInputs(opts options) ([]*model.Article, error) {
	mopts := model.Options{Unit: opts.unit}
	switch n := len(opts.inputs); {
	case n == 0:
		return loadSeeds(mopts)
	case n == 1:
		return nil, newUsageError("parallax compares two or more reports; got only %s (give two to %d files, or none for the built-in example)", opts.inputs[0], maxReports)
	case n > maxReports:
		return nil, newUsageError("parallax compares at most %d reports at a time; got %d", maxReports, n)
	}
	articles := make([]*model.Article, len(opts.inputs))
	for i, path := range opts.inputs {
		a, err := model.LoadFile(path, mopts)
		if err != nil {
			return nil, err
		}
		articles[i] = a
	}
	return articles, nil
}

// loadSeeds parses the embedded example reports.
func loadSeeds(mopts model.Options) ([]*model.Article, error) {
	reports, err := seeds.Reports()
	if err != nil {
		return nil, err
	}
	articles := make([]*model.Article, len(reports))
	for i, r := range reports {
		a, err := model.Load(r.Name, r.Data, mopts)
		if err != nil {
			return nil, fmt.Errorf("built-in report: %w", err)
		}
		articles[i] = a
	}
	return articles, nil
}
