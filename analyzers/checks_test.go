package analyzers_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/allowheader"
	"github.com/statuslint/statuslint/analyzers/bodystatus"
	"github.com/statuslint/statuslint/analyzers/contract"
	"github.com/statuslint/statuslint/analyzers/coverage"
	"github.com/statuslint/statuslint/analyzers/directive"
	"github.com/statuslint/statuslint/analyzers/errleak"
	"github.com/statuslint/statuslint/analyzers/errorbody"
	"github.com/statuslint/statuslint/analyzers/headerorder"
	"github.com/statuslint/statuslint/analyzers/internal/fixtures"
	"github.com/statuslint/statuslint/analyzers/location"
	"github.com/statuslint/statuslint/analyzers/methodstatus"
	"github.com/statuslint/statuslint/analyzers/postredirect"
	"github.com/statuslint/statuslint/analyzers/retryafter"
	"github.com/statuslint/statuslint/analyzers/stackleak"
	"github.com/statuslint/statuslint/analyzers/unknowncode"
	"github.com/statuslint/statuslint/analyzers/unmodelled"
	"github.com/statuslint/statuslint/analyzers/wwwauth"
)

// A checkRun is one analysistest run of a check over its fixture
// packages (paths under testdata/src, as analysistest.Run takes them).
// Every check's tests are gathered here, so that an edit of the model
// links one test binary rather than one per check.
type checkRun struct {
	name string // the subtest: the check's name, then the topic when it has several runs
	a    *analysis.Analyzer
	pkgs []string
	// flags are set before the run and put back to their defaults after
	// it; "{testdata}" in a value is the fixtures' root directory.
	flags map[string]string
	fixes bool // compare suggested fixes with the .golden files as well
	// more asserts what analysistest does not: the results themselves.
	more func(t *testing.T, results []*analysistest.Result)
}

// checkRuns holds the run of every check, one line each; a check whose
// flags change what it reports has one line per setting.
var checkRuns = []checkRun{
	{name: "allowheader", a: allowheader.Analyzer, pkgs: []string{"allowheader/basic", "allowheader/errreturns", "allowheader/echo5", "allowheader/fiber3"}},
	{name: "bodystatus", a: bodystatus.Analyzer, pkgs: []string{"bodystatus/basic", "bodystatus/overlap", "bodystatus/echo5", "bodystatus/fiber3", "bodystatus/interim"}},
	{name: "contract/basic", a: contract.Analyzer, pkgs: []string{"contract/basic"}, flags: map[string]string{"spec": "{testdata}/src/contract/basic/openapi.yaml"}},
	{name: "contract/crosspkg", a: contract.Analyzer, pkgs: []string{"contract/crosspkg/cmd"}, flags: map[string]string{"spec": "{testdata}/src/contract/crosspkg/openapi.yaml"}},
	{name: "contract/unsent", a: contract.Analyzer, pkgs: []string{"contract/unsent"}, flags: map[string]string{"spec": "{testdata}/src/contract/unsent/openapi.yaml", "unsent": "true"}},
	{name: "contract/gin", a: contract.Analyzer, pkgs: []string{"contract/gin"}, flags: map[string]string{"spec": "{testdata}/src/contract/gin/openapi.json"}},
	// The routes of echo v5 and fiber v3, each under its router's group, are
	// checked like any other's.
	{name: "contract/echo5", a: contract.Analyzer, pkgs: []string{"contract/echo5"}, flags: map[string]string{"spec": "{testdata}/src/contract/echo5/openapi.yaml"}},
	{name: "contract/fiber3", a: contract.Analyzer, pkgs: []string{"contract/fiber3"}, flags: map[string]string{"spec": "{testdata}/src/contract/fiber3/openapi.yaml"}},
	{name: "coverage", a: coverage.Analyzer, pkgs: []string{"coverage/basic"}, more: coverageReport},
	{name: "directive", a: directive.Analyzer, pkgs: []string{"directive/basic"}},
	{name: "errleak", a: errleak.Analyzer, pkgs: []string{"errleak/basic", "errleak/flow", "errleak/helpers", "errleak/crosspkg/use", "errleak/frameworks", "errleak/paramhelpers", "errleak/crossparam/lib", "errleak/crossparam/use", "errleak/constant", "errleak/echo5", "errleak/fiber3"}},
	{name: "errorbody", a: errorbody.Analyzer, pkgs: []string{"errorbody/basic", "errorbody/helpers", "errorbody/frameworks", "errorbody/crosspkg/use", "errorbody/shapes", "errorbody/marshal", "errorbody/codes", "errorbody/crosscodes/lib", "errorbody/crosscodes/use", "errorbody/echo5", "errorbody/fiber3"}},
	{name: "headerorder", a: headerorder.Analyzer, pkgs: []string{"headerorder/basic", "headerorder/crosspkg/use", "headerorder/guards", "headerorder/noreturn", "headerorder/overlap", "headerorder/echo5", "headerorder/fiber3"}},
	{name: "location", a: location.Analyzer, pkgs: []string{"location/basic", "location/helpers", "location/echo5", "location/fiber3"}},
	{name: "methodstatus", a: methodstatus.Analyzer, pkgs: []string{"methodstatus/basic", "methodstatus/echo5", "methodstatus/fiber3"}},
	{name: "postredirect", a: postredirect.Analyzer, pkgs: []string{"postredirect/basic", "postredirect/helpers", "postredirect/echo5", "postredirect/fiber3"}, fixes: true},
	{name: "retryafter", a: retryafter.Analyzer, pkgs: []string{"retryafter/basic", "retryafter/branches", "retryafter/helpers", "retryafter/frameworks", "retryafter/closures", "retryafter/crosspkg/use", "retryafter/callbacks", "retryafter/guards", "retryafter/errreturns", "retryafter/fakes", "retryafter/probes", "retryafter/echo5", "retryafter/echo5/lib", "retryafter/fiber3", "retryafter/fiber3/lib"}},
	{name: "stackleak", a: stackleak.Analyzer, pkgs: []string{"stackleak/basic", "stackleak/echo5", "stackleak/fiber3"}},
	{name: "unknowncode", a: unknowncode.Analyzer, pkgs: []string{"unknowncode/basic", "unknowncode/consts", "unknowncode/ignore", "unknowncode/frameworks", "unknowncode/helpers", "unknowncode/sentinels", "unknowncode/echo5", "unknowncode/fiber3"}},
	{name: "unknowncode/allow", a: unknowncode.Analyzer, pkgs: []string{"unknowncode/allow"}, flags: map[string]string{"allow": "499, 520"}},
	{name: "unmodelled", a: unmodelled.Analyzer, pkgs: []string{"unmodelled/basic", "unmodelled/echo5", "unmodelled/fiber3", "unmodelled/ignored"}},
	{name: "wwwauth", a: wwwauth.Analyzer, pkgs: []string{"wwwauth/basic", "wwwauth/echo5", "wwwauth/fiber3"}},
}

