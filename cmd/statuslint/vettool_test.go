package main

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers"
)

type testFact struct{}

func (*testFact) AFact() {}

// On a dependency package the checks without facts are no-ops; what
// exports facts, and everything it builds on, still runs.
func TestFactless(t *testing.T) {
	noop := func(*analysis.Pass) (any, error) { return nil, nil }
	base := &analysis.Analyzer{Name: "base", Run: noop, ResultType: reflect.TypeFor[int]()}
	model := &analysis.Analyzer{Name: "model", Run: noop, Requires: []*analysis.Analyzer{base}, FactTypes: []analysis.Fact{(*testFact)(nil)}}
	plain := &analysis.Analyzer{Name: "plain", Run: noop, Requires: []*analysis.Analyzer{model}}
	exporter := &analysis.Analyzer{Name: "exporter", Run: noop, Requires: []*analysis.Analyzer{model}, FactTypes: []analysis.Fact{(*testFact)(nil)}}
	alone := &analysis.Analyzer{Name: "alone", Run: noop}
	got := factless([]*analysis.Analyzer{plain, exporter, alone})
	if want := []*analysis.Analyzer{plain, alone}; !slices.Equal(got, want) {
		t.Errorf("factless = %v, want %v", got, want)
	}

	// The real checks: what is skipped exports nothing, and nothing that
	// exports facts requires it.
	skipped := factless(analyzers.All)
	if len(skipped) == 0 {
		t.Fatal("no check is skipped on dependencies")
	}
	var visit func(a *analysis.Analyzer, under bool)
	visit = func(a *analysis.Analyzer, under bool) {
		if slices.Contains(skipped, a) && (under || len(a.FactTypes) > 0) {
			t.Errorf("%s is skipped on dependencies but its facts are needed", a.Name)
		}
		for _, req := range a.Requires {
			visit(req, under || len(a.FactTypes) > 0)
		}
	}
	for _, a := range analyzers.All {
		visit(a, false)
	}
}

func TestFactsOnly(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		cfg  string
		want bool
	}{
		{`{"ID": "p", "VetxOnly": true}`, true},
		{`{"ID": "p", "VetxOnly": false}`, false},
		{`{"ID": "p"}`, false},
		{`not json`, false},
	} {
		name := filepath.Join(dir, "vet.cfg")
		if err := os.WriteFile(name, []byte(tc.cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := factsOnly([]string{name}); got != tc.want {
			t.Errorf("factsOnly(%s) = %v, want %v", tc.cfg, got, tc.want)
		}
	}
	if factsOnly([]string{filepath.Join(dir, "missing.cfg")}) {
		t.Error("factsOnly of a missing file = true")
	}
}
