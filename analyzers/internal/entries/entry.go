package entries

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// registration is one handler a routing call registers.
type registration struct {
	handler ast.Expr // as written: http.HandlerFunc(f), s.handle, a literal
	method  string   // "" for any method
	path    string   // the constant path, "" when not constant or not given here
	recv    ast.Expr // the router registered on; nil for http.HandleFunc
	// narrows: the method is the route's own (a pattern's, r.Post's,
	// .Methods'); gorilla's HandleFunc alone is narrowed later by
	// .Methods, so it says nothing of the method yet.
	narrows bool
}

// registrations returns the handlers a routing call registers. It reads
// the call through the adapters' registration table
// (frameworks.Framework.RouterCall), the same table the route reader
// (analyzers/internal/routes) interprets, so the two never disagree on
// which calls register a handler and for which method.
func (m *reader) registrations(call *ast.CallExpr) []registration {
	info := m.pass.TypesInfo
	callee := typeref.Callee(info, call)
	if callee == nil || callee.Pkg() == nil {
		return nil
	}
	fw := frameworks.RouterPkg(callee.Pkg().Path())
	if fw == nil {
		return nil
	}
	c, builder, _, ok := fw.RouterCall(callee)
	if !ok || !c.Fits(len(call.Args)) {
		return nil
	}
	var recv ast.Expr
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && callee.Signature().Recv() != nil {
		recv = sel.X
	}
	args := call.Args
	switch {
	case c.Kind == frameworks.CallMux:
		method, path := "", typeref.ConstString(info, args[c.Path])
		if before, after, ok := strings.Cut(path, " "); ok && before == strings.ToUpper(before) {
			method, path = before, strings.TrimSpace(after)
		}
		if i := strings.Index(path, "/"); i > 0 {
			path = path[i:] // a host pattern before the path
		}
		return []registration{{handler: args[c.Handler], method: method, path: path, recv: recv, narrows: true}}
	case c.Kind == frameworks.CallHandleBuilder:
		// The method comes later, from the builder (.Methods).
		return []registration{{handler: args[c.Handler], path: typeref.ConstString(info, args[c.Path]), recv: recv}}
	case builder && c.Kind == frameworks.BuildMethods:
		// r.HandleFunc(path, h).Methods("POST", "PUT"): narrow the handler
		// the builder was started with.
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		start, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return nil
		}
		regs := m.registrations(start)
		if len(regs) != 1 || regs[0].narrows {
			return nil
		}
		var out []registration
		for _, a := range args {
			out = append(out, registration{handler: regs[0].handler, method: methodName(info, a), narrows: true})
		}
		return out
	case c.Kind == frameworks.CallRoute:
		methods := []string{c.Method}
		if c.Method == "" && c.MethodsArg >= 0 {
			methods = []string{methodName(info, args[c.MethodsArg])}
		}
		path := ""
		if c.Path >= 0 {
			path = typeref.ConstString(info, args[c.Path])
		}
		// The handler and what follows it (echo's route middlewares), or,
		// where the handler is the last argument, everything after the
		// pattern (gin's and fiber's handler chains).
		first := c.Handler
		if first == frameworks.Last {
			first = c.Path + 1
		}
		var out []registration
		for _, h := range args[first:] {
			for _, method := range methods {
				out = append(out, registration{handler: h, method: method, path: path, recv: recv, narrows: true})
			}
		}
		return out
	}
	return nil
}

// route records the methods a registration call gives its handlers.
func (m *reader) route(call *ast.CallExpr) {
	for _, reg := range m.registrations(call) {
		if reg.narrows {
			m.addRoute(reg.handler, reg.method)
		}
	}
}

// methodName returns the HTTP method a constant expression names.
func methodName(info *types.Info, e ast.Expr) string {
	return strings.ToUpper(typeref.ConstString(info, e))
}

func (m *reader) addRoute(h ast.Expr, method string) {
	if key := m.handlerKey(h); key != nil {
		m.methods[key] = append(m.methods[key], method)
	}
}

