package routes

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// The registration APIs of each router: what a call does to the router
// value it is made on.

func (w *walk) frameworkCall(fw string, fn *types.Func, call *ast.CallExpr) any {
	name := fn.Name()
	args := call.Args
	if recvName(fn) == "" {
		switch {
		case fw == NetHTTP && (name == "Handle" || name == "HandleFunc") && len(args) == 2:
			mux := fn.Pkg().Scope().Lookup("DefaultServeMux")
			if v, ok := mux.(*types.Var); ok {
				w.muxRoute(&rval{o: w.st.global(v), fw: NetHTTP}, call)
			}
			return nil
		case fw == NetHTTP && name == "NewServeMux",
			fw == Chi && (name == "NewRouter" || name == "NewMux"),
			fw == Gorilla && name == "NewRouter",
			(fw == Gin && (name == "New" || name == "Default")),
			fw == Echo && name == "New",
			fw == Fiber && name == "New":
			return &rval{o: w.newObj(objRoot), fw: fw}
		}
		return nil
	}
	if fw == Gorilla && recvName(fn) == "Route" {
		b, _ := w.receiver(call, fw).(*builder)
		return w.gorillaRoute(b, name, call)
	}
	if !isRouterMethod(fw, fn) {
		return nil
	}
	on, _ := w.receiver(call, fw).(*rval)
	if on == nil {
		return nil
	}
	switch fw {
	case NetHTTP:
		if (name == "Handle" || name == "HandleFunc") && len(args) == 2 {
			w.muxRoute(on, call)
		}
		return nil
	case Chi:
		return w.chiCall(on, name, call)
	case Gorilla:
		return w.gorillaRouter(on, name, call)
	case Gin:
		return w.ginCall(on, name, call)
	case Echo:
		return w.echoCall(on, name, call)
	case Fiber:
		return w.fiberCall(on, name, call)
	}
	return nil
}