// TestChecks runs every check over its fixtures: each // want is
// reported, and nothing else is.
//
// The runs that set no flag and compare no fixes share one load of the
// fixtures (the standard library from source, and the model over it,
// are most of a run's cost): one analyzer hands each package to the
// check whose fixtures it is. The other runs of a check go one after
// the other, since a flag is the check's, not the run's; those of a
// check that also runs in the shared load go first, on their own.
func TestChecks(t *testing.T) {
	dir := fixtures.Dir(t)
	var shared []checkRun
	alone := map[*analysis.Analyzer][]checkRun{}
	var order []*analysis.Analyzer
	for _, c := range checkRuns {
		switch {
		case len(c.flags) == 0 && !c.fixes:
			shared = append(shared, c)
		default:
			if alone[c.a] == nil {
				order = append(order, c.a)
			}
			alone[c.a] = append(alone[c.a], c)
		}
	}
	inShared := func(a *analysis.Analyzer) bool {
		return slices.ContainsFunc(shared, func(c checkRun) bool { return c.a == a })
	}
	for _, a := range order {
		if !inShared(a) {
			continue
		}
		for _, c := range alone[a] {
			t.Run(c.name, func(t *testing.T) { runOne(t, dir, c) })
		}
	}
	for _, a := range order {
		if inShared(a) {
			continue
		}
		t.Run(a.Name, func(t *testing.T) {
			t.Parallel()
			for _, c := range alone[a] {
				t.Run(strings.TrimPrefix(c.name, a.Name+"/"), func(t *testing.T) { runOne(t, dir, c) })
			}
		})
	}
	t.Run("shared", func(t *testing.T) {
		t.Parallel()
		a := dispatcher(shared)
		var pkgs []string
		for _, c := range shared {
			pkgs = append(pkgs, c.pkgs...)
		}
		results := analysistest.Run(t, dir, a, pkgs...)
		for _, c := range shared {
			if c.more == nil {
				continue
			}
			var mine []*analysistest.Result
			for _, r := range results {
				if o, ok := r.Result.(*owned); ok && o != nil && o.check == c.a {
					mine = append(mine, &analysistest.Result{Pass: r.Pass, Result: o.result, Err: r.Err, Action: r.Action})
				}
			}
			t.Run(c.name, func(t *testing.T) { c.more(t, mine) })
		}
	})
}

