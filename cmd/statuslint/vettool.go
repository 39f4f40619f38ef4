package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/statuslint/statuslint/analyzers"
)

// calledByGoVet reports whether go vet is running this binary as its
// vet tool: it asks for -V=full or -flags, or hands over a unit.cfg.
func calledByGoVet(args []string) bool {
	if len(args) == 1 && (args[0] == "-V=full" || args[0] == "-flags") {
		return true
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// vetTool is the go vet side of the binary: the unitchecker protocol,
// with the checks that are off by default turned off.
func vetTool(args []string) {
	if args[0] == "-V=full" {
		if err := printFullVersion(os.Stdout); err != nil {
			fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	reportProgress()
	if factsOnly(args) {
		for _, a := range factless(analyzers.All) {
			a.Run = func(*analysis.Pass) (any, error) { return nil, nil }
		}
	}
	showHiddenErrors(analyzers.All)
	nameChecks(analyzers.All)
	os.Args = append(os.Args[:1], withDefaults(args)...)
	unitchecker.Main(analyzers.All...)
}

// factsOnly reports whether go vet asks this run for the package's facts
// alone: the package is a dependency of those named, and what the checks
// report on it is not shown.
func factsOnly(args []string) bool {
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return false // unitchecker says what is wrong with the file
	}
	var cfg struct{ VetxOnly bool }
	return json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly
}

// factless lists the analyzers among checks and what they require that
// neither export facts nor feed an analyzer that does. For facts alone,
// unitchecker runs every analyzer that requires one with facts (its own
// TODO says the test is the wrong way round), so every check would run
// on every dependency package, the standard library's included, and what
// it found would be thrown away: vetTool makes these no-ops there. An
// analyzer is kept when it has facts or is required, directly or not, by
// one that has; one with a result is kept whatever it is.
func factless(checks []*analysis.Analyzer) []*analysis.Analyzer {
	var all []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var list func(a *analysis.Analyzer)
	list = func(a *analysis.Analyzer) {
		if !seen[a] {
			seen[a] = true
			all = append(all, a)
			for _, req := range a.Requires {
				list(req)
			}
		}
	}
	for _, a := range checks {
		list(a)
	}
	kept := map[*analysis.Analyzer]bool{}
	var keep func(a *analysis.Analyzer)
	keep = func(a *analysis.Analyzer) {
		if !kept[a] {
			kept[a] = true
			for _, req := range a.Requires {
				keep(req)
			}
		}
	}
	for _, a := range all {
		if len(a.FactTypes) > 0 {
			keep(a)
		}
	}
	var out []*analysis.Analyzer
	for _, a := range all {
		if !kept[a] && a.ResultType == nil {
			out = append(out, a)
		}
	}
	return out
}

// printFullVersion answers -V=full, on which go vet keys its cache of
// the tool's results. In the "devel ... buildID=HASH" form go vet uses
// the hash alone, a hash of this executable's bytes: a rebuilt binary
// never reuses results of an older one, whatever its version says.
func printFullVersion(w io.Writer) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	f, err := os.Open(exe)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	v := "devel"
	if version() != "devel" {
		v += " " + version()
	}
	_, err = fmt.Fprintf(w, "statuslint version %s buildID=%x\n", v, h.Sum(nil))
	return err
}

// version is the module version statuslint was built at: a tag when
// installed with go install module@version, a pseudo-version when built
// in a checkout with version control, else "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// nameChecks puts each check's name in front of its messages. go vet
// always asks its tool for JSON and, run by hand, prints a finding as
// file:line:col: message, which would not say which check to name in a
// //statuslint:ignore. statuslint ./... reads the check from its JSON
// key and takes the prefix off again (fromJSON). The prefix is in the
// message whatever the flags, so that go vet's cache, keyed on the
// flags, holds one form only.
func nameChecks(checks []*analysis.Analyzer) {
	for _, a := range checks {
		run, name := a.Run, a.Name
		a.Run = func(pass *analysis.Pass) (any, error) {
			report := pass.Report
			pass.Report = func(d analysis.Diagnostic) {
				d.Message = name + ": " + d.Message
				report(d)
			}
			return run(pass)
		}
	}
}

// showHiddenErrors makes the passes the checks build on (the response
// model, the directive parser) print their own errors on standard
// error. unitchecker reports only the checks', and a check whose
// model failed says no more than "failed prerequisites".
func showHiddenErrors(checks []*analysis.Analyzer) {
	roots := map[*analysis.Analyzer]bool{}
	for _, a := range checks {
		roots[a] = true
	}
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		if roots[a] {
			return
		}
		run := a.Run
		a.Run = func(pass *analysis.Pass) (any, error) {
			res, err := run(pass)
			if err != nil && strings.Contains(err.Error(), a.Name) {
				fmt.Fprintln(os.Stderr, err)
			} else if err != nil {
				fmt.Fprintf(os.Stderr, "%s: %v\n", a.Name, err)
			}
			return res, err
		}
	}
	for _, a := range checks {
		visit(a)
	}
}

// withDefaults turns off the checks that are off by default, unless the
// command line names them or selects checks itself with -NAME.
func withDefaults(args []string) []string {
	var extra []string
	for _, a := range analyzers.All {
		if analyzers.Off[a.Name] && !mentions(args, a.Name) && !selects(args) {
			extra = append(extra, "-"+a.Name+"=false")
		}
	}
	return append(extra, args...)
}

func mentions(args []string, name string) bool {
	for _, arg := range args {
		flagName, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && flagName == name {
			return true
		}
	}
	return false
}

// selects reports whether some -NAME or -NAME=true picks checks, in which
// case the driver runs just those.
func selects(args []string) bool {
	for _, a := range analyzers.All {
		for _, arg := range args {
			flagName, val, hasVal := strings.Cut(strings.TrimLeft(arg, "-"), "=")
			if strings.HasPrefix(arg, "-") && flagName == a.Name && (!hasVal || val == "true" || val == "1") {
				return true
			}
		}
	}
	return false
}
