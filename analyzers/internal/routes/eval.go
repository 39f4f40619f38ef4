package routes

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
)

// The analysis follows router values through each function in source
// order, as a small abstract interpreter: a router value is an object
// (a router the code created, a parameter, a package variable or struct
// field, the result of a registrar) plus the prefix of the group it
// stands for. Registrations add routes to the object; mounts attach one
// object under another. At the end of a function, the routes of its
// router parameters and returned router become its RegistrarFact, and
// objects attached nowhere are roots whose routes are the Result's.

type objKind int

const (
	objRoot   objKind = iota // created here, or of an origin the analysis cannot see
	objParam                 // a router parameter of the function walked
	objGlobal                // a package variable or struct field
)

type obj struct {
	kind     objKind
	param    int // of an objParam: its index, or onReceiver
	routes   []*rec
	mounts   []mount
	attached bool
	returned bool
	// retWrapper: returned inside a wrapper (return &router{r}); see finish.
	retWrapper bool
	retFw      string
	// wrapper is, for a receiver that wraps a router, the struct field
	// holding it: the routes the method registers on it that do not
	// depend on the method's parameters are that field's (see finish).
	wrapper *types.Var
}

// summary is what a function does to the routers it is given, creates
// and returns, for its callers to apply at each call.
type summary struct {
	recs []*rec
	// ret is the router the function returns: one it creates (from -1;
	// its routes are the recs with on -1), or one derived from a
	// parameter or the receiver (With, a group).
	ret *derived
	// calls are the function's calls of its func parameters with a
	// router derived from its own: Route(pattern, fn) calling fn(sub).
	calls []callback
}

func (s *summary) empty() bool {
	return s == nil || len(s.recs) == 0 && s.ret == nil && len(s.calls) == 0
}

// derived is a router value relative to a parameter of the function
// summarised: the parameter index (or onReceiver, or -1 for a router the
// function creates) and the prefix within it. Pieces may be parameter
// pieces, bound at each call.
type derived struct {
	from    int
	fw      string
	pieces  []piece
	host    string
	methods []string
}

// callback is a call of func parameter fn with a router at argument arg.
type callback struct {
	fn, arg int
	router  derived
}

type mount struct {
	child  *obj
	pieces []piece
	host   string
}

// rec is a route registered on an object, relative to it.
type rec struct {
	pos      token.Pos
	where    string
	methods  []string // nil: any
	pieces   []piece
	host     string
	fw       string
	handler  Handler
	alsoHead bool
	via      []string
	on       int // in a summary: parameter index, -1 for the result, onReceiver
}

// template: the route's own pattern or its handler is a parameter of
// the function registering it (a wrapper's Get(pattern, h)): it is a
// route only where it is called.
func (r *rec) template() bool {
	n := len(r.pieces)
	return r.handler.param > 0 || n > 0 && r.pieces[n-1].Param > 0
}

// dependent: the route's pattern or handler is a parameter of the
// function it was registered in, to be bound by its callers.
func (r *rec) dependent() bool {
	return r.handler.param > 0 || slices.ContainsFunc(r.pieces, func(p piece) bool { return p.Param > 0 }) ||
		slices.ContainsFunc(r.methods, isParamMethod)
}

// rval is a router value: an object and the group prefix within it.
type rval struct {
	o       *obj
	fw      string
	prefix  []piece
	host    string
	methods []string // a gorilla subrouter of a Methods route
}

// stripped is http.StripPrefix(prefix, router).
type stripped struct {
	inner *rval
	strip piece
}

// builder is a gorilla *mux.Route being built by a chain of calls.
type builder struct {
	on      *rval
	tpl     *piece
	methods []string
	host    string
	rec     *rec
}

