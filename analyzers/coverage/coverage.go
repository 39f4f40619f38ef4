// Package coverage measures what the response model could not see: for
// each package, how many handler functions (entry points) and helpers
// it judged on every path, how many went opaque on some path, and why.
// It is not a check: it reports nothing, and statuslint coverage prints
// its results.
package coverage

import (
	"go/token"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
)

// Analyzer computes the Report of a package.
var Analyzer = &analysis.Analyzer{
	Name:       "coverage",
	Doc:        "count the handler functions the response model saw through on every path, and list where it lost the response",
	Run:        guard.Run(run),
	Requires:   []*analysis.Analyzer{respflow.Analyzer},
	ResultType: reflect.TypeFor[*Report](),
}

// Report is the coverage of one package. Functions in _test.go files
// are not counted: findings in them are never reported either.
type Report struct {
	Path    string
	Entries Count // handlers: registered, returned or adapted, literals included
	Helpers Count // other functions given a response
	Escapes []Escape
}

// Count is how many functions there are and how many went opaque on
// some path (an escape, or too tangled for the solver).
type Count struct {
	All, Opaque int
}

// Escape is one place where the model lost the response.
type Escape struct {
	Pos    token.Position
	Func   string // the function, "outer.func literal" for literals
	Entry  bool   // the function is an entry point
	Why    string // the kind: passed, helper, method, framework, captured, stored, returned, other, unsolved
	Reason string // what happened, for a person
}

func run(pass *analysis.Pass) (any, error) {
	r := &Report{Path: pass.Pkg.Path()}
	res := pass.ResultOf[respflow.Analyzer].(*respflow.Result)
	for _, fn := range res.All() {
		pos := pass.Fset.Position(fn.Node.Pos())
		if strings.HasSuffix(pos.Filename, "_test.go") {
			continue
		}
		name := fn.Name
		if fn.Outer != "" {
			name = fn.Outer + "." + name
		}
		count := &r.Helpers
		if fn.Entry {
			count = &r.Entries
		}
		count.All++
		escapes := fn.Escapes()
		if fn.Unsolved {
			r.Escapes = append(r.Escapes, Escape{Pos: pos, Func: name, Entry: fn.Entry, Why: "unsolved", Reason: "too tangled for the dataflow's budget"})
		}
		for _, e := range escapes {
			r.Escapes = append(r.Escapes, Escape{Pos: pass.Fset.Position(e.Pos), Func: name, Entry: fn.Entry, Why: e.Why.String(), Reason: e.Via})
		}
		if fn.Unsolved || len(escapes) > 0 {
			count.Opaque++
		}
	}
	return r, nil
}
