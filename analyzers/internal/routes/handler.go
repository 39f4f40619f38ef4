package routes

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/types/objectpath"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
)

// handler names the function an expression registers as a handler,
// looking through conversions (http.HandlerFunc(f)), the standard and
// framework wrappers (http.TimeoutHandler, gin.WrapF), middleware calls
// of the form mw(h), and handler factories of this package that return
// one function literal.
func (w *walk) handler(e ast.Expr, wrappers []string) Handler {
	fset := w.st.pass.Fset
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.FuncLit:
		if i, ok := w.adapts(x); ok {
			// func(w, r) { if err := fn(w, r); ... }: the literal adapts
			// the handler its callers give.
			return w.paramHandler(i, x, append(wrappers, "func literal at "+shortPos(fset, x)))
		}
		return Handler{Lit: x, Key: KeyOfLit(fset, x), Name: "func literal at " + shortPos(fset, x), Where: posString(fset, x.Pos()), Wrappers: wrappers}
	case *ast.Ident, *ast.SelectorExpr:
		if sel, ok := x.(*ast.SelectorExpr); ok {
			// fn.serve, apiHandler(list).serve: a method adapting a
			// function of a handler's shape serves that function.
			if s, ok := w.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				if t := w.info.TypeOf(sel.X); isFuncType(t) && isHandlerShaped(t) {
					h := w.handler(sel.X, append(slices.Clone(wrappers), funcName(s.Obj().(*types.Func), w.st.pass.Pkg)))
					if !h.Dynamic || h.param > 0 {
						return h
					}
				}
			}
		}
		if fn := w.funcOf(x); fn != nil {
			return w.funcHandler(fn, wrappers)
		}
		if id, ok := x.(*ast.Ident); ok {
			if lit, ok := w.env[w.info.ObjectOf(id)].(*ast.FuncLit); ok {
				return w.handler(lit, wrappers)
			}
			if i, ok := w.handlerParam(id); ok {
				return w.paramHandler(i, id, wrappers)
			}
		}
		if fn := serveHTTP(w.info.TypeOf(x)); fn != nil {
			return w.funcHandler(fn, wrappers)
		}
	case *ast.UnaryExpr, *ast.CompositeLit:
		if fn := serveHTTP(w.info.TypeOf(x)); fn != nil {
			return w.funcHandler(fn, wrappers)
		}
	case *ast.CallExpr:
		if tv, ok := w.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return w.handler(x.Args[0], wrappers) // http.HandlerFunc(f)
		}
		fn, _ := typeutil.Callee(w.info, x).(*types.Func)
		if fn == nil {
			break
		}
		name := funcName(fn, w.st.pass.Pkg)
		if wr, ok := frameworks.WrapperOf(fn); ok && wr.Arg < len(x.Args) {
			return w.handler(x.Args[wr.Arg], append(wrappers, name))
		}
		if fn.Pkg() != nil && frameworks.RouterPkg(fn.Pkg().Path()) != nil {
			// http.FileServer(...), http.NotFoundHandler(): the library's own.
			return Handler{Name: types.ExprString(x), Builtin: true, Key: fn.FullName() + "()", Where: posString(fset, x.Pos()), Wrappers: wrappers}
		}
		// mw(h): the endpoint is the one argument that is a handler.
		var inner *Handler
		for _, a := range x.Args {
			if !isHandlerShaped(w.info.TypeOf(a)) {
				continue
			}
			h := w.handler(a, append(slices.Clone(wrappers), name))
			if h.Dynamic && h.param == 0 {
				continue
			}
			if inner != nil {
				inner = nil
				break
			}
			inner = &h
		}
		if inner != nil {
			return *inner
		}
		if lit := w.factoryLit(fn); lit != nil {
			h := w.handler(lit, wrappers)
			h.Name = name + "() literal at " + shortPos(fset, lit)
			return h
		}
	}
	return Handler{Name: types.ExprString(e), Dynamic: true, Where: posString(fset, e.Pos()), Wrappers: wrappers}
}