type pkgState struct {
	pass     *analysis.Pass
	decls    map[*types.Func]*ast.FuncDecl
	sums     map[*types.Func]*summary
	walking  map[*types.Func]bool
	globals  map[*types.Var]*obj
	globalsO []*obj // in creation order
	roots    []*obj // the walks' roots, anchored once every function is walked
	res      *Result
	routes   []*Route
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if !relevant(pass) {
		return res, nil
	}
	st := &pkgState{
		pass:    pass,
		decls:   map[*types.Func]*ast.FuncDecl{},
		sums:    map[*types.Func]*summary{},
		walking: map[*types.Func]bool{},
		globals: map[*types.Var]*obj{},
		res:     res,
	}
	var funcs []*ast.FuncDecl
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					st.decls[fn] = fd
					funcs = append(funcs, fd)
				}
			}
		}
	}
	// Package variables first: var r = chi.NewRouter().
	w := st.newWalk(nil)
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				guard.Enter(pass, gd.Pos())
				w.walk(gd)
			}
		}
	}
	w.finish()
	for _, fd := range funcs {
		st.summary(pass.TypesInfo.Defs[fd.Name].(*types.Func))
	}
	// Roots are anchored last: a root whose struct field another
	// function registers on (s.routes() called after newServer()) gets
	// those routes too.
	for _, o := range st.roots {
		st.anchor(o)
	}
	for _, o := range st.globalsO {
		if !o.attached {
			st.anchor(o)
		}
	}
	sort.SliceStable(st.routes, func(i, j int) bool { return st.routes[i].Pos < st.routes[j].Pos })
	res.Routes = st.routes
	exported := false
	for _, fd := range funcs {
		fn := pass.TypesInfo.Defs[fd.Name].(*types.Func)
		sum := st.sums[fn]
		if sum.empty() {
			continue
		}
		fact := toFactSummary(sum)
		reg := &Registrar{Func: fn}
		for _, r := range sum.recs {
			if !r.template() {
				reg.Routes = append(reg.Routes, st.toRoutes(r, r.pos)...)
			}
		}
		if len(reg.Routes) > 0 {
			res.Registrars = append(res.Registrars, reg)
		}
		pass.ExportObjectFact(fn, fact)
		exported = true
	}
	if exported {
		pass.ExportPackageFact(&pkgFact{})
	}
	return res, nil
}

// relevant: the package imports a router package, or a package with
// registrars.
func relevant(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if frameworks.RouterPkg(imp.Path()) != nil || pass.ImportPackageFact(imp, new(pkgFact)) {
			return true
		}
	}
	return false
}

// summary walks fn once and returns what it does to its router
// parameters (a wrapper of a router among them, and the receiver when it
// wraps one) and result.
func (st *pkgState) summary(fn *types.Func) *summary {
	if sum, ok := st.sums[fn]; ok || st.walking[fn] {
		return sum
	}
	fd := st.decls[fn]
	if fd == nil {
		return nil
	}
	st.walking[fn] = true
	w := st.newWalk(fn)
	sig := fn.Type().(*types.Signature)
	assigned := assignedVars(w.info, fd.Body)
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if !assigned[p] {
			// A parameter the body changes (path += "/*") is not the
			// caller's argument where it is used.
			w.params[p] = i
		}
		fw := routerType(p.Type())
		if fw == "" {
			_, fw = wrapperOf(p.Type())
		}
		if fw != "" {
			o := w.newObj(objParam)
			o.param = i
			w.env[p] = &rval{o: o, fw: fw}
		}
	}
	if recv := sig.Recv(); recv != nil {
		if f, fw := wrapperOf(recv.Type()); f != nil {
			o := w.newObj(objParam)
			o.param = onReceiver
			o.wrapper = f
			w.env[recv] = &rval{o: o, fw: fw}
		}
	}
	guard.Enter(st.pass, fd.Pos())
	w.walk(fd.Body)
	sum := w.finish()
	delete(st.walking, fn)
	st.sums[fn] = sum
	return sum
}

// anchor records the routes of a root object as the Result's.
func (st *pkgState) anchor(o *obj) {
	for _, r := range flatten(o, nil) {
		st.routes = append(st.routes, st.toRoutes(r, r.pos)...)
	}
}

