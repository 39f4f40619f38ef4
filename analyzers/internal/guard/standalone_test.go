package guard_test

import (
	"flag"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/allowheader"
	"github.com/statuslint/statuslint/analyzers/bodystatus"
	"github.com/statuslint/statuslint/analyzers/contract"
	"github.com/statuslint/statuslint/analyzers/coverage"
	"github.com/statuslint/statuslint/analyzers/directive"
	"github.com/statuslint/statuslint/analyzers/errleak"
	"github.com/statuslint/statuslint/analyzers/errorbody"
	"github.com/statuslint/statuslint/analyzers/headerorder"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/location"
	"github.com/statuslint/statuslint/analyzers/methodstatus"
	"github.com/statuslint/statuslint/analyzers/postredirect"
	"github.com/statuslint/statuslint/analyzers/retryafter"
	"github.com/statuslint/statuslint/analyzers/stackleak"
	"github.com/statuslint/statuslint/analyzers/unknowncode"
	"github.com/statuslint/statuslint/analyzers/unmodelled"
	"github.com/statuslint/statuslint/analyzers/wwwauth"
)

// TestStandalone imports every check's package directly, as a Bazel nogo
// build does, without package analyzers or cmd/statuslint: each Analyzer
// is valid on its own, its options can be set through its Flags (what
// nogo's analyzer_flags do), and a panic in its Run comes back as one
// error naming the check.
func TestStandalone(t *testing.T) {
	checks := []*analysis.Analyzer{
		allowheader.Analyzer, bodystatus.Analyzer, directive.Analyzer, errleak.Analyzer,
		errorbody.Analyzer, headerorder.Analyzer, location.Analyzer, methodstatus.Analyzer,
		postredirect.Analyzer, retryafter.Analyzer, stackleak.Analyzer, unknowncode.Analyzer,
		wwwauth.Analyzer, contract.Analyzer, unmodelled.Analyzer,
	}
	var names []string
	for _, a := range checks {
		names = append(names, a.Name)
	}
	// The list above must name every check there is.
	for _, n := range ignore.CheckNames {
		if !strings.Contains(" "+strings.Join(names, " ")+" ", " "+n+" ") {
			t.Errorf("check %s is missing from this test", n)
		}
	}
	if err := analysis.Validate(checks); err != nil {
		t.Fatal(err)
	}
	for _, a := range checks {
		t.Run(a.Name, func(t *testing.T) {
			a.Flags.VisitAll(func(f *flag.Flag) {
				if err := a.Flags.Set(f.Name, f.Value.String()); err != nil {
					t.Errorf("-%s.%s=%q: %v", a.Name, f.Name, f.Value.String(), err)
				}
			})
			// A pass with nothing in it makes any Run fail at its first
			// step; the guard must turn that into an error.
			var err error
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("Run panicked: %v", p)
					}
				}()
				_, err = a.Run(&analysis.Pass{Analyzer: a})
			}()
			if a == contract.Analyzer && err == nil {
				return // with no document it does nothing, so nothing can fail
			}
			if err == nil || !strings.HasPrefix(err.Error(), "internal error in check "+a.Name+" while reading an unknown package: ") {
				t.Errorf("Run on an empty pass returned %v, want the guard's error", err)
			}
		})
	}
}

// TestEveryAnalyzerGuarded walks what the checks and the coverage
// command require: every analyzer of this module among them (the model,
// the directive parser, the route interpreter...) has its Run guarded
// too, since a panic there costs every check that requires it.
func TestEveryAnalyzerGuarded(t *testing.T) {
	const module = "github.com/statuslint/statuslint/"
	// guard.Run's closure, wherever the compiler inlined guard.Run:
	// guard.Run.func1, or contract.init.Run.func2.
	guarded := regexp.MustCompile(`\.Run\.func\d+$`)
	seen := map[*analysis.Analyzer]bool{}
	var walk func(a *analysis.Analyzer)
	walk = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		name := runtime.FuncForPC(reflect.ValueOf(a.Run).Pointer()).Name()
		if strings.HasPrefix(name, module) && !guarded.MatchString(name) {
			t.Errorf("analyzer %s runs %s without guard.Run", a.Name, name)
		}
		for _, r := range a.Requires {
			walk(r)
		}
	}
	for _, a := range []*analysis.Analyzer{
		allowheader.Analyzer, bodystatus.Analyzer, directive.Analyzer, errleak.Analyzer,
		errorbody.Analyzer, headerorder.Analyzer, location.Analyzer, methodstatus.Analyzer,
		postredirect.Analyzer, retryafter.Analyzer, stackleak.Analyzer, unknowncode.Analyzer,
		wwwauth.Analyzer, contract.Analyzer, unmodelled.Analyzer, coverage.Analyzer,
	} {
		walk(a)
	}
	if len(seen) < 20 {
		t.Errorf("walked %d analyzers; the Requires graph looks cut short", len(seen))
	}
}
