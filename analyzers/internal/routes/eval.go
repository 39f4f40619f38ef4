package routes

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

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
	param    int
	routes   []*rec
	mounts   []mount
	attached bool
	returned bool
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
	on       int // in a summary: parameter index, -1 for the result
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
	sums     map[*types.Func][]*rec
	walking  map[*types.Func]bool
	globals  map[*types.Var]*obj
	globalsO []*obj // in creation order
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
		sums:    map[*types.Func][]*rec{},
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
	for _, o := range st.globalsO {
		if !o.attached {
			st.anchor(o)
		}
	}
	sort.SliceStable(st.routes, func(i, j int) bool { return st.routes[i].Pos < st.routes[j].Pos })
	res.Routes = st.routes
	for _, fd := range funcs {
		fn := pass.TypesInfo.Defs[fd.Name].(*types.Func)
		sum := st.sums[fn]
		if len(sum) == 0 {
			continue
		}
		reg := &Registrar{Func: fn}
		fact := &RegistrarFact{}
		for _, r := range sum {
			reg.Routes = append(reg.Routes, st.toRoutes(r, r.pos)...)
			fact.Routes = append(fact.Routes, toFact(r))
		}
		res.Registrars = append(res.Registrars, reg)
		pass.ExportObjectFact(fn, fact)
	}
	if len(res.Registrars) > 0 {
		pass.ExportPackageFact(&pkgFact{})
	}
	return res, nil
}

// relevant: the package imports a router package, or a package with
// registrars.
func relevant(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if frameworkOf(imp.Path()) != "" || pass.ImportPackageFact(imp, new(pkgFact)) {
			return true
		}
	}
	return false
}

// summary walks fn once and returns the routes it registers on its
// router parameters and result.
func (st *pkgState) summary(fn *types.Func) []*rec {
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
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if fw := routerType(p.Type()); fw != "" {
			o := w.newObj(objParam)
			o.param = i
			w.env[p] = &rval{o: o, fw: fw}
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
	st   *pkgState
	info *types.Info
	fn   *types.Func
	env  map[types.Object]any // *rval, *builder, *stripped, *ast.FuncLit
	memo map[*ast.CallExpr]any
	objs []*obj
}

func (st *pkgState) newWalk(fn *types.Func) *walk {
	return &walk{st: st, info: st.pass.TypesInfo, fn: fn, env: map[types.Object]any{}, memo: map[*ast.CallExpr]any{}}
}

func (w *walk) newObj(k objKind) *obj {
	o := &obj{kind: k}
	w.objs = append(w.objs, o)
	return o
}

// finish anchors the walk's root objects and returns its summary.
func (w *walk) finish() []*rec {
	var sum []*rec
	for _, o := range w.objs {
		switch {
		case o.kind == objParam:
			for _, r := range flatten(o, nil) {
				c := *r
				c.on = o.param
				sum = append(sum, &c)
			}
		case o.returned:
			for _, r := range flatten(o, nil) {
				c := *r
				c.on = -1
				sum = append(sum, &c)
			}
		case o.kind == objRoot && !o.attached:
			w.st.anchor(o)
		}
	}
	return sum
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
		case *ast.ReturnStmt:
			if w.fn != nil && len(n.Results) == 1 {
				if v, ok := w.eval(n.Results[0]).(*rval); ok && v.o.kind == objRoot {
					v.o.returned = true
				}
			}
		case *ast.CompositeLit:
			// &server{router: mux.NewRouter()}: the field holds the router.
			for _, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						if f, ok := w.info.Uses[id].(*types.Var); ok && f.IsField() {
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
			return nil
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
		if g := w.fieldOrGlobal(e); g != nil {
			if fw := routerType(g.Type()); fw != "" {
				return &rval{o: w.st.global(g), fw: fw}
			}
		}
		return nil
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return w.eval(e.X)
		}
	case *ast.CompositeLit:
		if fw := routerType(w.info.TypeOf(e)); fw != "" {
			return &rval{o: w.newObj(objRoot), fw: fw}
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
	fn, _ := typeutil.Callee(w.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if fw := frameworkOf(fn.Pkg().Path()); fw != "" {
		if i, ok := wrapperFuncs[fn.FullName()]; ok && i < len(call.Args) {
			if fn.FullName() == "net/http.StripPrefix" {
				if inner, ok := w.eval(call.Args[1]).(*rval); ok {
					return &stripped{inner: inner, strip: w.pieceOf(NetHTTP, call.Args[0])}
				}
				return nil
			}
			return w.eval(call.Args[i])
		}
		return w.frameworkCall(fw, fn, call)
	}
	if sum := w.registrar(fn); sum != nil {
		args := map[int]*rval{}
		for i, a := range call.Args {
			if v, ok := w.eval(a).(*rval); ok {
				args[i] = v
			}
		}
		return w.apply(fn, sum, args, call.Pos())
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
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && (n.Obj().Name() == "Handler" || n.Obj().Name() == "HandlerFunc")
}

// registrar returns fn's summary: from this package's walk, or from a fact.
func (w *walk) registrar(fn *types.Func) []*rec {
	if fn.Pkg() == w.st.pass.Pkg {
		return w.st.summary(fn.Origin())
	}
	var f RegistrarFact
	if !w.st.pass.ImportObjectFact(fn.Origin(), &f) {
		return nil
	}
	out := make([]*rec, 0, len(f.Routes))
	for _, r := range f.Routes {
		out = append(out, w.st.fromFact(r))
	}
	return out
}

// apply adds the routes of a registrar's summary to the routers given to
// it, and returns the router it returns (nil when it returns none).
func (w *walk) apply(fn *types.Func, sum []*rec, args map[int]*rval, pos token.Pos) any {
	name := funcName(fn, w.st.pass.Pkg)
	var res *rval
	for _, r := range sum {
		c := *r
		c.pos = pos
		c.via = append([]string{name}, r.via...)
		if r.on < 0 {
			if res == nil {
				res = &rval{o: w.newObj(objRoot), fw: r.fw}
			}
			res.o.routes = append(res.o.routes, &c)
			continue
		}
		on := args[r.on]
		if on == nil {
			continue
		}
		c.pieces = concat(on.prefix, r.pieces)
		if c.host == "" {
			c.host = on.host
		}
		if c.methods == nil {
			c.methods = on.methods
		}
		on.o.routes = append(on.o.routes, &c)
	}
	if res == nil {
		return nil
	}
	return res
}

// receiver evaluates the router a method is called on; a router
// expression the walk cannot follow is a fresh root.
func (w *walk) receiver(call *ast.CallExpr, fw string) any {
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
	return piece{Fw: fw, Text: types.ExprString(e), Dyn: true}
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
