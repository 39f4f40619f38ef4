package respflow

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/httpcall"
)

// route records the methods a registration call gives its handlers.
func (m *model) route(call *ast.CallExpr) {
	info := m.pass.TypesInfo
	callee := httpcall.Callee(info, call)
	fw := httpcall.Router(callee)
	if fw == nil {
		return
	}
	name := callee.Name()
	switch fw.Routing {
	case httpcall.MuxPatterns:
		if (name != "HandleFunc" && name != "Handle") || len(call.Args) != 2 {
			return
		}
		method := ""
		if pat := constString(info, call.Args[0]); pat != "" {
			if before, _, ok := strings.Cut(pat, " "); ok && before == strings.ToUpper(before) {
				method = before
			}
		}
		m.addRoute(call.Args[1], method)
	case httpcall.MethodsMatcher:
		if name != "Methods" {
			return
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return
		}
		reg, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(reg.Args) != 2 {
			return
		}
		for _, a := range call.Args {
			m.addRoute(reg.Args[1], methodName(info, a))
		}
	case httpcall.VerbMethods:
		if method := verb(name); method != "" {
			for _, a := range call.Args[1:] {
				m.addRoute(a, method)
			}
		} else if (name == "Method" || name == "MethodFunc") && len(call.Args) == 3 {
			m.addRoute(call.Args[2], methodName(info, call.Args[0]))
		}
	}
}

// verb maps a router method name (POST, Post) to the HTTP method.
func verb(name string) string {
	up := strings.ToUpper(name)
	switch up {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS":
		if name == up || name == strings.ToUpper(name[:1])+strings.ToLower(name[1:]) {
			return up
		}
	}
	return ""
}

// methodName returns the HTTP method a constant expression names.
func methodName(info *types.Info, e ast.Expr) string {
	return strings.ToUpper(constString(info, e))
}

func (m *model) addRoute(h ast.Expr, method string) {
	info := m.pass.TypesInfo
	h = ast.Unparen(h)
	// http.HandlerFunc(f) and friends: the conversion's operand.
	if call, ok := h.(*ast.CallExpr); ok {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			h = ast.Unparen(call.Args[0])
		}
	}
	var key any
	switch x := h.(type) {
	case *ast.FuncLit:
		key = x
	case *ast.Ident:
		key, _ = info.Uses[x].(*types.Func)
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[x]; ok {
			key, _ = sel.Obj().(*types.Func)
		} else {
			key, _ = info.Uses[x.Sel].(*types.Func)
		}
	}
	if key == nil || key == (*types.Func)(nil) {
		return
	}
	m.methods[key] = append(m.methods[key], method)
}

// findCallbacks marks the handler-shaped functions that are callbacks
// rather than entry points. A function literal is an entry point when it
// is registered as a route, returned (a handler factory, a middleware's
// handler), or given to a function of this package (a wrapper such as
// withAuth(func(w, r) {...})); given to another package's function that
// is not a router, or set as a field of a literal, it is a callback. A
// named function is a callback when it is set as a field of a literal.
func (m *model) findCallbacks(files []*ast.File) {
	info := m.pass.TypesInfo
	for _, file := range files {
		var stack []ast.Node
		ast.Inspect(file, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			var key any
			switch x := n.(type) {
			case *ast.FuncLit:
				key = x
			case *ast.Ident:
				if fn, ok := info.Uses[x].(*types.Func); ok && fn.Pkg() == m.pass.Pkg && httpcall.IsHandler(fn.Signature()) {
					key = fn
				}
			}
			if key == nil {
				return true
			}
			// Look through parentheses, conversions such as
			// http.HandlerFunc(f) and selectors s.handle.
			i := len(stack) - 2
			child := n
			for ; i >= 0; i-- {
				switch p := stack[i].(type) {
				case *ast.ParenExpr, *ast.SelectorExpr:
					child = p
					continue
				case *ast.CallExpr:
					if tv, ok := info.Types[p.Fun]; ok && tv.IsType() {
						child = p
						continue
					}
				}
				break
			}
			if i < 0 {
				return true
			}
			switch p := stack[i].(type) {
			case *ast.KeyValueExpr:
				if p.Value == child {
					m.callbacks[key] = true
				}
			case *ast.CallExpr:
				if _, lit := key.(*ast.FuncLit); !lit || p.Fun == child {
					break
				}
				callee := httpcall.Callee(info, p)
				if callee == nil || callee.Pkg() == m.pass.Pkg || callee.Pkg() == nil {
					break
				}
				if path := callee.Pkg().Path(); path != "net/http" && !httpcall.IsRouterPkg(path) {
					m.callbacks[key] = true
				}
			}
			return true
		})
	}
}

func isTestFile(pass *analysis.Pass, n ast.Node) bool {
	return strings.HasSuffix(pass.Fset.File(n.Pos()).Name(), "_test.go")
}