func isFuncType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// handlerParam: id names a parameter of the walked function that is a
// function or an interface (http.Handler, apiHandler), which its callers
// give; and its index.
func (w *walk) handlerParam(id *ast.Ident) (int, bool) {
	v, i, ok := w.param(id)
	if !ok {
		return 0, false
	}
	switch v.Type().Underlying().(type) {
	case *types.Signature, *types.Interface:
		return i, true
	}
	return 0, false
}

// paramHandler is the handler parameter i, to be bound by each call.
func (w *walk) paramHandler(i int, at ast.Node, wrappers []string) Handler {
	fset := w.st.pass.Fset
	return Handler{Name: w.fn.Signature().Params().At(i).Name(), Dynamic: true, Where: posString(fset, at.Pos()), Wrappers: wrappers, param: i + 1}
}

// adapts: a literal with a handler's signature whose body calls one
// handler-shaped func parameter of the walked function, and which one.
func (w *walk) adapts(lit *ast.FuncLit) (int, bool) {
	if w.fn == nil || !isHandlerShaped(w.info.TypeOf(lit)) {
		return 0, false
	}
	found, n := 0, 0
	ast.Inspect(lit.Body, func(nd ast.Node) bool {
		if c, ok := nd.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok {
				if i, ok := w.funcParam(id); ok && isHandlerShaped(w.info.TypeOf(id)) {
					if n == 0 || i != found {
						n++
					}
					found = i
				}
			}
		}
		return true
	})
	return found, n == 1
}

func (w *walk) funcHandler(fn *types.Func, wrappers []string) Handler {
	fset := w.st.pass.Fset
	return Handler{Func: fn, Key: KeyOfFunc(fn), Name: funcName(fn, w.st.pass.Pkg), Where: posString(fset, fn.Pos()), Wrappers: wrappers}
}

// funcOf returns the function or method an identifier or selector names
// (a method value s.get included).
func (w *walk) funcOf(e ast.Expr) *types.Func {
	switch x := e.(type) {
	case *ast.Ident:
		fn, _ := w.info.Uses[x].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		if s, ok := w.info.Selections[x]; ok {
			if s.Kind() == types.FieldVal {
				return nil
			}
			fn, _ := s.Obj().(*types.Func)
			return fn
		}
		fn, _ := w.info.Uses[x.Sel].(*types.Func)
		return fn
	}
	return nil
}

// serveHTTP returns the ServeHTTP method of a concrete handler type.
func serveHTTP(t types.Type) *types.Func {
	if t == nil || types.IsInterface(t) {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	fn, _ := obj.(*types.Func)
	return fn
}

// isHandlerShaped: a value that can serve a request: an http.Handler,
// or a function of a handler's signature in any of the frameworks.
func isHandlerShaped(t types.Type) bool {
	if t == nil {
		return false
	}
	if serveHTTP(t) != nil || isHandlerType(t) {
		return true
	}
	// A function of a handler's signature in any framework: the
	// adapters know them (frameworks.IsHandler).
	sig, ok := t.Underlying().(*types.Signature)
	return ok && frameworks.IsHandler(sig)
}

// factoryLit returns the one function literal a function of this package
// returns (func (s *server) handleX() http.HandlerFunc { ...; return func(w, r) {...} }).
func (w *walk) factoryLit(fn *types.Func) *ast.FuncLit {
	fd := w.st.decls[fn.Origin()]
	if fd == nil {
		return nil
	}
	var lit *ast.FuncLit
	ok := true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
				return false
			}
			r := ast.Unparen(n.Results[0])
			if c, isCall := r.(*ast.CallExpr); isCall && len(c.Args) == 1 {
				if tv, isType := w.info.Types[c.Fun]; isType && tv.IsType() {
					r = ast.Unparen(c.Args[0])
				}
			}
			l, isLit := r.(*ast.FuncLit)
			if !isLit || (lit != nil && lit != l) {
				ok = false
				return false
			}
			lit = l
		}
		return true
	})
	if !ok {
		return nil
	}
	return lit
}