// handlerKey returns the function a handler expression names: a literal,
// or a declared function or method value, through conversions such as
// http.HandlerFunc(f). It returns nil for anything else.
func (m *reader) handlerKey(h ast.Expr) any {
	info := m.pass.TypesInfo
	h = ast.Unparen(h)
	if call, ok := h.(*ast.CallExpr); ok {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			h = ast.Unparen(call.Args[0])
		}
	}
	var fn *types.Func
	switch x := h.(type) {
	case *ast.FuncLit:
		return x
	case *ast.Ident:
		fn, _ = info.Uses[x].(*types.Func)
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[x]; ok {
			fn, _ = sel.Obj().(*types.Func)
		} else {
			fn, _ = info.Uses[x.Sel].(*types.Func)
		}
	}
	if fn == nil {
		return nil
	}
	return fn
}

// findCallbacks marks the handler-shaped functions that are callbacks
// rather than entry points. A function literal is an entry point when it
// is registered as a route, returned (a handler factory, a middleware's
// handler), or given to a function of this package (a wrapper such as
// withAuth(func(w, r) {...})); given to another package's function that
// is not a router, or set as a field of a literal, it is a callback. A
// named function is a callback when it is set as a field of a literal,
// or assigned to a field as its default (if l.onLimit == nil { l.onLimit
// = onLimit }): the code that calls the field started the response. A
// field of net/http or of a router (http.Server's Handler, gorilla's
// NotFoundHandler) takes an entry point.
//
// It also learns, for entry.go's other questions, which functions serve
// only a fake server, which answer a probe path, and which methods a
// helper's callers serve (see learn).
func (m *reader) findCallbacks(files []*ast.File) {
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
				if fn, ok := info.Uses[x].(*types.Func); ok && fn.Pkg() == m.pass.Pkg && frameworks.IsHandler(fn.Signature()) {
					key = fn
				}
			}
			if key == nil {
				return true
			}
			i, child := climb(info, stack, true)
			if i < 0 {
				return true
			}
			switch p := stack[i].(type) {
			case *ast.KeyValueExpr:
				if p.Value == child && !m.entryField(p.Key) {
					m.callbacks[key] = true
				}
			case *ast.AssignStmt:
				if len(p.Lhs) == len(p.Rhs) {
					for j, rhs := range p.Rhs {
						if rhs == child && m.defaultField(p.Lhs[j], stack[:i]) {
							m.callbacks[key] = true
						}
					}
				}
			case *ast.CallExpr:
				if _, lit := key.(*ast.FuncLit); !lit || p.Fun == child {
					break
				}
				callee := typeref.Callee(info, p)
				if callee == nil || callee.Pkg() == m.pass.Pkg || callee.Pkg() == nil {
					break
				}
				if !frameworks.TakesHandlers(callee.Pkg().Path()) {
					m.callbacks[key] = true
				}
			}
			return true
		})
	}
	m.learn(files)
}

// climb looks up from the node on top of the stack through parentheses,
// conversions such as http.HandlerFunc(f) and, when sel is set,
// selectors s.handle. It returns the index of the first other ancestor
// (-1 when there is none) and the node the walk reached below it.
func climb(info *types.Info, stack []ast.Node, sel bool) (int, ast.Node) {
	child := stack[len(stack)-1]
	i := len(stack) - 2
	for ; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			child = p
			continue
		case *ast.SelectorExpr:
			if sel {
				child = p
				continue
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[p.Fun]; ok && tv.IsType() {
				child = p
				continue
			}
		}
		break
	}
	return i, child
}

// entryField reports whether a struct field (the key of a composite
// literal's element, or a selector's field) belongs to net/http or a
// router, whose handler fields take entry points.
func (m *reader) entryField(e ast.Expr) bool {
	var obj types.Object
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj = m.pass.TypesInfo.Uses[x]
	case *ast.SelectorExpr:
		obj = m.pass.TypesInfo.Uses[x.Sel]
	}
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() || v.Pkg() == nil {
		return false
	}
	path := v.Pkg().Path()
	return frameworks.TakesHandlers(path)
}

