package respflow

import (
	"go/ast"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/httpcall"
)

// model is the per-package state of the analysis.
type model struct {
	pass    *analysis.Pass
	cfgs    *ctrlflow.CFGs
	decls   map[*types.Func]*ast.FuncDecl
	fns     map[ast.Node]*fn
	helpers map[*types.Func]*HelperFact
	consts  map[*types.Func][]int
	methods map[any][]string     // handler (*types.Func or *ast.FuncLit) -> registered methods ("" for any)
	called  map[*types.Func]bool // functions called directly, with a response, in this package
	// callbacks are handler-shaped functions handed to someone else's
	// machinery (a limiter's LimitReached, an option, a config field):
	// they run in the middle of a response that code already started.
	callbacks map[any]bool
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if !httpcall.Relevant(pass.Pkg) {
		// Sentinel errors live in packages that write no response; their
		// callers need to know them all the same.
		(&model{pass: pass}).findConstErrors(pass.Files)
		return res, nil
	}
	m := &model{
		pass:      pass,
		cfgs:      pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs),
		decls:     map[*types.Func]*ast.FuncDecl{},
		fns:       map[ast.Node]*fn{},
		helpers:   map[*types.Func]*HelperFact{},
		consts:    map[*types.Func][]int{},
		methods:   map[any][]string{},
		called:    map[*types.Func]bool{},
		callbacks: map[any]bool{},
	}
	m.findCallbacks(pass.Files)
	m.findConstErrors(pass.Files)
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	var order []ast.Node
	for n := range ins.PreorderSeq((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil)) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if obj, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				m.decls[obj] = n
				order = append(order, n)
			}
		case *ast.FuncLit:
			order = append(order, n)
		case *ast.CallExpr:
			m.route(n)
			// A test calling a handler directly does not make it a helper.
			if callee := httpcall.Callee(pass.TypesInfo, n); callee != nil && callee.Pkg() == pass.Pkg && !isTestFile(pass, n) {
				m.called[callee] = true
			}
		}
	}
	var outer *ast.FuncDecl
	for _, n := range order {
		guard.Enter(pass, n.Pos())
		var f *fn
		name, outerName := "func literal", ""
		if d, ok := n.(*ast.FuncDecl); ok {
			outer = d
		} else if outer != nil && outer.Pos() <= n.Pos() && n.End() <= outer.End() {
			outerName = outer.Name.Name
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			obj := pass.TypesInfo.Defs[n.Name].(*types.Func)
			m.constReturns(obj)
			if m.helper(obj) == nil {
				f = m.analyzeDecl(n)
			} else {
				f = m.fns[n]
			}
			name = n.Name.Name
		case *ast.FuncLit:
			f = m.analyzeLit(n)
		}
		if f == nil || !f.writes {
			continue
		}
		r := f.result(name)
		r.Outer = outerName
		res.Funcs = append(res.Funcs, r)
	}
	return res, nil
}

// analyzeDecl builds (once) the model of a declared function.
func (m *model) analyzeDecl(decl *ast.FuncDecl) *fn {
	if f, ok := m.fns[decl]; ok {
		return f
	}
	f := m.newFn(decl, decl.Type, decl.Body)
	m.fns[decl] = f
	f.findLocals(nil)
	if len(f.roots) == 0 {
		return f
	}
	obj, _ := m.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	f.handler = isHandlerSig(obj.Signature(), decl.Name.Name) && !m.called[obj] && !m.callbacks[obj]
	f.methods = m.methods[obj]
	f.run(m.cfgs.FuncDecl(decl))
	return f
}

