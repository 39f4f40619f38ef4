package main

import (
	"cmp"
	"errors"
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// runInProcess loads the packages with go/packages and analyzes them in
// this process with go/analysis/checker: the fallback where go vet
// cannot be used. It holds every package's syntax at once and caches
// nothing, so it is slower and heavier than go vet on a large tree.
func runInProcess(opts *options) (*result, error) {
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: true}
	if needFacts(opts.checks) {
		cfg.Mode = packages.LoadAllSyntax | packages.NeedModule
	}
	if opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.tags}
	}
	pkgs, err := packages.Load(cfg, opts.patterns...)
	if err != nil {
		return nil, errors.New(loadFailure(err))
	}
	r := &result{}
	if len(pkgs) == 0 {
		r.addProblem(problem{text: fmt.Sprintf("%s matched no packages", strings.Join(opts.patterns, " "))})
		return r, nil
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			r.addProblem(problem{p.ID, "build", e.Error()})
		}
		if p.Module != nil && p.Module.Error != nil {
			r.addProblem(problem{p.ID, "build", p.Module.Error.Err})
		}
	})
	graph, err := checker.Analyze(opts.checks, pkgs, nil)
	if err != nil {
		return nil, err
	}
	for act := range graph.All() {
		// A package that did not load is skipped, which its load errors
		// already say; and a failed action fails every action that
		// depends on it: the first failure is the one to show.
		if act.Err != nil && len(act.Package.Errors) == 0 && !strings.HasPrefix(act.Err.Error(), "failed prerequisites") {
			r.addProblem(problem{act.Package.ID, act.Analyzer.Name, fmt.Sprintf("%s: %v", act.Package.ID, act.Err)})
		}
	}
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			r.findings = append(r.findings, fromDiagnostic(act.Package.ID, act.Analyzer.Name, act.Package.Fset, d))
		}
	}
	return r, nil
}

func fromDiagnostic(pkg, check string, fset *token.FileSet, d analysis.Diagnostic) finding {
	pos := func(p token.Pos) position {
		tp := fset.Position(p)
		return position{tp.Filename, tp.Line, tp.Column}
	}
	f := finding{pkg: pkg, check: check, pos: pos(d.Pos), end: pos(cmp.Or(d.End, d.Pos)), message: d.Message}
	for _, rel := range d.Related {
		f.related = append(f.related, related{pos(rel.Pos), pos(cmp.Or(rel.End, rel.Pos)), rel.Message})
	}
	for _, fix := range d.SuggestedFixes {
		sf := suggestedFix{message: fix.Message}
		for _, e := range fix.TextEdits {
			start, end := fset.Position(e.Pos), fset.Position(cmp.Or(e.End, e.Pos))
			sf.edits = append(sf.edits, edit{start.Filename, start.Offset, end.Offset, string(e.NewText)})
		}
		f.fixes = append(f.fixes, sf)
	}
	return f
}

// needFacts reports whether any of the analyzers, or any they require,
// uses facts: then dependencies are analyzed from source too.
func needFacts(as []*analysis.Analyzer) bool {
	seen := map[*analysis.Analyzer]bool{}
	for len(as) > 0 {
		a := as[0]
		as = as[1:]
		if seen[a] {
			continue
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			return true
		}
		as = append(as, a.Requires...)
	}
	return false
}