// defaultField reports whether lhs, assigned a handler, is a field set
// as its default: the assignment sits in an if whose condition tests
// the same field against nil (if l.onLimit == nil). Outer holds the
// assignment's enclosing nodes, innermost last.
func (m *reader) defaultField(lhs ast.Expr, outer []ast.Node) bool {
	info := m.pass.TypesInfo
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok || m.entryField(sel) {
		return false
	}
	field, ok := info.Uses[sel.Sel].(*types.Var)
	if !ok || !field.IsField() {
		return false
	}
	for i := len(outer) - 1; i >= 0; i-- {
		switch s := outer[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			be, ok := ast.Unparen(s.Cond).(*ast.BinaryExpr)
			if !ok || be.Op.String() != "==" {
				continue
			}
			for _, pair := range [][2]ast.Expr{{be.X, be.Y}, {be.Y, be.X}} {
				x, ok := ast.Unparen(pair[0]).(*ast.SelectorExpr)
				if tv, isNil := info.Types[pair[1]]; ok && isNil && tv.IsNil() && info.Uses[x.Sel] == field {
					return true
				}
			}
		}
	}
	return false
}

func isTestFile(pass *analysis.Pass, n ast.Node) bool {
	return strings.HasSuffix(pass.Fset.File(n.Pos()).Name(), "_test.go")
}

// entries is what entry.go learns of the package's functions beyond
// routes and callbacks.
type entries struct {
	// fakes are the nodes of functions that serve only an httptest
	// server; they and the literals inside them are left out of the
	// result (see testserver.go).
	fakes []ast.Node
	// probes are the handlers registered at a probe path (probe.go).
	probes map[any]bool
	litIn  map[*ast.FuncLit]ast.Node // each literal's enclosing function
}

// survey is what learn gathers in one pass over the package's
// non-test files.
type survey struct {
	regs    []surveyReg
	servers []ast.Expr // handlers given to httptest.NewServer and friends
	calls   []callSite
	// mentions of this package's functions that are neither called nor
	// registered directly: a value passed on, or a handler wrapped at its
	// registration; each with the method it implies ("" for unknown).
	values  map[*types.Func][]mention
	assigns map[*types.Var][]ast.Expr // values assigned to local variables
	escaped map[*types.Var]bool       // local variables used other than as a router held here
	decls   map[*types.Func]*ast.FuncDecl
	lits    map[*ast.FuncLit]ast.Node // each literal's enclosing function
}

type surveyReg struct {
	registration
	in ast.Node // the function the call is in
}

// callSite is a call of a function of this package.
type callSite struct {
	callee *types.Func
	in     ast.Node // the enclosing function (*ast.FuncDecl or *ast.FuncLit)
	method string   // the method the branch around the call implies, or ""
}

// learn surveys the package once and derives the fake servers, the
// probe handlers and the methods helpers inherit from their callers.
func (m *reader) learn(files []*ast.File) {
	m.entries = &entries{probes: map[any]bool{}}
	s := m.survey(files)
	m.findFakes(s)
	m.findProbes(s)
	m.callerMethods(s)
}

