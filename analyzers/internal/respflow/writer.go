package respflow

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// funcState is the model of one function while it is built: which
// variables hold the response, the events of each CFG node, the
// dataflow's results and the summary for callers.
type funcState struct {
	m              *model
	unknownReturns []Site // errors returned with a status not known (returns.go)
	node           ast.Node
	ftype          *ast.FuncType
	body           *ast.BlockStmt

	// What holds the response (writer.go).
	roots map[types.Object]bool // variables holding the response
	hdrs  map[types.Object]bool // variables holding the response's header map
	encs  map[types.Object]bool // variables holding an encoder on the response

	// Branches (branches.go): ranges of failure and debug-only code.
	errs  [][2]token.Pos
	debug [][2]token.Pos

	// Events and status variables (extract.go, calls.go).
	ops      map[ast.Node][]op
	tracked  map[*types.Var]bool        // local int variables used as a status
	cases    map[ast.Expr]ast.Expr      // case expression -> switch tag
	errOf    map[types.Object]token.Pos // error variables holding a body write's result -> the write
	writes   bool                       // some event changes the response
	forked   map[*ast.CallExpr]bool     // helper calls whose effect depends on their result
	outcomes map[*types.Var]bool        // variables bound to a forked call's outcome
	bound    []boundVar

	// Values (defs.go, shape.go).
	defs        map[*types.Var]ast.Expr    // single assignments of locals (nil: several)
	stacks      map[*types.Var]bool        // buffers filled by runtime.Stack
	contribs    map[types.Object][]contrib // what is written into locals after they are made
	params      map[types.Object]int       // parameter index of each parameter
	paramsQuiet bool                       // classify parameters as harmless (see value)

	// What the function is and what it does for callers.
	entry bool // the response starts here
	// errorHandler names what answers the errors the function returns
	// (echo's or fiber's error handler), "" when nothing does.
	errorHandler        string
	frameworkErrorsOnly bool   // the handler reads only the framework's own errors
	statusReturns       bool   // the function returns (status, error) to an adapter
	method              string // the one request method it serves, "" for any
	unsolved            bool   // too tangled for the dataflow
	summary             *helperFact
}

func (m *model) newFunc(node ast.Node, ftype *ast.FuncType, body *ast.BlockStmt) *funcState {
	f := &funcState{
		m: m, node: node, ftype: ftype, body: body,
		roots: map[types.Object]bool{}, hdrs: map[types.Object]bool{}, encs: map[types.Object]bool{},
		tracked: map[*types.Var]bool{}, ops: map[ast.Node][]op{},
	}
	info := m.pass.TypesInfo
	if fd, ok := node.(*ast.FuncDecl); ok && fd.Recv != nil {
		for _, field := range fd.Recv.List {
			for _, name := range field.Names {
				if obj := info.Defs[name]; obj != nil && isResponseType(obj.Type()) {
					f.roots[obj] = true
				}
			}
		}
	}
	for _, field := range ftype.Params.List {
		for _, name := range field.Names {
			if obj := info.Defs[name]; obj != nil && isResponseType(obj.Type()) {
				f.roots[obj] = true
			}
		}
	}
	return f
}

// findLocals adds the local variables that hold the response (wrappers,
// copies), its header map or an encoder on it, and the captured
// responses of a closure; then it finds the function's branches.
func (f *funcState) findLocals(captured map[types.Object]bool) {
	info := f.m.pass.TypesInfo
	for obj := range captured {
		f.roots[obj] = true
	}
	for changed := true; changed; {
		changed = false
		ast.Inspect(f.body, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false
			}
			lhs, rhs := assignPairs(n)
			for i, l := range lhs {
				id, ok := l.(*ast.Ident)
				if !ok || i >= len(rhs) {
					continue
				}
				obj := info.ObjectOf(id)
				if obj == nil || f.roots[obj] || f.hdrs[obj] || f.encs[obj] {
					continue
				}
				switch {
				case isResponseType(obj.Type()) && f.mentionsRoot(rhs[i]) && !isCallPassing(rhs[i]):
					f.roots[obj], changed = true, true
				case f.isHeaderMap(rhs[i]):
					f.hdrs[obj], changed = true, true
				case f.isEncoder(rhs[i]):
					f.encs[obj], changed = true, true
				}
			}
			return true
		})
	}
	f.findBranches()
}

// boundVar is a variable bound to a forked call's outcome, and the call.
type boundVar struct {
	v    *types.Var
	call *ast.CallExpr
}