// assignedVars are the variables a body assigns to or takes the
// address of.
func assignedVars(info *types.Info, body *ast.BlockStmt) map[*types.Var]bool {
	out := map[*types.Var]bool{}
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				out[v] = true
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				mark(l)
			}
		case *ast.IncDecStmt:
			mark(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				mark(n.X)
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				mark(n.Key)
				if n.Value != nil {
					mark(n.Value)
				}
			}
		}
		return true
	})
	return out
}

// globalMounted: o holds, directly or through its mounts, a package
// variable or struct field.
func globalMounted(o *obj, seen []*obj) bool {
	if slices.Contains(seen, o) {
		return false
	}
	seen = append(seen, o)
	for _, m := range o.mounts {
		if m.child.kind == objGlobal || globalMounted(m.child, seen) {
			return true
		}
	}
	return false
}

func flatten(o *obj, seen []*obj) []*rec {
	if slices.Contains(seen, o) {
		return nil
	}
	seen = append(seen, o)
	out := slices.Clone(o.routes)
	for _, m := range o.mounts {
		for _, r := range flatten(m.child, seen) {
			c := *r
			c.pieces = concat(m.pieces, r.pieces)
			if c.host == "" {
				c.host = m.host
			}
			out = append(out, &c)
		}
	}
	return out
}

func (st *pkgState) toRoutes(r *rec, pos token.Pos) []*Route {
	j := join(r.pieces)
	methods := r.methods
	if len(methods) == 0 {
		methods = []string{""}
	}
	var out []*Route
	for _, m := range methods {
		m = methodText(m)
		out = append(out, &Route{
			Method:         m,
			Path:           j.template,
			Raw:            j.raw,
			Host:           r.host,
			Params:         j.params,
			Rest:           j.rest,
			Framework:      r.fw,
			Handler:        r.handler,
			Pos:            pos,
			Where:          r.where,
			Via:            r.via,
			DynamicPattern: j.dynamic,
			AlsoHead:       r.alsoHead && m == "GET",
			SlashRedirect:  j.slashRedirect,
			On:             r.on,
		})
	}
	return out
}

// walk is the interpretation of one function body (or the package's
// variable declarations).
type walk struct {
	st     *pkgState
	info   *types.Info
	fn     *types.Func
	params map[*types.Var]int   // fn's parameters, by index
	env    map[types.Object]any // *rval, *builder, *stripped, *ast.FuncLit
	memo   map[*ast.CallExpr]any
	objs   []*obj
	sum    summary    // ret and calls, found during the walk
	lits   []ast.Node // the function literals met, for returns
}

func (st *pkgState) newWalk(fn *types.Func) *walk {
	return &walk{st: st, info: st.pass.TypesInfo, fn: fn, params: map[*types.Var]int{}, env: map[types.Object]any{}, memo: map[*ast.CallExpr]any{}}
}

func (w *walk) newObj(k objKind) *obj {
	o := &obj{kind: k}
	w.objs = append(w.objs, o)
	return o
}

// finish hands the walk's root objects to be anchored and returns its
// summary.
//
// Two rules keep services that hold their router in a struct field
// (&server{router: mux.NewRouter()} and methods registering on s.router)
// as they were: a method's routes on its receiver that do not depend on
// the method's parameters are the field's, anchored where the field's
// router is created; and a wrapper returned with a router that holds
// such a field is anchored here, not returned. Routes whose pattern or
// handler is a parameter (func (r *router) Get(pattern string, fn
// apiHandler)) make a summary bound at each call.
func (w *walk) finish() *summary {
	sum := &summary{ret: w.sum.ret, calls: w.sum.calls}
	for _, o := range w.objs {
		switch {
		case o.kind == objParam:
			for _, r := range flatten(o, nil) {
				if o.wrapper != nil && !r.dependent() {
					g := w.st.global(o.wrapper)
					g.routes = append(g.routes, r)
					continue
				}
				c := *r
				c.on = o.param
				sum.recs = append(sum.recs, &c)
			}
		case o.returned || o.retWrapper && !globalMounted(o, nil):
			for _, r := range flatten(o, nil) {
				c := *r
				c.on = -1
				sum.recs = append(sum.recs, &c)
			}
			if sum.ret == nil {
				sum.ret = &derived{from: -1, fw: o.retFw}
			}
		case o.kind == objRoot && !o.attached:
			w.st.roots = append(w.st.roots, o)
		}
	}
	return sum
}

