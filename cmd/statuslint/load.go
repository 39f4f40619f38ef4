package main

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/tools/go/packages"
)

// load loads packages for the commands that run in this process
// (coverage, routes): their answers are whole-program.
func load(patterns []string, tests, allSyntax bool) ([]*packages.Package, error) {
	mode := packages.LoadSyntax | packages.NeedModule
	if allSyntax {
		mode = packages.LoadAllSyntax | packages.NeedModule
	}
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Tests: tests}, patterns...)
	if err != nil {
		return nil, errors.New(loadFailure(err))
	}
	if len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	return pkgs, err
}

// loadErrors lists the errors of the packages and their dependencies,
// each once, as packages.PrintErrors would print them.
func loadErrors(pkgs []*packages.Package) []string {
	var errs []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			errs = append(errs, s)
		}
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			add(e.Error())
		}
		if p.Module != nil && p.Module.Error != nil {
			add(p.Module.Error.Err)
		}
	})
	return errs
}
