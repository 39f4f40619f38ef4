package httpcall

import (
	"go/ast"
	"go/types"
	"slices"
)

// Framework is one adapter: what a web framework (or net/http, or a
// router) gives handlers and what its calls do to the response. A new
// framework or a new major version is a new value in a file of its own,
// added to Frameworks; the model reads nothing else about frameworks.
type Framework struct {
	Name string // for messages and docs: "gin", "echo v4"
	Pkg  string // import path

	// Context is the type handlers are given (gin's Context, fiber's
	// Ctx), "" when handlers get an http.ResponseWriter; Pointer says
	// handlers get *Context (gin, echo v5, fiber v2) rather than the type
	// itself (an interface: echo v4, fiber v3).
	Context string
	Pointer bool
	// Carriers are other types of Pkg that hold the response they were
	// made from, so that calls on them write it (fiber v3's Redirect).
	Carriers []string

	// APIs says what each response function ("Error") or method
	// ("Context.JSON") of Pkg does.
	APIs map[string]API
	// Writes are the Context methods besides APIs that may write the
	// response in ways the model does not follow (c.File, c.Next): a
	// call to one is an escape. Every other method only reads the
	// request or the context.
	Writes []string
	// Deferred: the framework sends the response after the handler
	// returns (fasthttp under fiber), so its calls record a status and a
	// body without committing them, and headers set later still count.
	Deferred bool
	// MethodCall is the Context method that returns the request method
	// (fiber's c.Method()), "" when the request's Method field is read.
	MethodCall string

	// ErrorCtors are functions of Pkg that build an error carrying a
	// status from their arguments (echo.NewHTTPError, fiber.NewError).
	ErrorCtors []string

	// Routing: how the router of Pkg registers handlers, if it has one.
	Routing Routing
}

// Routing is the way a router names the method of a route.
type Routing uint8

const (
	NoRouting Routing = iota
	// MuxPatterns: Handle and HandleFunc with a pattern that may start
	// with a method ("POST /jobs"), as net/http's ServeMux since Go 1.22.
	MuxPatterns
	// VerbMethods: r.GET(path, h...) or r.Post(path, h...), and
	// Method(method, path, h) / MethodFunc (chi, gin, echo, fiber).
	VerbMethods
	// MethodsMatcher: r.HandleFunc(path, h).Methods("POST") (gorilla).
	MethodsMatcher
)

// Frameworks are the adapters, in the order they are tried.
var Frameworks = []*Framework{netHTTP, gin, echo4, fiber2, chi5, chi1, gorilla}

var frameworkByPkg = map[string]*Framework{}

func init() {
	for _, fw := range Frameworks {
		frameworkByPkg[fw.Pkg] = fw
	}
}

// ByPkg returns the adapter of a package path, or nil.
func ByPkg(path string) *Framework { return frameworkByPkg[path] }

// ContextOf returns the framework whose handler context (or carrier) t
// is, or nil.
func ContextOf(t types.Type) *Framework {
	n := namedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return nil
	}
	fw := frameworkByPkg[n.Obj().Pkg().Path()]
	if fw == nil || fw.Context == "" {
		return nil
	}
	name := n.Obj().Name()
	if name == fw.Context && IsNamed(t, fw.Pkg, name, fw.Pointer) || slices.Contains(fw.Carriers, name) {
		return fw
	}
	return nil
}

// IsResponse reports whether a value of type t is a response the model
// follows: an http.ResponseWriter (or a type implementing it) or a
// framework's handler context.
func IsResponse(t types.Type) bool {
	if t == nil {
		return false
	}
	if ContextOf(t) != nil {
		return true
	}
	if _, ok := t.Underlying().(*types.Basic); ok {
		return false
	}
	return IsResponseWriter(t)
}

// IsHandler reports whether sig is an entry point that starts a
// response: func(http.ResponseWriter, *http.Request), or a framework's
// handler taking its context alone.
func IsHandler(sig *types.Signature) bool {
	ps := sig.Params()
	switch ps.Len() {
	case 2:
		return IsNamed(ps.At(0).Type(), nethttp, "ResponseWriter", false) && IsNamed(ps.At(1).Type(), nethttp, "Request", true)
	case 1:
		fw := ContextOf(ps.At(0).Type())
		return fw != nil && IsNamed(ps.At(0).Type(), fw.Pkg, fw.Context, fw.Pointer)
	}
	return false
}

// ContextMethod reports whether fn is a method of a framework's context
// (or carrier), and whether it may write the response without the model
// knowing how.
func ContextMethod(fn *types.Func) (isMethod, writes bool) {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false, false
	}
	fw := ContextOf(recv.Type())
	if fw == nil {
		return false, false
	}
	return true, slices.Contains(fw.Writes, fn.Name())
}

// IsErrorCtor reports whether fn builds an error that carries a status
// from its arguments.
func IsErrorCtor(fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	fw := frameworkByPkg[fn.Pkg().Path()]
	return fw != nil && slices.Contains(fw.ErrorCtors, fn.Name())
}

// IsRequestMethod reports whether e reads the request method:
// r.Method, c.Request.Method, c.Request().Method, or a framework's own
// accessor such as fiber's c.Method().
func IsRequestMethod(info *types.Info, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return x.Sel.Name == "Method" && IsNamed(info.TypeOf(x.X), nethttp, "Request", true)
	case *ast.CallExpr:
		sel, ok := x.Fun.(*ast.SelectorExpr)
		if !ok || len(x.Args) != 0 {
			return false
		}
		fw := ContextOf(info.TypeOf(sel.X))
		return fw != nil && fw.MethodCall != "" && sel.Sel.Name == fw.MethodCall
	}
	return false
}

// Router returns the adapter of a routing call's package when it has a
// router, or nil.
func Router(fn *types.Func) *Framework {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fw := frameworkByPkg[fn.Pkg().Path()]
	if fw == nil || fw.Routing == NoRouting {
		return nil
	}
	return fw
}

// IsRouterPkg reports whether path is the package of a router (its
// registration calls take handlers, which makes them entry points).
func IsRouterPkg(path string) bool {
	fw := frameworkByPkg[path]
	return fw != nil && fw.Routing != NoRouting || path == "net/http/httptest"
}

func init() {
	for _, fw := range Frameworks {
		for k, a := range fw.APIs {
			if a.Source == SrcWriter {
				a.Source = SrcAPI // the writer's own methods are not in any table
			}
			a.NoCommit = a.NoCommit || fw.Deferred
			fw.APIs[k] = a
		}
	}
}