// inLit: pos is inside a function literal of the walk.
func (w *walk) inLit(pos token.Pos) bool {
	return slices.ContainsFunc(w.lits, func(l ast.Node) bool { return l.Pos() <= pos && pos < l.End() })
}

// recvNamed is the named type of the walked method's receiver.
func (w *walk) recvNamed() *types.Named {
	if w.fn == nil {
		return nil
	}
	recv := w.fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

func (w *walk) walk(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					w.assign(lhs, n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, id := range n.Names {
					w.assign(id, n.Values[i])
				}
			}
		case *ast.FuncLit:
			w.lits = append(w.lits, n)
		case *ast.ReturnStmt:
			if w.fn != nil && len(n.Results) == 1 && !w.inLit(n.Pos()) {
				w.returns(n.Results[0])
			}
		case *ast.CompositeLit:
			// &server{router: mux.NewRouter()}: the field holds the router.
			// Not so for a wrapper its own methods rebuild around a derived
			// router (return &router{chi: c}): that value is one instance.
			own := false
			if recv := w.recvNamed(); recv != nil {
				t := w.info.TypeOf(n)
				if p, ok := t.(*types.Pointer); ok {
					t = p.Elem()
				}
				if t, ok := types.Unalias(t).(*types.Named); ok {
					own = t.Origin() == recv.Origin()
				}
			}
			for _, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						if f, ok := w.info.Uses[id].(*types.Var); ok && f.IsField() && !own {
							if v := w.eval(kv.Value); v != nil {
								w.setGlobal(f, v)
							}
						}
					}
				}
			}
		case *ast.CallExpr:
			w.eval(n)
		}
		return true
	})
}

func (w *walk) assign(lhs, rhs ast.Expr) {
	if lit, ok := ast.Unparen(rhs).(*ast.FuncLit); ok {
		if id, ok := lhs.(*ast.Ident); ok {
			if o := w.info.ObjectOf(id); o != nil {
				w.env[o] = lit
			}
		}
		return
	}
	v := w.eval(rhs)
	if v == nil {
		return
	}
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		o := w.info.ObjectOf(l)
		if o == nil {
			return
		}
		if g := w.globalVar(o); g != nil {
			w.setGlobal(g, v)
			return
		}
		w.env[o] = v
	case *ast.SelectorExpr:
		if g := w.fieldOrGlobal(l); g != nil {
			w.setGlobal(g, v)
		}
	}
}

// setGlobal makes a package variable or field hold router value v: the
// variable's object is attached to v's at v's prefix, so routes added
// through either reach the same root.
func (w *walk) setGlobal(g *types.Var, v any) {
	rv, ok := v.(*rval)
	if !ok {
		return
	}
	o := w.st.global(g)
	if o == rv.o || slices.ContainsFunc(rv.o.mounts, func(m mount) bool { return m.child == o }) {
		return
	}
	rv.o.mounts = append(rv.o.mounts, mount{child: o, pieces: rv.prefix, host: rv.host})
	o.attached = true
}

func (st *pkgState) global(v *types.Var) *obj {
	if o := st.globals[v]; o != nil {
		return o
	}
	o := &obj{kind: objGlobal}
	st.globals[v] = o
	st.globalsO = append(st.globalsO, o)
	return o
}