// bindsAt reports whether assignment n is where v is bound to a forked
// call's outcome.
func (f *funcState) bindsAt(v *types.Var, n ast.Node) bool {
	var rhs []ast.Expr
	switch a := n.(type) {
	case *ast.AssignStmt:
		rhs = a.Rhs
	case *ast.ValueSpec:
		rhs = a.Values
	}
	for _, b := range f.bound {
		for _, r := range rhs {
			if b.v == v && ast.Unparen(r) == b.call {
				return true
			}
		}
	}
	return false
}

// holdsResponse reports whether obj holds the response, its header map
// or an encoder on it.
func (f *funcState) holdsResponse(obj types.Object) bool {
	return f.roots[obj] || f.hdrs[obj] || f.encs[obj]
}

// isCallPassing reports whether e is a call that receives the response
// (a constructor of a wrapper we cannot see into): the result is a new
// writer whose behaviour is unknown, not the same response.
func isCallPassing(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok
}

func assignPairs(n ast.Node) (lhs, rhs []ast.Expr) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			return n.Lhs, n.Rhs
		}
	case *ast.ValueSpec:
		if len(n.Names) == len(n.Values) {
			for _, id := range n.Names {
				lhs = append(lhs, id)
			}
			return lhs, n.Values
		}
	}
	return nil, nil
}

// rootOf returns the variable at the base of a response expression (w,
// c.Writer, c.Response(), c.Response().Writer, rec), if it is a root.
func (f *funcState) rootOf(e ast.Expr) types.Object {
	info := f.m.pass.TypesInfo
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if obj := info.ObjectOf(x); obj != nil && f.roots[obj] {
				return obj
			}
			return nil
		case *ast.SelectorExpr:
			e = x.X
		case *ast.CallExpr: // c.Response(), and chains such as c.Status(429).JSON(v)
			sel, ok := x.Fun.(*ast.SelectorExpr)
			if !ok || !isResponseType(info.TypeOf(x)) {
				return nil
			}
			e = sel.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return nil
			}
			e = x.X
		default:
			return nil
		}
	}
}

// isRoot reports whether e is the response itself.
func (f *funcState) isRoot(e ast.Expr) bool {
	return isResponseType(f.m.pass.TypesInfo.TypeOf(e)) && f.rootOf(e) != nil
}

func (f *funcState) mentionsRoot(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && f.roots[f.m.pass.TypesInfo.ObjectOf(id)] {
			found = true
		}
		return !found
	})
	return found
}

// isHeaderMap reports whether e is the response's header map: w.Header(),
// c.Writer.Header(), c.Response().Header(), or a variable holding one.
func (f *funcState) isHeaderMap(e ast.Expr) bool {
	info := f.m.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return f.hdrs[info.ObjectOf(x)]
	case *ast.CallExpr:
		sel, ok := x.Fun.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Header" && len(x.Args) == 0 && frameworks.IsHeader(info.TypeOf(x)) && f.isRoot(sel.X)
	}
	return false
}

// isEncoder reports whether e is json.NewEncoder(w) or xml.NewEncoder(w)
// on the response, or a variable holding one.
func (f *funcState) isEncoder(e ast.Expr) bool {
	info := f.m.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return f.encs[info.ObjectOf(x)]
	case *ast.CallExpr:
		callee := typeref.Callee(info, x)
		return callee != nil && callee.Name() == "NewEncoder" && callee.Pkg() != nil &&
			(callee.Pkg().Path() == "encoding/json" || callee.Pkg().Path() == "encoding/xml") &&
			len(x.Args) == 1 && f.isRoot(x.Args[0])
	}
	return false
}

// writerIndex is the parameter index of the function's response (-1 for
// the receiver), or -2 when it takes none.
func (f *funcState) writerIndex() int {
	info := f.m.pass.TypesInfo
	if fd, ok := f.node.(*ast.FuncDecl); ok && fd.Recv != nil {
		for _, field := range fd.Recv.List {
			for _, name := range field.Names {
				if f.roots[info.Defs[name]] {
					return -1
				}
			}
		}
	}
	i := 0
	for _, field := range f.ftype.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, name := range field.Names {
			if f.roots[info.Defs[name]] {
				return i
			}
			i++
		}
	}
	return -2
}

// paramIndex returns the parameter index of the variable e names, or -1.
func (f *funcState) paramIndex(e ast.Expr) int {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return -1
	}
	if f.params == nil {
		f.params = map[types.Object]int{}
		i := 0
		for _, field := range f.ftype.Params.List {
			if len(field.Names) == 0 {
				i++
			}
			for _, name := range field.Names {
				f.params[f.m.pass.TypesInfo.Defs[name]] = i
				i++
			}
		}
	}
	if i, ok := f.params[f.m.pass.TypesInfo.Uses[id]]; ok {
		return i
	}
	return -1
}
