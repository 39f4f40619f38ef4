package entries

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// Fake servers: a handler given to httptest.NewServer (NewTLSServer,
// NewUnstartedServer) in a file that is not a test, as helper packages
// such as a database's fake or an SDK's test server do. It serves tests
// only, often broken on purpose to test a client, so what it sends is
// not the service's answer: it is left out of the model's result, like
// the handlers of _test.go files, and so is judged by no check and
// counted by no coverage. Its helper summary is still exported.
//
// A handler serves a fake server when it is given to one directly,
// through a conversion or a local variable, when it is registered on a
// mux or router held in a local variable that is given to one and used
// for nothing else, or when it is the ServeHTTP method of a type of this
// package given to one. A function of this package mentioned only inside
// fake servers serves them too. A handler also registered on another
// router, or called from other code, is not a fake.

// findFakes fills m.entries.fakes.
func (m *reader) findFakes(s *survey) {
	if len(s.servers) == 0 {
		return
	}
	info := m.pass.TypesInfo
	byOrigin := map[*types.Var][]surveyReg{}
	for _, r := range s.regs {
		if v := origin(info, s, r.recv, 0); v != nil {
			byOrigin[v] = append(byOrigin[v], r)
		}
	}
	fake := map[any]bool{}
	routers := map[*types.Var]bool{}
	var add func(e ast.Expr, depth int)
	add = func(e ast.Expr, depth int) {
		if depth > 4 {
			return
		}
		if key := m.handlerKey(e); key != nil {
			if fn, ok := key.(*types.Func); !ok || fn.Pkg() == m.pass.Pkg {
				fake[key] = true
			}
			return
		}
		e = unconvert(info, e)
		if v := localVar(info, e); v != nil {
			if byOrigin[v] != nil {
				routers[v] = true
				return
			}
			for _, rhs := range s.assigns[v] {
				add(rhs, depth+1)
			}
			return
		}
		if t := info.TypeOf(e); t != nil {
			// Only an unexported type: an exported one may serve for real
			// in another package.
			obj, _, _ := types.LookupFieldOrMethod(t, true, m.pass.Pkg, "ServeHTTP")
			if fn, ok := obj.(*types.Func); ok && fn.Pkg() == m.pass.Pkg && !recvExported(fn) {
				fake[fn] = true
			}
		}
	}
	for _, e := range s.servers {
		add(e, 0)
	}
	// A router is a fake's only when neither it nor a group taken from it
	// goes anywhere else.
	for v := range routers {
		if s.escaped[v] {
			delete(routers, v)
		}
	}
	for _, r := range s.regs {
		if v := localVar(info, ast.Unparen(r.recv)); v != nil && s.escaped[v] {
			if root := origin(info, s, r.recv, 0); root != nil {
				delete(routers, root)
			}
		}
	}
	real := map[any]bool{}
	for _, r := range s.regs {
		key := m.handlerKey(r.handler)
		if key == nil {
			continue
		}
		if v := origin(info, s, r.recv, 0); v != nil && routers[v] {
			fake[key] = true
		} else {
			real[key] = true
		}
	}
	for key := range real {
		delete(fake, key)
	}
	nodes := func() []ast.Node {
		var out []ast.Node
		for key := range fake {
			switch k := key.(type) {
			case *ast.FuncLit:
				out = append(out, k)
			case *types.Func:
				if d := s.decls[k]; d != nil {
					out = append(out, d)
				}
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Pos() < out[j].Pos() })
		return out
	}
	// Called from code that is not a fake's: a helper, not a fake.
	ranges := nodes()
	callers := map[*types.Func][]ast.Node{}
	for _, c := range s.calls {
		callers[c.callee] = append(callers[c.callee], c.in)
	}
	for key := range fake {
		if fn, ok := key.(*types.Func); ok {
			for _, in := range callers[fn] {
				if !within(in, ranges) {
					delete(fake, key)
				}
			}
		}
	}
	// Functions mentioned only inside fakes serve them too.
	for changed := true; changed; {
		changed = false
		ranges = nodes()
		for fn, d := range s.decls {
			if fake[fn] || real[fn] || callers[fn] == nil && s.values[fn] == nil {
				continue
			}
			only := true
			for _, in := range callers[fn] {
				only = only && within(in, ranges)
			}
			for _, v := range s.values[fn] {
				only = only && within(v.in, ranges)
			}
			if only && d != nil {
				fake[fn] = true
				changed = true
			}
		}
	}
	m.entries.fakes = nodes()
}

// within reports whether n lies inside one of the nodes.
func within(n ast.Node, nodes []ast.Node) bool {
	if n == nil {
		return false
	}
	for _, x := range nodes {
		if x.Pos() <= n.Pos() && n.End() <= x.End() {
			return true
		}
	}
	return false
}

// origin returns the local variable a router expression comes from: mux
// for mux, for mux.Group("/v1") and for a variable assigned it.
func origin(info *types.Info, s *survey, e ast.Expr, depth int) *types.Var {
	if e == nil || depth > 8 {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := localVar(info, x)
		if v == nil {
			return nil
		}
		if as := s.assigns[v]; len(as) == 1 {
			if call, ok := ast.Unparen(as[0]).(*ast.CallExpr); ok {
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
					if root := origin(info, s, sel.X, depth+1); root != nil {
						return root
					}
				}
			}
		}
		return v
	case *ast.CallExpr:
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
			return origin(info, s, sel.X, depth+1)
		}
	}
	return nil
}

// unconvert strips parentheses and conversions: http.HandlerFunc(h).
func unconvert(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return e
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
			return e
		}
		e = call.Args[0]
	}
}

// escapes reports whether the local variable on top of the stack is used
// other than as a router held here: passed to a function other than an
// httptest server, returned, stored, aliased, or asked to serve for real
// (r.Run, e.Start, app.Listen, mux.ServeHTTP, r.Handler()).
func escapes(info *types.Info, stack []ast.Node) bool {
	i, child := climb(info, stack, false)
	if i < 0 {
		return false
	}
	switch p := stack[i].(type) {
	case *ast.SelectorExpr:
		if i > 0 {
			if call, ok := stack[i-1].(*ast.CallExpr); ok && call.Fun == p {
				for _, serve := range []string{"Run", "Start", "Listen", "Serve", "Handler"} {
					if strings.HasPrefix(p.Sel.Name, serve) {
						return true
					}
				}
				return false
			}
		}
		return true // a method value or a field
	case *ast.CallExpr:
		if p.Fun == child {
			return false
		}
		return !isTestServer(typeref.Callee(info, p))
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == child {
				return false
			}
		}
		return true
	case *ast.ValueSpec:
		for _, id := range p.Names {
			if id == child {
				return false
			}
		}
		return true
	case *ast.BinaryExpr, *ast.IncDecStmt:
		return false
	}
	return true
}

// recvExported reports whether a method's receiver type is exported.
func recvExported(fn *types.Func) bool {
	t := fn.Signature().Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return !ok || n.Obj().Exported()
}
