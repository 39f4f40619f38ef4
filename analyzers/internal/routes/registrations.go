package routes

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
)

// The registration calls of every router, as their adapters describe
// them (frameworks.RouterSpec): what a call does to the router value it
// is made on.

func (w *walk) frameworkCall(fw *frameworks.Framework, fn *types.Func, call *ast.CallExpr) any {
	name := fw.Name()
	c, isBuilder, pkgFunc, ok := fw.RouterCall(fn)
	if pkgFunc {
		if fw.IsNew(fn) {
			return &rval{o: w.newObj(objRoot), fw: name}
		}
		if ok && c.Kind == frameworks.CallMux && c.Fits(len(call.Args)) {
			mux := fn.Pkg().Scope().Lookup(fw.Router.Default)
			if v, ok := mux.(*types.Var); ok {
				w.muxRoute(&rval{o: w.st.global(v), fw: name}, c, call)
			}
		}
		return nil
	}
	if isBuilder {
		b, _ := w.receiver(call).(*builder)
		return w.buildCall(b, c, call)
	}
	if !ok {
		return nil
	}
	on, _ := w.receiver(call).(*rval)
	if on == nil {
		return nil
	}
	return w.routerCall(on, fw, fn, c, call)
}

// routerCall applies router method fn, which does c, to on.
func (w *walk) routerCall(on *rval, fw *frameworks.Framework, fn *types.Func, c frameworks.Call, call *ast.CallExpr) any {
	args := call.Args
	name := fw.Name()
	var chain any
	if c.Chain {
		chain = on
	}
	if !c.Fits(len(args)) {
		return chain
	}
	handler := func() ast.Expr {
		if c.Handler == frameworks.Last {
			return args[len(args)-1]
		}
		return args[c.Handler]
	}
	switch c.Kind {
	case frameworks.CallMux:
		w.muxRoute(on, c, call)
		return nil
	case frameworks.CallRoute:
		var methods []string
		switch {
		case c.Method != "":
			methods = []string{c.Method}
		case c.MethodsArg >= 0:
			methods = w.methodList(args[c.MethodsArg])
		}
		var own []piece // none: the route is the router's path (a chain's)
		if c.Path >= 0 {
			own = []piece{w.pieceOf(name, args[c.Path])}
		}
		if r := w.route(on, name, methods, own, handler(), call, nil); r != nil && c.AlsoHead {
			r.alsoHead = true
		}
		return chain
	case frameworks.CallGroup:
		return w.sub(on, name, args[c.Path])
	case frameworks.CallRouteFunc:
		v := &rval{o: on.o, fw: name, prefix: on.prefix, host: on.host}
		if c.Path >= 0 {
			v = w.sub(on, name, args[c.Path])
		}
		w.bind(args[c.Func], v, call.Pos(), 0)
		return v
	case frameworks.CallSame:
		return on
	case frameworks.CallMount:
		p := w.pieceOf(name, args[c.Path])
		at := append(slices.Clone(on.prefix), p)
		// A plain handler mounted at p serves p and everything under it.
		star := p
		if !star.Dyn {
			star.Text = joinWith(c.SuffixJoin, star.Text, c.Suffix, false)
		}
		w.route(on, name, nil, []piece{star}, handler(), call, at)
		return nil
	case frameworks.CallMountRouter:
		at := append(slices.Clone(on.prefix), w.pieceOf(name, args[c.Path]))
		if v, ok := w.eval(handler()).(*rval); ok {
			w.attach(on, at, v.o, nil)
		}
		return on
	case frameworks.CallHost:
		v := &rval{o: on.o, fw: name, prefix: on.prefix}
		if s, ok := w.constString(args[c.Path]); ok {
			v.host = s
		} else {
			v.host = "<" + types.ExprString(args[c.Path]) + ">"
		}
		return v
	case frameworks.CallStatic:
		p := w.pieceOf(name, args[c.Path])
		if c.Suffix != "" && !p.Dyn {
			p.Text = joinWith(c.SuffixJoin, p.Text, c.Suffix, false)
		}
		w.builtin(on, name, c.Methods, p, fn.Pkg().Name()+"."+fn.Name(), call)
		return chain
	case frameworks.CallHandleBuilder:
		p := w.pieceOf(name, args[c.Path])
		b := &builder{on: on, tpl: &p}
		if r := w.route(on, name, nil, []piece{p}, handler(), call, nil); r != nil {
			b.rec = r
		}
		return b
	case frameworks.CallBuilder:
		// r.Methods("GET"): a builder, refined as its own method would.
		return w.buildCall(&builder{on: on}, fw.Router.BuilderCalls[fn.Name()], call)
	}
	return nil
}

// muxRoute registers a ServeMux pattern: "[METHOD ][HOST]/PATH".
func (w *walk) muxRoute(on *rval, c frameworks.Call, call *ast.CallExpr) {
	pat, h := call.Args[c.Path], call.Args[c.Handler]
	s, ok := w.constString(pat)
	var methods []string
	host := on.host
	p := w.pieceOf(on.fw, pat) // a parameter is read when a call binds it
	if ok {
		m, hst, path, ok := splitMux(s)
		if ok {
			p = piece{Fw: on.fw, Text: path}
			if m != "" {
				methods = []string{m}
			}
			if hst != "" {
				host = hst
			}
		} else {
			p = piece{Fw: on.fw, Text: s, Dyn: true}
		}
	}
	r := w.route(on, on.fw, methods, []piece{p}, h, call, nil)
	if r != nil {
		r.host = host
		r.alsoHead = c.AlsoHead
	}
}

