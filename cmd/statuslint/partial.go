package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A package can fail under go vet for a reason that leaves its own code
// whole: _test.go files that no longer compile (go vet analyzes a package
// with its tests), or a //go:embed pattern that matches no file (a
// frontend not built in a lint job). Such a package is analyzed again in
// this process, without the part that failed, and reported as partial:
// one line that says what was left out, exit 1 unless -allow-incomplete.

// embedError matches the go command's errors for a //go:embed pattern.
var embedError = regexp.MustCompile(`: (pattern \S+: (no matching files found|cannot embed .*)|cannot embed .*)$`)

// partialReason says why a package's build problems leave its own code
// whole, or "" when they do not: all of them are in _test.go files, or
// all are //go:embed patterns.
func partialReason(problems []problem) string {
	tests, embeds := 0, 0
	for _, p := range problems {
		switch {
		case embedError.MatchString(p.text):
			embeds++
		case positionLine.MatchString(p.text) && strings.Contains(strings.SplitN(p.text, ":", 2)[0], "_test.go"):
			tests++
		default:
			return ""
		}
	}
	switch {
	case tests > 0 && embeds == 0:
		return "analyzed without its test files, which do not compile"
	case embeds > 0 && tests == 0:
		return "analyzed without its //go:embed files, which are missing"
	}
	return ""
}

// basePackage is the package a go vet header names: "[p]", "p [p.test]"
// and "p_test [p.test]" are all p.
func basePackage(pkg string) string {
	if _, variant, ok := strings.Cut(pkg, " ["); ok {
		return strings.TrimSuffix(variant, ".test]")
	}
	return strings.TrimSuffix(strings.TrimPrefix(pkg, "["), "]")
}

// analyzePartial analyzes, in this process, the packages whose build
// problems leave their code whole, and replaces those problems with one
// partial line per package. A package whose own code does not type-check
// without the failing part keeps its problems.
func analyzePartial(r *result, opts *options) error {
	byPkg := map[string][]problem{}
	var order []string
	for _, p := range r.problems {
		if p.key != "build" || p.pkg == "" || strings.HasPrefix(p.text, "# ") {
			continue
		}
		base := basePackage(p.pkg)
		if byPkg[base] == nil {
			order = append(order, base)
		}
		byPkg[base] = append(byPkg[base], p)
	}
	reasons := map[string]string{}
	var paths []string
	for _, pkg := range order {
		if why := partialReason(byPkg[pkg]); why != "" {
			reasons[pkg] = why
			paths = append(paths, pkg)
		}
	}
	if len(paths) == 0 {
		return nil
	}
	// The packages left out because they import one that did not load
	// are analyzed whole, if what they import is only missing its
	// //go:embed files.
	dependents := map[string]bool{}
	for _, p := range r.unanalyzed {
		dependents[p.pkg] = true
		paths = append(paths, p.pkg)
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule}
	if opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.tags}
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		return fmt.Errorf("%s", loadFailure(err))
	}
	// A package whose only errors are //go:embed patterns type-checked:
	// it, and the packages that import it, can be analyzed. What is left
	// out is said below.
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.TypeErrors) == 0 && onlyEmbedErrors(p.Errors) {
			p.Errors = nil
		}
		p.IllTyped = len(p.Errors) > 0 || depsIllTyped(p)
	})
	var roots []*packages.Package
	for _, p := range pkgs {
		if reasons[p.PkgPath] == "" && !dependents[p.PkgPath] || p.IllTyped {
			continue // not this package's own code only: the problems stand
		}
		roots = append(roots, p)
	}
	if len(roots) == 0 {
		return nil
	}
	graph, err := checker.Analyze(opts.checks, roots, nil)
	if err != nil {
		return err
	}
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			r.findings = append(r.findings, fromDiagnostic(act.Package.ID, act.Analyzer.Name, act.Package.Fset, d))
		}
	}
	done := map[string]bool{}
	for _, p := range roots {
		done[p.PkgPath] = true
		if reasons[p.PkgPath] == "" {
			continue // a dependent, analyzed whole
		}
		first := byPkg[p.PkgPath][0].text
		r.partial = append(r.partial, problem{p.PkgPath, "partial", fmt.Sprintf("%s: %s: %s", p.PkgPath, reasons[p.PkgPath], first)})
	}
	r.unanalyzed = slices.DeleteFunc(r.unanalyzed, func(p problem) bool { return done[p.pkg] })
	var keep []problem
	for _, p := range r.problems {
		if !done[basePackage(p.pkg)] {
			keep = append(keep, p)
		}
	}
	r.problems = keep
	return nil
}

// onlyEmbedErrors reports whether errs are all //go:embed patterns that
// matched no file.
func onlyEmbedErrors(errs []packages.Error) bool {
	for _, e := range errs {
		if !embedError.MatchString(": " + e.Msg) {
			return false
		}
	}
	return true
}

// depsIllTyped reports whether a package's dependencies did not load or
// type-check, in which case it cannot be analyzed alone.
func depsIllTyped(p *packages.Package) bool {
	for _, imp := range p.Imports {
		if imp.IllTyped {
			return true
		}
	}
	return false
}
