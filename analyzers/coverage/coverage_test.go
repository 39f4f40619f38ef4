package coverage_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/coverage"
	"github.com/statuslint/statuslint/analyzers/internal/fixtures"
)

// TestReport checks the counts and the escapes on a package whose
// handlers are opaque in known ways, beside ones that are not.
func TestReport(t *testing.T) {
	results := analysistest.Run(t, fixtures.Dir(t), coverage.Analyzer, "coverage/basic")
	r := results[0].Result.(*coverage.Report)
	if got, want := r.Entries, (coverage.Count{All: 5, Opaque: 3}); got != want {
		t.Errorf("entries = %+v, want %+v", got, want)
	}
	if got, want := r.Helpers, (coverage.Count{All: 2, Opaque: 1}); got != want {
		t.Errorf("helpers = %+v, want %+v", got, want)
	}
	var got []string
	for _, e := range r.Escapes {
		got = append(got, fmt.Sprintf("%s:%d %s %s: %s", filepath.Base(e.Pos.Filename), e.Pos.Line, e.Func, e.Why, e.Reason))
	}
	want := []string{
		"basic.go:21 passed passed: passed to render, a function value, not summarised",
		"basic.go:27 middleware.func literal passed: passed to http.Handler.ServeHTTP, not summarised",
		"basic.go:33 viaHelper helper: passed to basic.sometimes, whose effect differs by path or is not known",
		"basic.go:38 sometimes passed: passed to render, a function value, not summarised",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("escapes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