// analyzeLit builds the model of a function literal: a handler of its own
// when it has a handler's signature, else a closure over the enclosing
// function's response.
func (m *model) analyzeLit(lit *ast.FuncLit) *fn {
	f := m.newFn(lit, lit.Type, lit.Body)
	m.fns[lit] = f
	captured := map[types.Object]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := m.pass.TypesInfo.Uses[id].(*types.Var); ok && !v.IsField() && isResponseType(v.Type()) &&
				(v.Pos() < lit.Pos() || v.Pos() >= lit.End()) && v.Parent() != m.pass.Pkg.Scope() {
				captured[v] = true
			}
		}
		return true
	})
	f.findLocals(captured)
	if len(f.roots) == 0 {
		return f
	}
	sig, _ := m.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	f.handler = len(captured) == 0 && sig != nil && isHandlerSig(sig, "") && !m.callbacks[lit]
	f.methods = m.methods[lit]
	f.run(m.cfgs.FuncLit(lit))
	return f
}

// run solves the dataflow and keeps the helper summary.
func (f *fn) run(g *cfg.CFG) {
	if g == nil {
		return
	}
	method := ""
	if len(f.methods) > 0 && !slices.Contains(f.methods, "") {
		ms := slices.Compact(slices.Sorted(slices.Values(f.methods)))
		if len(ms) == 1 {
			method = ms[0]
		}
	}
	exits, ok := f.solve(g, f.handler, method)
	if !ok {
		f.writes = false // too tangled: say nothing about it
		f.summary = &HelperFact{Writer: f.writerIndex(), Opaque: true}
		return
	}
	f.summary = f.summarize(exits)
}

// result turns the function's model into what checks read.
func (f *fn) result(name string) *Func {
	r := &Func{Node: f.node, Name: name, Handler: f.handler, Methods: f.methods}
	seen := map[*Event]bool{}
	for _, ops := range f.ops {
		for _, o := range ops {
			if o.ev != nil && len(o.ev.Paths) > 0 && !seen[o.ev] {
				seen[o.ev] = true
				o.ev.ErrorBranch = f.inError(o.ev.Pos)
				o.ev.DebugOnly = f.inDebug(o.ev.Pos)
				r.Events = append(r.Events, o.ev)
			}
		}
	}
	sort.SliceStable(r.Events, func(i, j int) bool { return r.Events[i].Pos < r.Events[j].Pos })
	return r
}

// isHandlerSig reports whether sig is an entry point that starts a
// response: func(http.ResponseWriter, *http.Request), ServeHTTP,
// func(*gin.Context), func(echo.Context) error, func(*fiber.Ctx) error.
func isHandlerSig(sig *types.Signature, name string) bool {
	ps := sig.Params()
	switch ps.Len() {
	case 2:
		return isNamed(ps.At(0).Type(), "net/http", "ResponseWriter", false) && isNamed(ps.At(1).Type(), "net/http", "Request", true)
	case 1:
		t := ps.At(0).Type()
		return isNamed(t, ginPkg, "Context", true) || isNamed(t, echoPkg, "Context", false) || isNamed(t, fiberPkg, "Ctx", true)
	}
	return false
}

var routers = []string{"github.com/go-chi/chi/v5", "github.com/go-chi/chi", ginPkg, echoPkg, fiberPkg}

// route records the methods a registration call gives its handlers.
func (m *model) route(call *ast.CallExpr) {
	info := m.pass.TypesInfo
	callee := httpcall.Callee(info, call)
	if callee == nil || callee.Pkg() == nil {
		return
	}
	path, name := callee.Pkg().Path(), callee.Name()
	switch {
	case path == "net/http" && (name == "HandleFunc" || name == "Handle") && len(call.Args) == 2:
		method := ""
		if pat := constString(info, call.Args[0]); pat != "" {
			if before, _, ok := strings.Cut(pat, " "); ok && before == strings.ToUpper(before) {
				method = before
			}
		}
		m.addRoute(call.Args[1], method)
	case path == "github.com/gorilla/mux" && name == "Methods":
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
	case slices.Contains(routers, path):
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
				if fn, ok := info.Uses[x].(*types.Func); ok && fn.Pkg() == m.pass.Pkg && isHandlerSig(fn.Signature(), "") {
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
				if path := callee.Pkg().Path(); path != "net/http" && path != "net/http/httptest" && !slices.Contains(routers, path) && path != "github.com/gorilla/mux" {
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
