package respflow

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// Escape by capability: the response escapes only into code that gets
// something able to write it. Reading the request through the framework
// context (c.Request.Header, c.Request.Context()), passing a
// context.Context on, or limiting the body reaches nothing that writes.

// canWrite reports whether a value of type t can write a response: a
// response itself, a framework context, a type with write methods, or
// an empty interface (which may be asserted back to one).
func canWrite(t types.Type) bool {
	if t == nil {
		return true
	}
	if isResponseType(t) || frameworks.IsHeader(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic, *types.Signature, *types.Chan:
		return false
	case *types.Interface:
		if u.NumMethods() == 0 {
			return true
		}
	}
	for _, m := range writeMethods {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m.name)
		if fn, ok := obj.(*types.Func); ok && m.params(fn.Signature().Params()) {
			return true
		}
	}
	return false
}

// writeMethods are the methods that make a type able to write: by name
// and parameters, so that (*http.Request).Write(io.Writer), which writes
// the request elsewhere, does not count.
var writeMethods = []struct {
	name   string
	params func(*types.Tuple) bool
}{
	{"Write", func(ps *types.Tuple) bool {
		return ps.Len() == 1 && types.Identical(ps.At(0).Type(), types.NewSlice(types.Typ[types.Byte]))
	}},
	{"WriteString", func(ps *types.Tuple) bool {
		return ps.Len() == 1 && types.Identical(ps.At(0).Type(), types.Typ[types.String])
	}},
	{"WriteHeader", func(ps *types.Tuple) bool { return ps.Len() == 1 }},
	{"Header", func(ps *types.Tuple) bool { return ps.Len() == 0 }},
	{"Flush", func(ps *types.Tuple) bool { return ps.Len() == 0 }},
}

// readsOnly reports whether fn takes the response or the context without
// writing it; the adapters know which (frameworks.TakesOnly).
func readsOnly(fn *types.Func) bool { return frameworks.TakesOnly(fn) }

// readMethods are methods of a writer that only report on it.
var readMethods = []string{"Status", "Size", "Written"}

// flow follows a mention of the response at the top of stack to where
// its value goes, and says whether that lets the response escape, and
// why.
func (f *funcState) flow(stack []ast.Node) (escapes bool, why Why, text string) {
	info := f.m.pass.TypesInfo
	child := stack[len(stack)-1].(ast.Expr)
	if id, ok := child.(*ast.Ident); ok && (f.hdrs[info.ObjectOf(id)] || f.encs[info.ObjectOf(id)]) {
		// A header map or encoder handed on: keep the old, cautious answer.
		why, text := f.escapeReason(stack)
		return true, why, text
	}
	i := len(stack) - 2
	for ; i >= 0; i-- {
		if !canWrite(info.TypeOf(child)) {
			return false, 0, "" // what is read off the response cannot write it
		}
		switch p := stack[i].(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			child = p.(ast.Expr)
			continue
		case *ast.UnaryExpr:
			child = p
			continue
		case *ast.SelectorExpr:
			if p.X != child {
				break
			}
			if sel, ok := info.Selections[p]; ok && sel.Kind() == types.MethodVal {
				if i > 0 {
					if call, ok := stack[i-1].(*ast.CallExpr); ok && call.Fun == p {
						if slices.Contains(readMethods, p.Sel.Name) {
							return false, 0, ""
						}
						callee := typeref.Callee(info, call)
						if callee != nil {
							return true, WhyMethod, callName(callee) + " called on the response, not modelled"
						}
					}
				}
				return true, WhyMethod, "a method value of the response"
			}
			child = p // a field: c.Writer, c.Request
			continue
		case *ast.CallExpr:
			if tv, ok := info.Types[p.Fun]; ok && tv.IsType() {
				child = p // a conversion
				continue
			}
			if p.Fun == child {
				return true, WhyOther, "a function held in the response called"
			}
			if escapes, why, text := f.callFlow(p, child); !escapes {
				return false, 0, ""
			} else {
				return true, why, text
			}
		}
		break
	}
	why, text = f.escapeReason(stack[:i+2])
	return true, why, text
}