func (m *reader) survey(files []*ast.File) *survey {
	info := m.pass.TypesInfo
	s := &survey{
		values:  map[*types.Func][]mention{},
		assigns: map[*types.Var][]ast.Expr{},
		escaped: map[*types.Var]bool{},
		decls:   map[*types.Func]*ast.FuncDecl{},
		lits:    map[*ast.FuncLit]ast.Node{},
	}
	servers := imports(m.pass.Pkg, frameworks.TestServerPkg)
	for _, file := range files {
		if isTestFile(m.pass, file) {
			continue
		}
		var stack []ast.Node
		pending := map[ast.Expr]surveyReg{} // registered handler expressions, by node
		var open []surveyReg                // those enclosing the node, innermost last
		ast.Inspect(file, func(n ast.Node) bool {
			if n == nil {
				if len(open) > 0 && ast.Node(open[len(open)-1].handler) == stack[len(stack)-1] {
					open = open[:len(open)-1]
				}
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			if e, ok := n.(ast.Expr); ok {
				if r, ok := pending[e]; ok {
					open = append(open, r)
				}
			}
			in := enclosingFunc(stack[:len(stack)-1])
			switch x := n.(type) {
			case *ast.FuncDecl:
				if fn, ok := info.Defs[x.Name].(*types.Func); ok && x.Body != nil {
					s.decls[fn] = x
				}
			case *ast.FuncLit:
				s.lits[x] = in
			case *ast.AssignStmt:
				if len(x.Lhs) == len(x.Rhs) {
					for i, l := range x.Lhs {
						if v := localVar(info, l); v != nil {
							s.assigns[v] = append(s.assigns[v], x.Rhs[i])
						}
					}
				}
			case *ast.ValueSpec:
				if len(x.Names) == len(x.Values) {
					for i, id := range x.Names {
						if v := localVar(info, id); v != nil {
							s.assigns[v] = append(s.assigns[v], x.Values[i])
						}
					}
				}
			case *ast.CallExpr:
				callee := typeref.Callee(info, x)
				for _, reg := range m.registrations(x) {
					r := surveyReg{registration: reg, in: in}
					s.regs = append(s.regs, r)
					// gorilla's Methods(...) comes before the HandleFunc it
					// narrows: keep the narrowing one.
					if old, ok := pending[reg.handler]; !ok || !old.narrows {
						pending[reg.handler] = r
					}
				}
				if servers && isTestServer(callee) && len(x.Args) == 1 {
					s.servers = append(s.servers, x.Args[0])
				}
				if callee != nil && callee.Pkg() == m.pass.Pkg && takesResponse(callee) {
					s.calls = append(s.calls, callSite{callee: callee, in: in, method: m.branchMethod(stack)})
				}
			case *ast.Ident:
				if servers {
					if v := localVar(info, x); v != nil && info.Uses[x] == v && escapes(info, stack) {
						s.escaped[v] = true
					}
				}
				fn, ok := info.Uses[x].(*types.Func)
				if !ok || fn.Pkg() != m.pass.Pkg || calledAt(stack) {
					break
				}
				method := ""
				if len(open) > 0 {
					r := open[len(open)-1]
					if m.handlerKey(r.handler) == any(fn) {
						break // route() records it
					}
					// Wrapped at its registration (withAuth(h.create)), not
					// mentioned inside a literal there.
					if r.narrows && (in == nil || in.Pos() < r.handler.Pos() || in.End() > r.handler.End()) {
						method = r.method
					}
				}
				s.values[fn] = append(s.values[fn], mention{method: method, in: in})
			}
			return true
		})
	}
	return s
}

// mention is a function named other than by a call or as a registered
// handler: the method it implies ("" for unknown), and where it is.
type mention struct {
	method string
	in     ast.Node
}

// takesResponse reports whether a function has a parameter that holds
// the response.
func takesResponse(fn *types.Func) bool {
	ps := fn.Signature().Params()
	for i := range ps.Len() {
		if frameworks.IsResponse(ps.At(i).Type()) {
			return true
		}
	}
	return false
}

// imports reports whether pkg imports path directly.
func imports(pkg *types.Package, path string) bool {
	for _, p := range pkg.Imports() {
		if p.Path() == path {
			return true
		}
	}
	return false
}

// enclosingFunc returns the innermost function among the nodes, or nil.
func enclosingFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return stack[i]
		}
	}
	return nil
}

// calledAt reports whether the identifier on top of the stack is the
// function a call calls (f(...), s.f(...)).
func calledAt(stack []ast.Node) bool {
	child := stack[len(stack)-1]
	for i := len(stack) - 2; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.SelectorExpr:
			if p.Sel != child {
				return false
			}
			child = p
		case *ast.ParenExpr:
			child = p
		case *ast.CallExpr:
			return p.Fun == child
		default:
			return false
		}
	}
	return false
}