// muxRoute registers a ServeMux pattern: "[METHOD ][HOST]/PATH".
func (w *walk) muxRoute(on *rval, call *ast.CallExpr) {
	pat, h := call.Args[0], call.Args[1]
	s, ok := w.constString(pat)
	var methods []string
	host := on.host
	p := w.pieceOf(NetHTTP, pat) // a parameter is read when a call binds it
	if ok {
		m, hst, path, ok := splitMux(s)
		if ok {
			p = piece{Fw: NetHTTP, Text: path}
			if m != "" {
				methods = []string{m}
			}
			if hst != "" {
				host = hst
			}
		} else {
			p = piece{Fw: NetHTTP, Text: s, Dyn: true}
		}
	}
	r := w.route(on, NetHTTP, methods, []piece{p}, h, call, nil)
	if r != nil {
		r.host = host
		r.alsoHead = true // the mux serves HEAD with a GET pattern's handler
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

func (w *walk) chiCall(on *rval, name string, call *ast.CallExpr) any {
	args := call.Args
	switch {
	case verbOf(name) != "" && len(args) == 2:
		w.route(on, Chi, []string{verbOf(name)}, []piece{w.pieceOf(Chi, args[0])}, args[1], call, nil)
	case (name == "Handle" || name == "HandleFunc") && len(args) == 2:
		w.route(on, Chi, nil, []piece{w.pieceOf(Chi, args[0])}, args[1], call, nil)
	case (name == "Method" || name == "MethodFunc") && len(args) == 3:
		w.route(on, Chi, w.methodList(args[0]), []piece{w.pieceOf(Chi, args[1])}, args[2], call, nil)
	case name == "Route" && len(args) == 2:
		v := w.sub(on, Chi, args[0])
		w.bind(args[1], v, call.Pos(), 0)
		return v
	case name == "Group" && len(args) == 1:
		v := &rval{o: on.o, fw: Chi, prefix: on.prefix, host: on.host}
		w.bind(args[0], v, call.Pos(), 0)
		return v
	case name == "With":
		return &rval{o: on.o, fw: Chi, prefix: on.prefix, host: on.host}
	case name == "Mount" && len(args) == 2:
		p := w.pieceOf(Chi, args[0])
		at := append(slices.Clone(on.prefix), p)
		// A plain handler mounted at p serves p and everything under it.
		star := p
		if !star.Dyn {
			star.Text = joinRaw(Chi, star.Text, "/*", false)
		}
		w.route(on, Chi, nil, []piece{star}, args[1], call, at)
	}
	return nil
}

func (w *walk) gorillaRouter(on *rval, name string, call *ast.CallExpr) any {
	args := call.Args
	switch name {
	case "Handle", "HandleFunc":
		if len(args) != 2 {
			return nil
		}
		p := w.pieceOf(Gorilla, args[0])
		b := &builder{on: on, tpl: &p}
		if r := w.route(on, Gorilla, nil, []piece{p}, args[1], call, nil); r != nil {
			b.rec = r
		}
		return b
	case "NewRoute", "Name", "Headers", "MatcherFunc", "Queries", "Schemes", "Path", "PathPrefix", "Methods", "Host":
		b := &builder{on: on}
		return w.gorillaRoute(b, name, call)
	case "StrictSlash", "SkipClean", "UseEncodedPath":
		return on
	}
	return nil
}

// gorillaRoute applies a *mux.Route method to the route being built.
func (w *walk) gorillaRoute(b *builder, name string, call *ast.CallExpr) any {
	if b == nil {
		return nil
	}
	args := call.Args
	switch name {
	case "Path", "PathPrefix":
		if len(args) == 1 {
			p := w.pieceOf(Gorilla, args[0])
			p.Prefix = name == "PathPrefix"
			b.tpl = &p
		}
	case "Methods":
		var ms []string
		for _, a := range args {
			ms = append(ms, w.methodList(a)...)
		}
		b.methods = append(b.methods, ms...)
		if b.rec != nil {
			b.rec.methods = append(b.rec.methods, ms...)
		}
	case "Host":
		if len(args) == 1 {
			if s, ok := w.constString(args[0]); ok {
				b.host = s
			} else {
				b.host = "<" + types.ExprString(args[0]) + ">"
			}
		}
	case "Handler", "HandlerFunc":
		if len(args) != 1 || b.rec != nil {
			return b
		}
		tpl := piece{Fw: Gorilla, Prefix: true} // no path matcher: every path
		if b.tpl != nil {
			tpl = *b.tpl
		}
		methods := b.methods
		if methods == nil {
			methods = b.on.methods
		}
		if r := w.route(b.on, Gorilla, methods, []piece{tpl}, args[0], call, nil); r != nil {
			if b.host != "" {
				r.host = b.host
			}
			b.rec = r
		}
	case "Subrouter":
		v := &rval{o: b.on.o, fw: Gorilla, prefix: slices.Clone(b.on.prefix), host: b.on.host, methods: b.methods}
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

func (w *walk) ginCall(on *rval, name string, call *ast.CallExpr) any {
	args := call.Args
	switch {
	case name == "Group" && len(args) >= 1:
		return w.sub(on, Gin, args[0])
	case name == "Use":
		return on
	case verbOf(name) != "" && name == verbOf(name) && len(args) >= 2:
		w.route(on, Gin, []string{name}, []piece{w.pieceOf(Gin, args[0])}, args[len(args)-1], call, nil)
	case name == "Handle" && len(args) >= 3:
		w.route(on, Gin, w.methodList(args[0]), []piece{w.pieceOf(Gin, args[1])}, args[len(args)-1], call, nil)
	case name == "Any" && len(args) >= 2:
		w.route(on, Gin, nil, []piece{w.pieceOf(Gin, args[0])}, args[len(args)-1], call, nil)
	case name == "Match" && len(args) >= 3:
		w.route(on, Gin, w.methodList(args[0]), []piece{w.pieceOf(Gin, args[1])}, args[len(args)-1], call, nil)
	case (name == "StaticFile" || name == "StaticFileFS") && len(args) >= 2:
		w.builtin(on, Gin, []string{"GET", "HEAD"}, w.pieceOf(Gin, args[0]), "gin."+name, call)
	case (name == "Static" || name == "StaticFS") && len(args) == 2:
		p := w.pieceOf(Gin, args[0])
		if !p.Dyn {
			p.Text = joinRaw(Gin, p.Text, "/*filepath", false)
		}
		w.builtin(on, Gin, []string{"GET", "HEAD"}, p, "gin."+name, call)
	}
	return nil
}

func (w *walk) echoCall(on *rval, name string, call *ast.CallExpr) any {
	args := call.Args
	switch {
	case name == "Group" && len(args) >= 1:
		return w.sub(on, Echo, args[0])
	case name == "Host" && len(args) >= 1:
		v := &rval{o: on.o, fw: Echo, prefix: on.prefix}
		if s, ok := w.constString(args[0]); ok {
			v.host = s
		} else {
			v.host = "<" + types.ExprString(args[0]) + ">"
		}
		return v
	case verbOf(name) != "" && name == verbOf(name) && len(args) >= 2:
		w.route(on, Echo, []string{name}, []piece{w.pieceOf(Echo, args[0])}, args[1], call, nil)
	case name == "Any" && len(args) >= 2:
		w.route(on, Echo, nil, []piece{w.pieceOf(Echo, args[0])}, args[1], call, nil)
	case name == "Match" && len(args) >= 3:
		w.route(on, Echo, w.methodList(args[0]), []piece{w.pieceOf(Echo, args[1])}, args[2], call, nil)
	case name == "Add" && len(args) >= 3:
		w.route(on, Echo, w.methodList(args[0]), []piece{w.pieceOf(Echo, args[1])}, args[2], call, nil)
	case name == "Static" && len(args) == 2:
		p := w.pieceOf(Echo, args[0])
		if !p.Dyn {
			p.Text = joinRaw(Gin, p.Text, "/*", false)
		}
		w.builtin(on, Echo, []string{"GET"}, p, "echo."+name, call)
	case name == "File" && len(args) >= 2:
		w.builtin(on, Echo, []string{"GET"}, w.pieceOf(Echo, args[0]), "echo."+name, call)
	}
	return nil
}

func (w *walk) fiberCall(on *rval, name string, call *ast.CallExpr) any {
	args := call.Args
	switch {
	case name == "Group" && len(args) >= 1:
		return w.sub(on, Fiber, args[0])
	case name == "Route" && len(args) >= 2:
		v := w.sub(on, Fiber, args[0])
		w.bind(args[1], v, call.Pos(), 0)
		return v
	case name == "Use" || name == "Name":
		return on
	case name == "Mount" && len(args) == 2:
		at := append(slices.Clone(on.prefix), w.pieceOf(Fiber, args[0]))
		if v, ok := w.eval(args[1]).(*rval); ok {
			w.attach(on, at, v.o, nil)
		}
		return on
	case verbOf(name) != "" && len(args) >= 2:
		if r := w.route(on, Fiber, []string{verbOf(name)}, []piece{w.pieceOf(Fiber, args[0])}, args[len(args)-1], call, nil); r != nil {
			r.alsoHead = name == "Get" // fiber's Get registers HEAD too
		}
		return on
	case name == "Add" && len(args) >= 3:
		w.route(on, Fiber, w.methodList(args[0]), []piece{w.pieceOf(Fiber, args[1])}, args[len(args)-1], call, nil)
		return on
	case name == "All" && len(args) >= 2:
		w.route(on, Fiber, nil, []piece{w.pieceOf(Fiber, args[0])}, args[len(args)-1], call, nil)
		return on
	case name == "Static" && len(args) >= 2:
		p := w.pieceOf(Fiber, args[0])
		if !p.Dyn {
			p.Text = joinRaw(Fiber, p.Text, "/*", false)
		}
		w.builtin(on, Fiber, []string{"GET", "HEAD"}, p, "fiber.Static", call)
		return on
	}
	return nil
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
