package respflow

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// Outcome-dependent helpers: a guard such as
//
//	item, ok := load(w, r)
//	if !ok {
//		return
//	}
//
// writes a 404 when it returns false and nothing when it returns true.
// Its summary says so per outcome, and at the call the path forks, one
// class per outcome, each bound to the result; a branch on the result
// then keeps the classes that agree with it.

// Outcome kinds: what the helper's last result is.
const (
	outcomeNone  = 0
	outcomeBool  = 1 // false 0, true 1
	outcomeError = 2 // nil 0, non-nil 1
)

// outcomeFact is what a helper does when its last result has Value
// (bool: 0 false, 1 true; error: 0 nil, 1 non-nil).
type outcomeFact struct {
	Value  int
	Effect effect
}

// exit is a state leaving the function by a return statement.
type exit struct {
	state *state
	ret   *ast.ReturnStmt
	err   bool // the return sits in a failure branch
}

// fork is a helper call whose effect depends on what it returns: one
// branch per outcome, each binding the outcome to key (the variable the
// result goes to, or the call itself when it is tested directly).
type fork struct {
	key      token.Pos
	branches []forkBranch
}

type forkBranch struct {
	value   int
	failure bool // the helper failed: a non-nil error, or false
	ops     []op
}

// outcomeKind is the kind of outcome a function's last result carries.
func outcomeKind(sig *types.Signature) int {
	rs := sig.Results()
	if rs.Len() == 0 {
		return outcomeNone
	}
	t := rs.At(rs.Len() - 1).Type()
	if b, ok := t.Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
		return outcomeBool
	}
	if types.Identical(t, types.Universe.Lookup("error").Type()) {
		return outcomeError
	}
	return outcomeNone
}

// outcomeOf classifies what a return statement returns as its last
// result on a path: ok is false when it cannot tell.
func (f *funcState) outcomeOf(ex exit, kind int) (int, bool) {
	if ex.ret == nil || len(ex.ret.Results) == 0 {
		return 0, false
	}
	info := f.m.pass.TypesInfo
	e := ast.Unparen(ex.ret.Results[len(ex.ret.Results)-1])
	if key, ok := f.outcomeKey(e); ok {
		return ex.state.varCode(key)
	}
	switch kind {
	case outcomeBool:
		if tv, ok := info.Types[e]; ok && tv.Value != nil {
			if tv.Value.String() == "true" {
				return 1, true
			}
			return 0, true
		}
	case outcomeError:
		if isNil(info, e) {
			return 0, true
		}
		switch x := e.(type) {
		case *ast.CallExpr, *ast.CompositeLit, *ast.UnaryExpr:
			if call, ok := x.(*ast.CallExpr); ok {
				if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
					return 0, false // a conversion: whatever it converts
				}
				if f.writesBody(ex.ret, call) {
					// The error of the body write itself: writes rarely fail,
					// and a failed one has sent its status all the same.
					return 0, true
				}
				if callee := typeref.Callee(info, call); callee == nil || !buildsError(callee) {
					return 0, false
				}
			}
			return 1, true
		case *ast.Ident, *ast.SelectorExpr:
			var obj types.Object
			if id, ok := x.(*ast.Ident); ok {
				obj = info.Uses[id]
			} else {
				obj = info.Uses[x.(*ast.SelectorExpr).Sel]
			}
			if v, ok := obj.(*types.Var); ok && v.Parent() == v.Pkg().Scope() {
				return 1, true // a sentinel
			}
			if ex.err {
				return 1, true // the error a failure branch tested
			}
		}
	}
	return 0, false
}

// writesBody reports whether call, returned by ret, is a body write of
// the response (return json.NewEncoder(w).Encode(v)).
func (f *funcState) writesBody(ret *ast.ReturnStmt, call *ast.CallExpr) bool {
	for _, o := range f.ops[ret] {
		if o.ev != nil && o.ev.Kind == Body && o.ev.Pos == call.Pos() {
			return true
		}
	}
	return false
}

