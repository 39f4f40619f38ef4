package respflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// op is one step of a CFG node: an event, or an assignment to a tracked
// status variable (whose value the dataflow follows per path).
type op struct {
	ev *Event
	// assignment: v gets the constant codes (several when the value comes
	// from a function returning one of a set of constants), or an unknown
	// value when codes is nil.
	v     *types.Var
	codes []int
	// fork: a call whose effect depends on what it returns.
	fork *fork
}

// extract computes the ops of every CFG node of the function.
func (f *funcState) extract(nodes []ast.Node) {
	for _, n := range nodes {
		f.ops[n] = f.nodeOps(n)
	}
}

// nodeOps lists what one CFG node does, in evaluation order: calls after
// their operands.
func (f *funcState) nodeOps(n ast.Node) []op {
	info := f.m.pass.TypesInfo
	var ops []op
	consumed := map[*ast.Ident]bool{}
	consume := func(e ast.Node) {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				consumed[id] = true
			}
			_, lit := n.(*ast.FuncLit)
			return !lit
		})
	}
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		if n == nil {
			return
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			if f.writesThrough(x.Body) {
				ops = append(ops, f.escape(x.Pos(), x.End(), WhyCaptured, "captured by a function literal"))
			}
			return
		case *ast.DeferStmt:
			// A deferred closure runs at exit; it is read as a function of
			// its own (starting from an unknown response).
			if _, ok := x.Call.Fun.(*ast.FuncLit); ok && len(x.Call.Args) == 0 {
				return
			}
		case *ast.AssignStmt:
			// A closure held in a variable writes when it is called: the
			// call, not the assignment, is where the response escapes.
			for _, r := range x.Rhs {
				if _, ok := r.(*ast.FuncLit); !ok {
					visit(r)
				}
			}
			for _, l := range x.Lhs {
				visit(l)
			}
			f.bindFork(x.Lhs, x.Rhs, ops)
			ops = append(ops, f.assignOps(x)...)
			f.noteWriteErr(x, ops)
			return
		case *ast.ValueSpec:
			for _, v := range x.Values {
				visit(v)
			}
			var lhs []ast.Expr
			for _, id := range x.Names {
				lhs = append(lhs, id)
			}
			f.bindFork(lhs, x.Values, ops)
			ops = append(ops, f.assignOps(x)...)
			return
		case *ast.ReturnStmt:
			for _, r := range x.Results {
				visit(r)
			}
			ops = append(ops, f.errorReturnOps(x)...)
			return
		case *ast.CallExpr:
			// Operands first.
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
				visit(sel.X)
			} else {
				visit(x.Fun)
			}
			for _, a := range x.Args {
				visit(a)
			}
			if evs, ok := f.callEvents(x); ok {
				consume(x)
				ops = append(ops, evs...)
			}
			return
		}
		ast.Inspect(n, func(c ast.Node) bool {
			if c == n {
				return true
			}
			visit(c)
			return false
		})
	}
	visit(n)

	// Header map writes: w.Header()["X"] = v, delete(w.Header(), "X").
	if as, ok := n.(*ast.AssignStmt); ok {
		for _, l := range as.Lhs {
			if ix, ok := l.(*ast.IndexExpr); ok && f.isHeaderMap(ix.X) {
				consume(ix)
				o := f.event(SetHeader, ix, typeref.ConstString(info, ix.Index), "header map")
				o.ev.Source = SrcHeader
				ops = append(ops, o)
			}
		}
	}
	// Whatever mentions the response and was not understood lets it
	// escape: from there on the model knows nothing.
	var stack []ast.Node
	escaped := false
	ast.Inspect(n, func(c ast.Node) bool {
		if c == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, c)
		switch c := c.(type) {
		case *ast.FuncLit:
			stack = stack[:len(stack)-1]
			return false
		case *ast.BinaryExpr:
			if c.Op == token.EQL || c.Op == token.NEQ {
				consume(c)
			}
		case *ast.TypeAssertExpr:
			consume(c.X)
		case *ast.AssignStmt:
			for i, l := range c.Lhs {
				if id, ok := l.(*ast.Ident); ok && i < len(c.Rhs) {
					if obj := info.ObjectOf(id); f.holdsResponse(obj) {
						consume(c.Rhs[i])
						consumed[id] = true
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range c.Names {
				if obj := info.ObjectOf(id); i < len(c.Values) && f.holdsResponse(obj) {
					consume(c.Values[i])
				}
			}
		case *ast.Ident:
			if !escaped && f.holdsResponse(info.ObjectOf(c)) && !consumed[c] {
				if esc, why, text := f.flow(stack); esc {
					ops = append(ops, f.escape(c.Pos(), c.End(), why, text))
					escaped = true // one escape per node is enough
				}
			}
		}
		return true
	})
	return ops
}

// bindFork binds the outcome of a forked call assigned to variables
// (item, ok := load(w, r); err := decode(w, r, &v)) to the variable that
// gets its last result.
func (f *funcState) bindFork(lhs, rhs []ast.Expr, ops []op) {
	if len(rhs) != 1 || len(lhs) == 0 {
		return
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok || !f.forked[call] {
		return
	}
	id, ok := ast.Unparen(lhs[len(lhs)-1]).(*ast.Ident)
	if !ok || id.Name == "_" {
		return
	}
	v, ok := f.m.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok {
		return
	}
	for _, o := range ops {
		if o.fork != nil && o.fork.key == call.Pos() {
			o.fork.key = v.Pos()
		}
	}
	if f.outcomes == nil {
		f.outcomes = map[*types.Var]bool{}
	}
	f.outcomes[v] = true
	f.bound = append(f.bound, boundVar{v, call})
}

// escapeReason says, for coverage, why a mention of the response at the
// top of stack was not understood: where the response went.
func (f *funcState) escapeReason(stack []ast.Node) (Why, string) {
	info := f.m.pass.TypesInfo
	child := stack[len(stack)-1]
	for i := len(stack) - 2; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr, *ast.StarExpr, *ast.UnaryExpr, *ast.IndexExpr:
			child = p
			continue
		case *ast.SelectorExpr:
			if i > 0 {
				if call, ok := stack[i-1].(*ast.CallExpr); ok && call.Fun == p {
					if callee := typeref.Callee(info, call); callee != nil {
						return WhyMethod, callName(callee) + " called on the response, not modelled"
					}
					return WhyMethod, "a method value called on the response"
				}
			}
			child = p
			continue
		case *ast.CallExpr:
			if p.Fun == child {
				return WhyOther, "a function held in the response called"
			}
			if tv, ok := info.Types[p.Fun]; ok && tv.IsType() {
				child = p
				continue
			}
			if callee := typeref.Callee(info, p); callee != nil {
				if h := f.m.helper(callee); h != nil && h.Effect.Opaque {
					return WhyHelper, "passed to " + callName(callee) + ", whose effect differs by path or is not known"
				}
				return WhyPassed, "passed to " + callName(callee) + ", not summarised"
			}
			return WhyPassed, "passed to " + types.ExprString(p.Fun) + ", a function value, not summarised"
		case *ast.ReturnStmt:
			return WhyReturned, "returned to the caller"
		case *ast.CompositeLit, *ast.KeyValueExpr:
			return WhyStored, "stored in a composite literal"
		case *ast.AssignStmt, *ast.ValueSpec:
			return WhyStored, "stored in a variable or field the model does not follow"
		case *ast.SendStmt:
			return WhyReturned, "sent on a channel"
		case *ast.GoStmt:
			return WhyReturned, "handed to a goroutine"
		}
		break
	}
	return WhyOther, "used in an expression the model does not follow"
}