// globalVar returns o when it is a package-level variable.
func (w *walk) globalVar(o types.Object) *types.Var {
	v, ok := o.(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	return v
}

// fieldOrGlobal returns the struct field or qualified package variable a
// selector names.
func (w *walk) fieldOrGlobal(sel *ast.SelectorExpr) *types.Var {
	if s, ok := w.info.Selections[sel]; ok {
		if s.Kind() == types.FieldVal {
			v, _ := s.Obj().(*types.Var)
			return v
		}
		return nil
	}
	if o, ok := w.info.Uses[sel.Sel].(*types.Var); ok {
		return w.globalVar(o)
	}
	return nil
}

// eval returns the router value an expression stands for, or nil.
func (w *walk) eval(e ast.Expr) any {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		o := w.info.ObjectOf(e)
		if o == nil {
			return nil
		}
		if v, ok := w.env[o]; ok {
			return v
		}
		fw := routerType(o.Type())
		if fw == "" {
			f, fw := wrapperOf(o.Type())
			if f == nil {
				return nil
			}
			if g := w.globalVar(o); g != nil {
				return &rval{o: w.st.global(g), fw: fw}
			}
			if _, ok := o.(*types.Var); !ok {
				return nil
			}
			// A wrapper of an origin the walk did not see: its field, as
			// for a service's struct.
			return &rval{o: w.st.global(f), fw: fw}
		}
		if g := w.globalVar(o); g != nil {
			return &rval{o: w.st.global(g), fw: fw}
		}
		if _, ok := o.(*types.Var); !ok {
			return nil
		}
		// A router of an origin the walk did not see (a callback's
		// parameter, a variable set from an unknown call): a root.
		v := &rval{o: w.newObj(objRoot), fw: fw}
		w.env[o] = v
		return v
	case *ast.SelectorExpr:
		// r.chi, where r wraps the router in field chi: r's router.
		if s, ok := w.info.Selections[e]; ok && s.Kind() == types.FieldVal && len(s.Index()) == 1 {
			if f, _ := wrapperOf(w.info.TypeOf(e.X)); f != nil && f == s.Obj().(*types.Var).Origin() {
				if v, ok := w.eval(e.X).(*rval); ok {
					return v
				}
			}
		}
		if g := w.fieldOrGlobal(e); g != nil {
			fw := routerType(g.Type())
			if fw == "" {
				_, fw = wrapperOf(g.Type())
			}
			if fw != "" {
				return &rval{o: w.st.global(g), fw: fw}
			}
		}
		return nil
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return w.eval(e.X)
		}
	case *ast.CompositeLit:
		t := w.info.TypeOf(e)
		if fw := routerType(t); fw != "" {
			return &rval{o: w.newObj(objRoot), fw: fw}
		}
		// &router{chi.NewRouter()}, router{chi: c}: the router it wraps.
		if f, _ := wrapperOf(t); f != nil {
			if el := w.fieldValue(e, f); el != nil {
				return w.eval(el)
			}
		}
	case *ast.CallExpr:
		if v, ok := w.memo[e]; ok {
			return v
		}
		w.memo[e] = nil
		v := w.call(e)
		w.memo[e] = v
		return v
	}
	return nil
}

func (w *walk) call(call *ast.CallExpr) any {
	if tv, ok := w.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return w.eval(call.Args[0]) // http.Handler(r)
		}
		return nil
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if i, ok := w.funcParam(id); ok {
			// fn(&router{sub}): a callback the callers name.
			for j, a := range call.Args {
				if v, ok := w.eval(a).(*rval); ok {
					w.calls(i, j, v)
				}
			}
			return nil
		}
	}
	fn, _ := typeutil.Callee(w.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if wr, ok := frameworks.WrapperOf(fn); ok && wr.Arg < len(call.Args) && wr.Strip < len(call.Args) {
		if wr.Strip >= 0 {
			// http.StripPrefix(prefix, router): the router's patterns,
			// under the prefix joined as that router's package joins.
			if inner, ok := w.eval(call.Args[wr.Arg]).(*rval); ok {
				fw := ""
				if f := frameworks.RouterPkg(fn.Pkg().Path()); f != nil {
					fw = f.Name()
				}
				return &stripped{inner: inner, strip: w.pieceOf(fw, call.Args[wr.Strip])}
			}
			return nil
		}
		return w.eval(call.Args[wr.Arg])
	}
	if fw := frameworks.RouterPkg(fn.Pkg().Path()); fw != nil {
		return w.frameworkCall(fw, fn, call)
	}
	if sum := w.registrar(fn); sum != nil {
		args := map[int]*rval{}
		if fn.Signature().Recv() != nil {
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if s, isSel := w.info.Selections[sel]; !ok || !isSel || s.Kind() != types.MethodVal {
				return nil // a method expression: its arguments are shifted
			}
			if v := w.recvValue(sel.X, fn); v != nil {
				args[onReceiver] = v
			}
		}
		for i, a := range call.Args {
			if v, ok := w.eval(a).(*rval); ok {
				args[i] = v
			}
		}
		return w.apply(fn, sum, args, call, call.Pos())
	}
	// A middleware around a router (cors(r), handlers.LoggingHandler(os.Stdout, r))
	// serves the router's routes.
	var found any
	for _, a := range call.Args {
		switch v := w.eval(a).(type) {
		case *rval, *stripped:
			if found != nil {
				return nil
			}
			found = v
		}
	}
	if found != nil && isHandlerType(w.info.TypeOf(call)) {
		return found
	}
	return nil
}