// runOne runs one check on its own, with its flags set and put back.
func runOne(t *testing.T, dir string, c checkRun) {
	for name, value := range c.flags {
		setFlag(t, c.a, name, strings.ReplaceAll(value, "{testdata}", dir))
	}
	defer func() {
		for name := range c.flags {
			setFlag(t, c.a, name, c.a.Flags.Lookup(name).DefValue)
		}
	}()
	var results []*analysistest.Result
	if c.fixes {
		results = analysistest.RunWithSuggestedFixes(t, dir, c.a, c.pkgs...)
	} else {
		results = analysistest.Run(t, dir, c.a, c.pkgs...)
	}
	if c.more != nil {
		c.more(t, results)
	}
}

// owned is the dispatcher's result on a package: the check that ran
// there and its result.
type owned struct {
	check  *analysis.Analyzer
	result any
}

// dispatcher returns an analyzer that runs, on each package, the check
// whose fixtures it is (the first element of the path names it), seen
// by the check as its own pass, so directives and messages name it. On
// a package no check owns (the standard library, the framework stubs)
// it runs the checks that export facts, as their own runs would.
func dispatcher(runs []checkRun) *analysis.Analyzer {
	byName := map[string]*analysis.Analyzer{}
	var requires []*analysis.Analyzer
	var facts []analysis.Fact
	var withFacts []*analysis.Analyzer
	for _, c := range runs {
		if byName[c.a.Name] != nil {
			continue
		}
		byName[c.a.Name] = c.a
		for _, r := range c.a.Requires {
			if !slices.Contains(requires, r) {
				requires = append(requires, r)
			}
		}
		facts = append(facts, c.a.FactTypes...)
		if len(c.a.FactTypes) > 0 {
			withFacts = append(withFacts, c.a)
		}
	}
	return &analysis.Analyzer{
		Name:       "checks",
		Doc:        "run each check on its own fixtures (tests only)",
		Requires:   requires,
		FactTypes:  facts,
		ResultType: reflect.TypeFor[*owned](),
		Run: func(pass *analysis.Pass) (any, error) {
			checks := withFacts
			if a := byName[strings.SplitN(pass.Pkg.Path(), "/", 2)[0]]; a != nil {
				checks = []*analysis.Analyzer{a}
			}
			var res *owned
			for _, a := range checks {
				p := *pass
				p.Analyzer = a
				r, err := a.Run(&p)
				if err != nil {
					return nil, err
				}
				res = &owned{check: a, result: r}
			}
			return res, nil
		},
	}
}

func setFlag(t *testing.T, a *analysis.Analyzer, name, value string) {
	t.Helper()
	if err := a.Flags.Set(name, value); err != nil {
		t.Fatalf("-%s.%s=%s: %v", a.Name, name, value, err)
	}
}

// TestBadFlagValues: a flag value a check cannot use is refused when it
// is set, naming what is wrong, rather than read as something else.
func TestBadFlagValues(t *testing.T) {
	for _, tc := range []struct {
		a     *analysis.Analyzer
		name  string
		value string
	}{
		{errorbody.Analyzer, "keys", " , "}, // no key at all
		{unknowncode.Analyzer, "allow", "abc"},
		{unknowncode.Analyzer, "allow", "99"},
		{unknowncode.Analyzer, "allow", "1000"},
		{unknowncode.Analyzer, "allow", "499;520"},
	} {
		if err := tc.a.Flags.Set(tc.name, tc.value); err == nil {
			t.Errorf("-%s.%s=%q: accepted, want an error", tc.a.Name, tc.name, tc.value)
		}
		// A refused value leaves the flag as it was; put it back anyway,
		// so a value wrongly accepted does not leak into other tests.
		setFlag(t, tc.a, tc.name, tc.a.Flags.Lookup(tc.name).DefValue)
	}
}

// coverageReport checks the counts and the escapes on a package whose
// handlers are opaque in known ways, beside ones that are not.
func coverageReport(t *testing.T, results []*analysistest.Result) {
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