// callName is a function's name as a reader finds it: pkg.Func or
// pkg.Type.Method.
func callName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		if n := typeref.NamedOf(recv.Type()); n != nil {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// noteWriteErr remembers the error variable an assignment gives a body
// write's result to (err := enc.Encode(v); _, err = w.Write(b)).
func (f *funcState) noteWriteErr(as *ast.AssignStmt, ops []op) {
	if len(as.Rhs) != 1 {
		return
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	var write *Event
	for _, o := range ops {
		if o.ev != nil && o.ev.Kind == Body && o.ev.Pos == call.Pos() {
			write = o.ev
		}
	}
	if write == nil {
		return
	}
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && isError(f.m.pass.TypesInfo.TypeOf(id)) {
			if obj := f.m.pass.TypesInfo.ObjectOf(id); obj != nil {
				if f.errOf == nil {
					f.errOf = map[types.Object]token.Pos{}
				}
				f.errOf[obj] = write.Pos
			}
		}
	}
}

// escape is an event after which nothing is known of the response; why
// says what happened to it, for coverage.
func (f *funcState) escape(pos, end token.Pos, why Why, text string) op {
	return op{ev: &Event{Kind: Escape, Pos: pos, End: end, Via: text, Why: why, Source: SrcEscape}}
}

func (f *funcState) event(k Kind, at ast.Node, header, via string) op {
	f.writes = true
	ev := &Event{Kind: k, Pos: at.Pos(), End: at.End(), Header: header, Via: via}
	return op{ev: ev}
}

// assignOps follows assignments to tracked status variables.
func (f *funcState) assignOps(n ast.Node) []op {
	info := f.m.pass.TypesInfo
	var ops []op
	lhs, rhs := assignPairs(n)
	if as, ok := n.(*ast.AssignStmt); ok && as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
		rhs = nil // op-assign: the value becomes unknown
	}
	for i, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		if ok && f.outcomes[v] && !f.bindsAt(v, n) {
			ops = append(ops, op{v: v}) // the outcome no longer holds
			continue
		}
		if !ok || !f.tracked[v] {
			continue
		}
		o := op{v: v}
		if rhs != nil {
			o.codes = f.m.constCodes(rhs[i])
		}
		ops = append(ops, o)
	}
	if inc, ok := n.(*ast.IncDecStmt); ok {
		if id, ok := inc.X.(*ast.Ident); ok {
			if v, ok := info.ObjectOf(id).(*types.Var); ok && f.tracked[v] {
				ops = append(ops, op{v: v})
			}
		}
	}
	return ops
}

// track marks the local variable behind a status expression, so that the
// dataflow follows its value per path.
func (f *funcState) track(e ast.Expr) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := f.m.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if ok && v.Parent() != nil && v.Parent() != v.Pkg().Scope() && !v.IsField() && v.Pos() >= f.body.Pos() && v.Pos() < f.body.End() {
		f.tracked[v] = true
	}
}

// constCodes returns the statuses e may evaluate to when known: one for a
// constant, several for a call to a function that returns only
// constants; nil when unknown.
func (m *model) constCodes(e ast.Expr) []int {
	info := m.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if c, ok := typeref.ConstInt(tv.Value); ok {
			return []int{c}
		}
		return nil
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if callee := typeref.Callee(info, call); callee != nil {
			return m.constReturns(callee)
		}
	}
	return nil
}

// methodName returns the HTTP method a constant expression names.
func methodName(info *types.Info, e ast.Expr) string {
	return strings.ToUpper(typeref.ConstString(info, e))
}