// isHandlerType: an http.Handler or a router type.
func isHandlerType(t types.Type) bool {
	if t == nil {
		return false
	}
	if routerType(t) != "" {
		return true
	}
	return frameworks.IsHandlerType(t)
}

// recvValue is the router a method call's receiver stands for: its
// value, or for a wrapper of an origin the walk cannot see, its field.
func (w *walk) recvValue(x ast.Expr, fn *types.Func) *rval {
	if v, ok := w.eval(x).(*rval); ok {
		return v
	}
	if f, fw := wrapperOf(fn.Signature().Recv().Type()); f != nil {
		return &rval{o: w.st.global(f), fw: fw}
	}
	return nil
}

// returns records what the walked function returns.
func (w *walk) returns(e ast.Expr) {
	v, ok := w.eval(e).(*rval)
	if !ok {
		return
	}
	switch v.o.kind {
	case objRoot:
		if f, _ := wrapperOf(w.info.TypeOf(e)); f != nil {
			v.o.retWrapper = true
		} else {
			v.o.returned = true
		}
		v.o.retFw = v.fw
	case objParam:
		// func (r *router) With(...) *router { return &router{r.chi.With(...)} }
		if w.sum.ret == nil {
			w.sum.ret = &derived{from: v.o.param, fw: v.fw, pieces: slices.Clone(v.prefix), host: v.host, methods: v.methods}
		}
	}
}

// param: id names a parameter of the walked function, with its index.
func (w *walk) param(id *ast.Ident) (*types.Var, int, bool) {
	v, ok := w.info.Uses[id].(*types.Var)
	if !ok {
		return nil, 0, false
	}
	i, ok := w.params[v]
	return v, i, ok
}

// funcParam: id names a parameter of the walked function whose type is
// a function, and which index it has.
func (w *walk) funcParam(id *ast.Ident) (int, bool) {
	v, i, ok := w.param(id)
	if !ok {
		return 0, false
	}
	_, isFunc := v.Type().Underlying().(*types.Signature)
	return i, isFunc
}

// calls records a call of func parameter fn with router v at argument
// arg, when v derives from a parameter the callers bind.
func (w *walk) calls(fn, arg int, v *rval) {
	if v.o.kind != objParam {
		return
	}
	w.sum.calls = append(w.sum.calls, callback{fn: fn, arg: arg, router: derived{from: v.o.param, fw: v.fw, pieces: slices.Clone(v.prefix), host: v.host, methods: v.methods}})
}

// registrar returns fn's summary: from this package's walk, or from a
// fact; nil when it does nothing to routers.
func (w *walk) registrar(fn *types.Func) *summary {
	if fn.Pkg() == w.st.pass.Pkg {
		if sum := w.st.summary(fn.Origin()); !sum.empty() {
			return sum
		}
		return nil
	}
	var f RegistrarFact
	if !w.st.pass.ImportObjectFact(fn.Origin(), &f) {
		return nil
	}
	return w.st.fromFactSummary(&f)
}