// callFlow judges a response value passed as an argument of call: it
// escapes unless the parameter's type cannot write (a context.Context,
// an io.Reader) and the callee, when visible, does not assert it back.
func (f *funcState) callFlow(call *ast.CallExpr, arg ast.Expr) (bool, Why, string) {
	info := f.m.pass.TypesInfo
	callee := typeref.Callee(info, call)
	if readsOnly(callee) {
		return false, 0, ""
	}
	idx := slices.Index(call.Args, arg)
	if sig, ok := info.TypeOf(call.Fun).Underlying().(*types.Signature); ok && idx >= 0 {
		var pt types.Type
		switch ps := sig.Params(); {
		case sig.Variadic() && idx >= ps.Len()-1:
			if s, ok := ps.At(ps.Len() - 1).Type().(*types.Slice); ok && !call.Ellipsis.IsValid() {
				pt = s.Elem()
			}
		case idx < ps.Len():
			pt = ps.At(idx).Type()
		}
		if pt != nil && !canWrite(pt) && !(callee != nil && f.m.assertsBack(callee, idx)) {
			return false, 0, ""
		}
	}
	if callee != nil {
		if h := f.m.helper(callee); h != nil && h.Effect.Opaque {
			return true, WhyHelper, "passed to " + callName(callee) + ", whose effect differs by path or is not known"
		}
		return true, WhyPassed, "passed to " + callName(callee) + ", not summarised"
	}
	return true, WhyPassed, "passed to " + types.ExprString(call.Fun) + ", a function value, not summarised"
}

// assertsBack reports whether a function of this package type-asserts
// its parameter idx back to a response type (ctx.(*gin.Context)), so
// that passing the response as a context.Context still hands it over.
func (m *model) assertsBack(fn *types.Func, idx int) bool {
	decl := m.decls[fn]
	if decl == nil || decl.Body == nil {
		return false
	}
	var param types.Object
	i := 0
	for _, field := range decl.Type.Params.List {
		for _, name := range field.Names {
			if i == idx {
				param = m.pass.TypesInfo.Defs[name]
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	if param == nil {
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if ta, ok := n.(*ast.TypeAssertExpr); ok {
			if id, ok := ast.Unparen(ta.X).(*ast.Ident); ok && m.pass.TypesInfo.Uses[id] == param {
				found = true
			}
		}
		return !found
	})
	return found
}

// writesThrough reports whether some mention of the response inside n
// can write it: a closure that only reads the request does not take the
// response with it.
func (f *funcState) writesThrough(n ast.Node) bool {
	info := f.m.pass.TypesInfo
	var stack []ast.Node
	found := false
	ast.Inspect(n, func(c ast.Node) bool {
		if found {
			return false
		}
		if c == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, c)
		if id, ok := c.(*ast.Ident); ok && f.holdsResponse(info.ObjectOf(id)) {
			if escapes, _, _ := f.flow(stack); escapes {
				found = true
			} else if f.isRootCall(stack) {
				found = true
			}
		}
		return true
	})
	return found
}

// isRootCall reports whether the mention at the top of stack is the
// receiver or an argument of a call the model reads as a write (a
// response API, a helper): inside a closure that too takes the response.
func (f *funcState) isRootCall(stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		call, ok := stack[i].(*ast.CallExpr)
		if !ok {
			continue
		}
		if api := frameworks.Lookup(f.m.pass.TypesInfo, call); api != nil && api.Writer != frameworks.NoResp {
			return true
		}
		if callee := typeref.Callee(f.m.pass.TypesInfo, call); callee != nil {
			if _, idx := f.respArg(call, callee); idx != 0 || len(call.Args) > 0 && f.isRoot(call.Args[0]) {
				if w, _ := f.respArg(call, callee); w != nil {
					if isMethod, writes := frameworks.ContextMethod(callee); isMethod && !writes {
						return false
					}
					return true
				}
			}
		}
		return false
	}
	return false
}