// funcName is a function's name as people read it in this package:
// getUser, (*Server).get, api.Register.
func funcName(fn *types.Func, here *types.Package) string {
	qual := func(p *types.Package) string {
		if p == here {
			return ""
		}
		return p.Name()
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		t := sig.Recv().Type()
		ptr := ""
		if p, ok := t.(*types.Pointer); ok {
			t, ptr = p.Elem(), "*"
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			q := qual(n.Obj().Pkg())
			if q != "" {
				q += "."
			}
			return fmt.Sprintf("(%s%s%s).%s", ptr, q, n.Obj().Name(), fn.Name())
		}
	}
	if q := qual(fn.Pkg()); q != "" {
		return q + "." + fn.Name()
	}
	return fn.Name()
}

// shortPos is "file.go:12", for names.
func shortPos(fset *token.FileSet, n ast.Node) string {
	p := fset.Position(n.Pos())
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

func toFactSummary(s *summary) *RegistrarFact {
	f := &RegistrarFact{}
	for _, r := range s.recs {
		f.Routes = append(f.Routes, toFact(r))
	}
	if s.ret != nil {
		r := toFactRouter(*s.ret)
		f.Returns = &r
	}
	for _, c := range s.calls {
		f.Calls = append(f.Calls, FactCall{Func: c.fn, Arg: c.arg, Router: toFactRouter(c.router)})
	}
	return f
}

func toFactRouter(d derived) FactRouter {
	return FactRouter{From: d.from, Fw: d.fw, Pieces: fromPieces(d.pieces), Host: d.host, Methods: d.methods}
}

func fromFactRouter(r FactRouter) derived {
	return derived{from: r.From, fw: r.Fw, pieces: toPieces(r.Pieces), host: r.Host, methods: r.Methods}
}

func (st *pkgState) fromFactSummary(f *RegistrarFact) *summary {
	s := &summary{}
	for _, r := range f.Routes {
		s.recs = append(s.recs, st.fromFact(r))
	}
	if f.Returns != nil {
		d := fromFactRouter(*f.Returns)
		s.ret = &d
	}
	for _, c := range f.Calls {
		s.calls = append(s.calls, callback{fn: c.Func, arg: c.Arg, router: fromFactRouter(c.Router)})
	}
	return s
}

func toFact(r *rec) FactRoute {
	h := r.handler
	ref := HandlerRef{Key: h.Key, Name: h.Name, Where: h.Where, Dynamic: h.Dynamic, Builtin: h.Builtin, Wrappers: h.Wrappers, Param: h.param}
	if h.Func != nil && h.Func.Pkg() != nil {
		ref.PkgPath = h.Func.Pkg().Path()
		if p, err := objectpath.For(h.Func); err == nil {
			ref.ObjPath = string(p)
		}
	}
	return FactRoute{On: r.on, Methods: r.methods, Pieces: fromPieces(r.pieces), Host: r.host, Fw: r.fw, Handler: ref, Where: r.where, Via: r.via, AlsoHead: r.alsoHead}
}

func (st *pkgState) fromFact(f FactRoute) *rec {
	ref := f.Handler
	h := Handler{Key: ref.Key, Name: ref.Name, Where: ref.Where, Dynamic: ref.Dynamic, Builtin: ref.Builtin, Wrappers: ref.Wrappers, param: ref.Param}
	if ref.PkgPath != "" && ref.ObjPath != "" {
		if pkg := findPackage(st.pass.Pkg, ref.PkgPath); pkg != nil {
			if o, err := objectpath.Object(pkg, objectpath.Path(ref.ObjPath)); err == nil {
				if fn, ok := o.(*types.Func); ok {
					h.Func = fn
					h.Name = funcName(fn, st.pass.Pkg)
				}
			}
		}
	}
	return &rec{methods: f.Methods, pieces: toPieces(f.Pieces), host: f.Host, fw: f.Fw, handler: h, where: f.Where, via: f.Via, alsoHead: f.AlsoHead, on: f.On}
}

// findPackage finds the package of path among pkg's imports, transitively.
func findPackage(pkg *types.Package, path string) *types.Package {
	seen := map[*types.Package]bool{}
	stack := []*types.Package{pkg}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if p.Path() == path {
			return p
		}
		if seen[p] {
			continue
		}
		seen[p] = true
		stack = append(stack, slices.Clone(p.Imports())...)
	}
	return nil
}