// apply adds the routes of a registrar's summary to the routers given to
// it (args, by parameter index, onReceiver for the receiver), binding its
// parameter pieces and handlers to the call's arguments, hands the
// routers it derives to the callbacks given to it, and returns the
// router it returns (nil when it returns none). call is nil for a
// function passed as a callback, whose parameters are not bound.
func (w *walk) apply(fn *types.Func, sum *summary, args map[int]*rval, call *ast.CallExpr, pos token.Pos) any {
	name := funcName(fn, w.st.pass.Pkg)
	var res *rval
	if d := sum.ret; d != nil {
		if d.from == -1 {
			res = &rval{o: w.newObj(objRoot), fw: d.fw}
		} else if base := args[d.from]; base != nil {
			res = w.derive(base, d, call)
		}
	}
	for _, r := range sum.recs {
		c := *r
		c.pos = pos
		c.via = append([]string{name}, r.via...)
		if n := len(r.pieces); call != nil && n > 0 && r.pieces[n-1].Param > 0 {
			// The route's own pattern is written here: this call
			// registers it, through the wrapper.
			c.where = posString(w.st.pass.Fset, call.Pos())
			c.via = nil
		}
		c.pieces = w.subst(r.pieces, call)
		c.methods = w.bindMethods(r.methods, call)
		if n := len(r.pieces); syntax(r.fw).Params == frameworks.ParamsMux && n > 0 && r.pieces[n-1].Param > 0 {
			w.splitMuxPiece(&c)
		}
		c.handler = w.bindHandler(r.handler, call)
		if r.on == -1 {
			if res == nil || res.o.kind != objRoot {
				res = &rval{o: w.newObj(objRoot), fw: r.fw}
			}
			res.o.routes = append(res.o.routes, &c)
			continue
		}
		on := args[r.on]
		if on == nil {
			continue
		}
		c.pieces = concat(on.prefix, c.pieces)
		if c.host == "" {
			c.host = on.host
		}
		if c.methods == nil {
			c.methods = on.methods
		}
		on.o.routes = append(on.o.routes, &c)
	}
	for _, cb := range sum.calls {
		base := args[cb.router.from]
		if call == nil || cb.fn >= len(call.Args) || base == nil {
			continue
		}
		w.bind(call.Args[cb.fn], w.derive(base, &cb.router, call), pos, cb.arg)
	}
	if res == nil {
		return nil
	}
	return res
}

// derive is the router d stands for at a call, given the router of the
// parameter it derives from.
func (w *walk) derive(base *rval, d *derived, call *ast.CallExpr) *rval {
	v := &rval{o: base.o, fw: d.fw, prefix: concat(base.prefix, w.subst(d.pieces, call)), host: d.host, methods: d.methods}
	if v.host == "" {
		v.host = base.host
	}
	if v.methods == nil {
		v.methods = base.methods
	}
	return v
}

// subst binds the parameter pieces of a summary to a call's arguments: a
// constant argument is the real pattern, another stays not constant
// (or becomes the caller's own parameter piece).
func (w *walk) subst(ps []piece, call *ast.CallExpr) []piece {
	out := make([]piece, len(ps))
	for i, p := range ps {
		if p.Param > 0 {
			if call != nil && p.Param-1 < len(call.Args) {
				np := w.pieceOf(p.Fw, call.Args[p.Param-1])
				np.Prefix = p.Prefix
				p = np
			} else {
				p.Param = 0
			}
		}
		out[i] = p
	}
	return out
}

// splitMuxPiece reads a ServeMux pattern bound at a call
// ("GET /items/{id}") into the route's method, host and path.
func (w *walk) splitMuxPiece(c *rec) {
	last := &c.pieces[len(c.pieces)-1]
	if last.Dyn {
		return
	}
	m, host, path, ok := splitMux(last.Text)
	if !ok {
		last.Dyn = true
		return
	}
	last.Text = path
	if m != "" && c.methods == nil {
		c.methods = []string{m}
	}
	if host != "" {
		c.host = host
	}
}

