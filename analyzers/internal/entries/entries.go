// Package entries finds, once per package, where responses start: which
// functions are entry points (handlers registered or handed to a server)
// and which are callbacks run in the middle of someone else's response,
// the request method each serves, the handlers that serve only a fake
// test server, and the handlers that answer a health probe. It reads
// syntax only; the response model requires it.
//
// Where the work is done:
//   - entry.go: registrations, callbacks, and the methods helpers inherit
//     from their callers;
//   - testserver.go: handlers of fake servers (httptest in non-test files);
//   - probe.go: health, readiness and liveness probes.
//
// The package reports nothing and has no flags.
package entries

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// Analyzer finds the entry points; the response model requires it and
// reads *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "entries",
	Doc:        "find where a package's responses start (reports nothing)",
	Run:        guard.Run(run),
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
}

// Result answers, for a function of the package (an *ast.FuncDecl or an
// *ast.FuncLit), what entries learnt of it.
type Result struct {
	m *reader
}

// reader is the per-package state of the analysis.
type reader struct {
	pass    *analysis.Pass
	methods map[any][]string     // handler (*types.Func or *ast.FuncLit) -> registered methods ("" for any)
	called  map[*types.Func]bool // functions called directly, with a response, in this package
	// callbacks are handler-shaped functions handed to someone else's
	// machinery (a limiter's LimitReached, an option, a config field):
	// they run in the middle of a response that code already started.
	callbacks map[any]bool
	entries   *entries // what entry.go learns beyond routes: fakes, probes
}

func run(pass *analysis.Pass) (any, error) {
	m := &reader{
		pass:      pass,
		methods:   map[any][]string{},
		called:    map[*types.Func]bool{},
		callbacks: map[any]bool{},
	}
	if !frameworks.Relevant(pass.Pkg) {
		return &Result{m}, nil
	}
	m.findCallbacks(pass.Files)
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for n := range ins.PreorderSeq((*ast.CallExpr)(nil)) {
		call := n.(*ast.CallExpr)
		m.route(call)
		// A test calling a handler directly does not make it a helper.
		if callee := typeref.Callee(pass.TypesInfo, call); callee != nil && callee.Pkg() == pass.Pkg && !isTestFile(pass, call) {
			m.called[callee] = true
		}
	}
	return &Result{m}, nil
}

// key is the key of the maps for a function node: its object for a
// declaration, the literal itself for a literal.
func (m *reader) key(n ast.Node) any {
	if d, ok := n.(*ast.FuncDecl); ok {
		fn, _ := m.pass.TypesInfo.Defs[d.Name].(*types.Func)
		return fn
	}
	return n
}

// Entry reports whether the function starts a fresh response: it has a
// handler's signature, this package does not call it directly, and it
// is not handed to other code as a callback.
func (r *Result) Entry(n ast.Node) bool {
	m := r.m
	var sig *types.Signature
	switch x := n.(type) {
	case *ast.FuncDecl:
		fn, _ := m.pass.TypesInfo.Defs[x.Name].(*types.Func)
		if fn == nil {
			return false
		}
		sig = fn.Signature()
		if m.called[fn] {
			return false
		}
	case *ast.FuncLit:
		sig, _ = m.pass.TypesInfo.TypeOf(x).(*types.Signature)
	}
	return sig != nil && frameworks.IsHandler(sig) && !m.callbacks[m.key(n)]
}

// Method returns the one request method the function serves, from its
// registrations and its callers, or "" when that is any or several.
func (r *Result) Method(n ast.Node) string {
	methods := r.m.methods[r.m.key(n)]
	if len(methods) > 0 && !slices.Contains(methods, "") {
		ms := slices.Compact(slices.Sorted(slices.Values(methods)))
		if len(ms) == 1 {
			return ms[0]
		}
	}
	return ""
}

// Fake reports whether the function serves only a fake test server (see
// testserver.go): what it sends is not the service's answer.
func (r *Result) Fake(n ast.Node) bool {
	return r.m.entries != nil && within(n, r.m.entries.fakes)
}

// Probe reports whether the function is known to answer a probe: it is
// registered at a probe path, or it, its outer function or its receiver
// type is named for one.
func (r *Result) Probe(n ast.Node) bool {
	return r.m.entries != nil && r.m.knownProbe(n)
}

// HealthBranches returns the branches of the function chosen by a health
// state, as ranges of positions, when the function reads nothing of its
// request but its context; written reports whether a position lies in a
// call that writes the response (those uses of a framework context are
// not reads).
func (r *Result) HealthBranches(n ast.Node, written func(token.Pos) bool) [][2]token.Pos {
	if r.m.entries == nil || r.m.readsRequest(n, written) {
		return nil
	}
	return r.m.healthBranches(n)
}