// localVar returns the local variable an expression names, or nil.
func localVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	obj := info.Uses[id]
	if obj == nil {
		obj = info.Defs[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}

func isTestServer(fn *types.Func) bool {
	return frameworks.IsTestServer(fn)
}

// callerMethods gives each unexported helper of the package the methods
// its callers serve: the method of the branch a call sits in (if
// c.Request.Method == "POST" { doLogin(c) }, or after if r.Method !=
// "POST" { return }), else the method of the calling handler's routes.
// A helper mentioned other than by a call (passed on as a value) may
// serve anything. Exported helpers are left alone: callers in other
// packages are not seen here.
func (m *reader) callerMethods(s *survey) {
	sites := map[*types.Func][]callSite{}
	var order []*types.Func
	for _, c := range s.calls {
		if _, ok := sites[c.callee]; !ok {
			order = append(order, c.callee)
		}
		sites[c.callee] = append(sites[c.callee], c)
	}
	direct := map[any][]string{}
	for _, r := range s.regs {
		if key := m.handlerKey(r.handler); key != nil && r.narrows {
			direct[key] = append(direct[key], r.method)
		}
	}
	const busy = "\x00"
	memo := map[any]string{}
	var single func(key any) string
	methods := func(key any) []string {
		out := slices.Clone(direct[key])
		fn, ok := key.(*types.Func)
		if !ok || fn.Exported() || sites[fn] == nil {
			return out
		}
		for _, c := range sites[fn] {
			method := c.method
			if method == "" {
				method = single(m.callerKey(s, c.in))
			}
			out = append(out, method)
		}
		for _, v := range s.values[fn] {
			out = append(out, v.method)
		}
		return out
	}
	// single is the one method a function serves, or "".
	single = func(key any) string {
		if key == nil {
			return ""
		}
		if got, ok := memo[key]; ok {
			if got == busy {
				return "" // a cycle: say nothing
			}
			return got
		}
		memo[key] = busy
		got := ""
		ms := methods(key)
		if lit, ok := key.(*ast.FuncLit); ok && len(ms) == 0 {
			got = single(m.callerKey(s, s.lits[lit])) // a closure serves its function's request
		}
		for i, x := range ms {
			if x == "" || i > 0 && x != got {
				got = ""
				break
			}
			got = x
		}
		memo[key] = got
		return got
	}
	for _, fn := range order {
		if fn.Exported() {
			continue
		}
		ms := methods(fn)
		// route() adds the direct registrations again: keep them once.
		m.methods[fn] = append(m.methods[fn], ms[len(direct[fn]):]...)
	}
}

// callerKey is the key of methods for a function node.
func (m *reader) callerKey(s *survey, n ast.Node) any {
	switch x := n.(type) {
	case *ast.FuncLit:
		return x
	case *ast.FuncDecl:
		if fn, ok := m.pass.TypesInfo.Defs[x.Name].(*types.Func); ok {
			return fn
		}
	}
	return nil
}

// branchMethod returns the request method implied on the path to the
// node on top of the stack by the branches around it in its function:
// the body of if r.Method == "POST", the else of !=, a case "POST" of a
// switch on the method, or a block after if r.Method != "POST" { return }.
func (m *reader) branchMethod(stack []ast.Node) string {
	info := m.pass.TypesInfo
	for i := len(stack) - 2; i >= 0; i-- {
		child := stack[i+1]
		switch p := stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return ""
		case *ast.IfStmt:
			if child == p.Body {
				for _, c := range conjuncts(p.Cond) {
					if method, eq := m.methodTest(c); method != "" && eq {
						return method
					}
				}
			} else if child == p.Else {
				if method, eq := m.methodTest(p.Cond); method != "" && !eq {
					return method
				}
			}
		case *ast.CaseClause:
			if i < 2 {
				continue
			}
			sw, ok := stack[i-2].(*ast.SwitchStmt)
			if !ok || sw.Tag == nil || !frameworks.IsRequestMethod(info, sw.Tag) || len(p.List) != 1 {
				continue
			}
			if method := methodName(info, p.List[0]); method != "" {
				return method
			}
		case *ast.BlockStmt:
			for _, st := range p.List {
				if st == child {
					break
				}
				ifs, ok := st.(*ast.IfStmt)
				if !ok || ifs.Else != nil || ifs.Init != nil || len(ifs.Body.List) == 0 {
					continue
				}
				if _, ret := ifs.Body.List[len(ifs.Body.List)-1].(*ast.ReturnStmt); !ret {
					continue
				}
				if method, eq := m.methodTest(ifs.Cond); method != "" && !eq {
					return method
				}
			}
		}
	}
	return ""
}

// conjuncts splits a && b && c.
func conjuncts(e ast.Expr) []ast.Expr {
	if be, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && be.Op.String() == "&&" {
		return append(conjuncts(be.X), conjuncts(be.Y)...)
	}
	return []ast.Expr{e}
}

// methodTest reads r.Method == "POST" (or !=, either way round): the
// method and whether the test is for equality.
func (m *reader) methodTest(e ast.Expr) (method string, eq bool) {
	info := m.pass.TypesInfo
	be, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || be.Op.String() != "==" && be.Op.String() != "!=" {
		return "", false
	}
	x, y := be.X, be.Y
	if !frameworks.IsRequestMethod(info, x) {
		x, y = y, x
	}
	if !frameworks.IsRequestMethod(info, x) {
		return "", false
	}
	return methodName(info, y), be.Op.String() == "=="
}