// route registers handler expression h on on at pieces, or mounts it
// when h is a router (fullPath: h sees the whole request path, so its
// patterns are not under the prefix). It returns the new route, or nil.
func (w *walk) route(on *rval, fw string, methods []string, pieces []piece, h ast.Expr, call *ast.CallExpr, mountAt []piece) *rec {
	switch v := w.eval(h).(type) {
	case *rval:
		w.attach(on, mountAt, v.o, nil)
		return nil
	case *stripped:
		w.attach(on, mountAt, v.inner.o, &v.strip)
		return nil
	}
	if methods == nil {
		methods = on.methods
	}
	r := &rec{
		pos:     call.Pos(),
		where:   posString(w.st.pass.Fset, call.Pos()),
		methods: methods,
		pieces:  concat(on.prefix, pieces),
		host:    on.host,
		fw:      fw,
		handler: w.handler(h, nil),
	}
	on.o.routes = append(on.o.routes, r)
	return r
}

func (w *walk) attach(on *rval, at []piece, child *obj, strip *piece) {
	if child == on.o {
		return
	}
	pieces := slices.Clone(at)
	if strip != nil {
		pieces = append(pieces, *strip)
	}
	on.o.mounts = append(on.o.mounts, mount{child: child, pieces: pieces, host: on.host})
	child.attached = true
}

// bind hands router value v to a callback as its argument arg: that
// parameter of a literal becomes v; a named function or method is
// applied as a registrar; a func parameter of the walked function is a
// callback its callers name (see calls).
func (w *walk) bind(fnExpr ast.Expr, v *rval, pos token.Pos, arg int) {
	switch f := ast.Unparen(fnExpr).(type) {
	case *ast.FuncLit:
		i := 0
		for _, field := range f.Type.Params.List {
			for _, name := range field.Names {
				if i == arg {
					if o := w.info.Defs[name]; o != nil {
						w.env[o] = v
					}
				}
				i++
			}
			if len(field.Names) == 0 {
				i++
			}
		}
		return
	case *ast.Ident:
		if i, ok := w.funcParam(f); ok {
			w.calls(i, arg, v)
			return
		}
	}
	var fn *types.Func
	switch f := ast.Unparen(fnExpr).(type) {
	case *ast.Ident:
		fn, _ = w.info.Uses[f].(*types.Func)
	case *ast.SelectorExpr:
		if s, ok := w.info.Selections[f]; ok {
			fn, _ = s.Obj().(*types.Func)
		} else {
			fn, _ = w.info.Uses[f.Sel].(*types.Func)
		}
	}
	if fn == nil {
		return
	}
	if sum := w.registrar(fn); sum != nil {
		w.apply(fn, sum, map[int]*rval{arg: v}, nil, pos)
	}
}

func (w *walk) sub(on *rval, fw string, p ast.Expr) *rval {
	return &rval{o: on.o, fw: fw, prefix: append(slices.Clone(on.prefix), w.pieceOf(fw, p)), host: on.host, methods: on.methods}
}

// buildCall applies a route builder's method (gorilla's *mux.Route),
// which does c, to the route being built.
func (w *walk) buildCall(b *builder, c frameworks.Call, call *ast.CallExpr) any {
	if b == nil {
		return nil
	}
	args := call.Args
	fw := b.on.fw
	switch c.Kind {
	case frameworks.BuildPath:
		if c.Fits(len(args)) {
			p := w.pieceOf(fw, args[c.Path])
			p.Prefix = c.Prefix
			b.tpl = &p
		}
	case frameworks.BuildMethods:
		var ms []string
		for _, a := range args {
			ms = append(ms, w.methodList(a)...)
		}
		b.methods = append(b.methods, ms...)
		if b.rec != nil {
			b.rec.methods = append(b.rec.methods, ms...)
		}
	case frameworks.BuildHost:
		if c.Fits(len(args)) {
			if s, ok := w.constString(args[c.Path]); ok {
				b.host = s
			} else {
				b.host = "<" + types.ExprString(args[c.Path]) + ">"
			}
		}
	case frameworks.BuildHandler:
		if !c.Fits(len(args)) || b.rec != nil {
			return b
		}
		tpl := piece{Fw: fw, Prefix: true} // no path matcher: every path
		if b.tpl != nil {
			tpl = *b.tpl
		}
		methods := b.methods
		if methods == nil {
			methods = b.on.methods
		}
		if r := w.route(b.on, fw, methods, []piece{tpl}, args[c.Handler], call, nil); r != nil {
			if b.host != "" {
				r.host = b.host
			}
			b.rec = r
		}
	case frameworks.BuildSubrouter:
		v := &rval{o: b.on.o, fw: fw, prefix: slices.Clone(b.on.prefix), host: b.on.host, methods: b.methods}
		if b.tpl != nil {
			t := *b.tpl
			t.Prefix = false
			v.prefix = append(v.prefix, t)
		}
		if b.host != "" {
			v.host = b.host
		}
		return v
	}
	return b
}

// builtin registers a route served by the framework itself.
func (w *walk) builtin(on *rval, fw string, methods []string, p piece, name string, call *ast.CallExpr) {
	on.o.routes = append(on.o.routes, &rec{
		pos:     call.Pos(),
		where:   posString(w.st.pass.Fset, call.Pos()),
		methods: methods,
		pieces:  concat(on.prefix, []piece{p}),
		host:    on.host,
		fw:      fw,
		handler: Handler{Name: name, Builtin: true, Where: posString(w.st.pass.Fset, call.Pos())},
	})
}