// buildsError reports whether a function makes a new error.
func buildsError(fn *types.Func) bool {
	if frameworks.IsErrorCtor(fn) {
		return true
	}
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "errors.New", "fmt.Errorf", "errors.Join":
		return true
	}
	return strings.HasPrefix(fn.Name(), "New") && strings.HasSuffix(fn.Name(), "Error") || strings.HasPrefix(fn.Name(), "Wrap")
}

// outcomeKey returns the position an outcome is bound to when e names it:
// a variable a forked call's result went to, or a forked call itself.
func (f *funcState) outcomeKey(e ast.Expr) (token.Pos, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := f.m.pass.TypesInfo.Uses[x].(*types.Var); ok && f.outcomes[v] {
			return v.Pos(), true
		}
	case *ast.CallExpr:
		if f.forked[x] {
			return x.Pos(), true
		}
	}
	return token.NoPos, false
}

// refineOutcome narrows the states leaving a branch on an outcome: ok,
// !ok, err != nil, err == nil, or the forked call itself. handled is
// false when cond is not such a test.
func (f *funcState) refineOutcome(cond ast.Expr, holds bool, out stateSet) (kept []*state, handled bool) {
	e := ast.Unparen(cond)
	want := 1
	for {
		u, ok := e.(*ast.UnaryExpr)
		if !ok || u.Op != token.NOT {
			break
		}
		want = 1 - want
		e = ast.Unparen(u.X)
	}
	if be, ok := e.(*ast.BinaryExpr); ok && (be.Op == token.EQL || be.Op == token.NEQ) {
		x, y := be.X, be.Y
		if isNil(f.m.pass.TypesInfo, x) {
			x, y = y, x
		}
		if !isNil(f.m.pass.TypesInfo, y) {
			return nil, false
		}
		e = ast.Unparen(x)
		if be.Op == token.EQL {
			want = 1 - want // err == nil holds when the outcome is nil
		}
	}
	key, ok := f.outcomeKey(e)
	if !ok {
		return nil, false
	}
	if !holds {
		want = 1 - want
	}
	for _, p := range out {
		cur, known := p.varCode(key)
		switch {
		case known && cur != want:
			continue // this class took the other outcome
		case !known:
			p = p.clone()
			p.setVar(key, want, true)
		}
		kept = append(kept, p)
	}
	return kept, true
}

// summarizeOutcomes builds a helper's summary per outcome, when its
// exits differ by what it returns and agree within each outcome.
func (f *funcState) summarizeOutcomes(exits []exit, kind int) []outcomeFact {
	groups := map[int][]*state{}
	for _, ex := range exits {
		v, ok := f.outcomeOf(ex, kind)
		if !ok {
			return nil
		}
		groups[v] = append(groups[v], ex.state)
	}
	if len(groups) < 2 {
		return nil
	}
	var out []outcomeFact
	for v := range 2 {
		h := f.summarizeStates(groups[v])
		if h == nil || h.Effect.Opaque {
			return nil
		}
		out = append(out, outcomeFact{Value: v, Effect: h.Effect})
	}
	if out[0].Effect.String() == out[1].Effect.String() {
		return nil // the same either way: no need to fork
	}
	return out
}

// outcomeString is the fact's text for one outcome: "false", "nil", ...
func outcomeString(kind, v int) string {
	switch {
	case kind == outcomeBool && v == 1:
		return "true"
	case kind == outcomeBool:
		return "false"
	case v == 1:
		return "err"
	}
	return "nil"
}

func (h *helperFact) outcomesString() string {
	var parts []string
	for _, o := range h.Outcomes {
		parts = append(parts, fmt.Sprintf("%s: %s", outcomeString(h.OutcomeKind, o.Value), strings.TrimSuffix(strings.TrimPrefix(o.Effect.String(), "helper("), ")")))
	}
	return "helper(" + strings.Join(parts, " | ") + ")"
}
