package main

import (
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers"
)

// The baseline must require exactly the passes from outside statuslint
// that statuslint's checks require, directly or through the response
// model: otherwise make bench charges statuslint for, or credits it with,
// work that is not its own.
func TestRequiresMatchStatuslint(t *testing.T) {
	var want []string
	for _, a := range closure(analyzers.All) {
		if !ours(a) {
			want = append(want, a.Name)
		}
	}
	got := names(closure(Analyzer.Requires))
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("the baseline requires %v, statuslint requires %v from outside its own code: make nothing.Analyzer.Requires match", got, want)
	}
}

// ours reports whether a's Run is statuslint code (a check, the response
// model, or the panic guard wrapping them).
func ours(a *analysis.Analyzer) bool {
	fn := runtime.FuncForPC(reflect.ValueOf(a.Run).Pointer())
	return fn != nil && strings.HasPrefix(fn.Name(), "github.com/statuslint/statuslint/")
}

// closure returns the analyzers in as and everything they require.
func closure(as []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(*analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		out = append(out, a)
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range as {
		visit(a)
	}
	return out
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	slices.Sort(out)
	return out
}