// bindMethods binds the methods of a summary's route that are a
// parameter to the call's argument.
func (w *walk) bindMethods(ms []string, call *ast.CallExpr) []string {
	if !slices.ContainsFunc(ms, isParamMethod) {
		return ms
	}
	var out []string
	for _, m := range ms {
		i, ok := paramMethod(m)
		switch {
		case !ok:
			out = append(out, m)
		case call != nil && i < len(call.Args):
			out = append(out, w.methodList(call.Args[i])...)
		default:
			out = append(out, "?")
		}
	}
	return out
}

// A method that is the registering function's parameter i is held in a
// route's methods as "\x00" and i, until a call binds it.
func methodParam(i int) string { return "\x00" + strconv.Itoa(i) }

func paramMethod(m string) (int, bool) {
	if !isParamMethod(m) {
		return 0, false
	}
	i, err := strconv.Atoi(m[1:])
	return i, err == nil
}

func isParamMethod(m string) bool { return strings.HasPrefix(m, "\x00") }

// methodText is a method as people read it: "?" for an unbound
// parameter.
func methodText(m string) string {
	if isParamMethod(m) {
		return "?"
	}
	return m
}

// bindHandler binds a handler that is a parameter of a summary to the
// call's argument, keeping the wrappers the summary put around it
// outermost.
func (w *walk) bindHandler(h Handler, call *ast.CallExpr) Handler {
	if h.param == 0 {
		return h
	}
	if call == nil || h.param-1 >= len(call.Args) {
		h.param = 0
		return h
	}
	got := w.handler(call.Args[h.param-1], nil)
	if len(h.Wrappers) > 0 {
		got.Wrappers = append(slices.Clone(h.Wrappers), got.Wrappers...)
	}
	return got
}

// fieldValue is the element of a composite literal for field f.
func (w *walk) fieldValue(lit *ast.CompositeLit, f *types.Var) ast.Expr {
	st, ok := w.info.TypeOf(lit).Underlying().(*types.Struct)
	if !ok {
		if p, isPtr := w.info.TypeOf(lit).(*types.Pointer); isPtr {
			st, ok = p.Elem().Underlying().(*types.Struct)
		}
		if !ok {
			return nil
		}
	}
	for i, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if v, ok := w.info.Uses[id].(*types.Var); ok && v.Origin() == f {
					return kv.Value
				}
			}
			continue
		}
		if i < st.NumFields() && st.Field(i).Origin() == f {
			return el
		}
	}
	return nil
}

// receiver evaluates the router a method is called on; a router
// expression the walk cannot follow is a fresh root.
func (w *walk) receiver(call *ast.CallExpr) any {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	v := w.eval(sel.X)
	if v == nil {
		if rt := routerType(w.info.TypeOf(sel.X)); rt != "" {
			return &rval{o: w.newObj(objRoot), fw: rt}
		}
	}
	return v
}

func (w *walk) pieceOf(fw string, e ast.Expr) piece {
	if s, ok := w.constString(e); ok {
		return piece{Fw: fw, Text: s}
	}
	p := piece{Fw: fw, Text: types.ExprString(e), Dyn: true}
	// A string parameter: its callers' arguments.
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := w.info.Uses[id].(*types.Var); ok {
			if i, ok := w.params[v]; ok {
				if b, ok := v.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
					p.Param = i + 1
				}
			}
		}
	}
	return p
}

func (w *walk) constString(e ast.Expr) (string, bool) {
	tv, ok := w.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// methodList reads a method argument: a constant, or a []string literal
// of constants. Non-constant methods read as "?".
func (w *walk) methodList(e ast.Expr) []string {
	if s, ok := w.constString(e); ok {
		return []string{s}
	}
	if p := w.pieceOf("", e); p.Param > 0 {
		return []string{methodParam(p.Param - 1)}
	}
	if cl, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		var out []string
		for _, el := range cl.Elts {
			out = append(out, w.methodList(el)...)
		}
		return out
	}
	return []string{"?"}
}

func concat(a, b []piece) []piece {
	out := make([]piece, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}
