package frameworks

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// Framework is one adapter: what a web framework (or net/http, or a
// router) gives handlers and what its calls do to the response. A new
// framework or a new major version is a new value in a file of its own,
// added to frameworks; the model reads nothing else about frameworks.
type Framework struct {
	name string // for messages and docs: "gin", "echo v4"
	pkg  string // import path

	// context is the type handlers are given (gin's Context, fiber's
	// Ctx), "" when handlers get an http.ResponseWriter; pointer says
	// handlers get *Context (gin, echo v5, fiber v2) rather than the type
	// itself (an interface: echo v4, fiber v3).
	context string
	pointer bool
	// carriers are other types of pkg that hold the response they were
	// made from, so that calls on them write it (fiber v3's Redirect,
	// and its Res, the response half of a Ctx).
	carriers []string
	// split names the request and response types of express-style
	// handlers, func(Req, Res) error (fiber v3), when there are any.
	split [2]string

	// apis says what each response function ("Error") or method
	// ("Context.JSON") of pkg does.
	apis map[string]API
	// writes are the Context methods besides apis that may write the
	// response in ways the model does not follow (c.File, c.Next): a
	// call to one is an escape. Every other method only reads the
	// request or the context.
	writes []string
	// deferred: the framework sends the response after the handler
	// returns (fasthttp under fiber), so its calls record a status and a
	// body without committing them, and headers set later still count.
	deferred bool
	// methodCall is the Context method that returns the request method
	// (fiber's c.Method()), "" when the request's Method field is read.
	methodCall string

	// errorCtors are functions of pkg that build an error carrying a
	// status from their arguments (echo.NewHTTPError, fiber.NewError).
	errorCtors []string
	// readers are functions of pkg that take the context only to read
	// the request (echo v5's PathParam[T], fiber v3's Query[V]): passing
	// the context to one is no escape.
	readers []string

	// errorHandler names what turns the errors handlers return into
	// responses ("echo's error handler"), "" when handlers return none.
	errorHandler string

	// noWrite are functions and methods of pkg or of its helper packages,
	// by package path and name, that take the response or the context
	// without writing a status or a body (net/http's MaxBytesReader,
	// fiber's session Store.Get).
	noWrite [][2]string
	// keepsStatus: the framework's writer reads a status of zero or less
	// as "keep the current one" (gin: c.Render(-1, sse) streams events).
	keepsStatus bool
	// bodyParsers are the context methods that parse the request body
	// into a value (fiber v2's BodyParser).
	bodyParsers []string
	// family names the framework's major versions: the module root and
	// what the root path itself holds ("v1"); empty for net/http and the
	// routers over it.
	family Family

	// Router is the routing side: router types, registration calls,
	// pattern syntax and what the router answers on its own (routing.go);
	// nil when pkg has no router.
	Router *RouterSpec
}

// frameworks are the adapters, in the order they are tried.
var frameworks = []*Framework{netHTTP, gin, echo4, echo5, fiber2, fiber3, chi5, chi1, gorilla}

var frameworkByPkg = map[string]*Framework{}

func init() {
	for _, fw := range frameworks {
		frameworkByPkg[fw.pkg] = fw
	}
}

// contextOf returns the framework whose handler context (or carrier) t
// is, or nil.
func contextOf(t types.Type) *Framework {
	n := typeref.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return nil
	}
	fw := frameworkByPkg[n.Obj().Pkg().Path()]
	if fw == nil || fw.context == "" {
		return nil
	}
	name := n.Obj().Name()
	if name == fw.context && typeref.IsNamed(t, fw.pkg, name, fw.pointer) || slices.Contains(fw.carriers, name) {
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
	if contextOf(t) != nil {
		return true
	}
	if _, ok := t.Underlying().(*types.Basic); ok {
		return false
	}
	return isResponseWriter(t)
}

// IsHandler reports whether sig is an entry point that starts a
// response: func(http.ResponseWriter, *http.Request), or a framework's
// handler taking its context alone.
func IsHandler(sig *types.Signature) bool {
	ps := sig.Params()
	switch ps.Len() {
	case 2:
		if typeref.IsNamed(ps.At(0).Type(), nethttp, "ResponseWriter", false) && typeref.IsNamed(ps.At(1).Type(), nethttp, "Request", true) {
			return true
		}
		fw := contextOf(ps.At(1).Type())
		return fw != nil && fw.split[0] != "" &&
			typeref.IsNamed(ps.At(0).Type(), fw.pkg, fw.split[0], false) && typeref.IsNamed(ps.At(1).Type(), fw.pkg, fw.split[1], false)
	case 1:
		fw := contextOf(ps.At(0).Type())
		return fw != nil && typeref.IsNamed(ps.At(0).Type(), fw.pkg, fw.context, fw.pointer)
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
	fw := contextOf(recv.Type())
	if fw == nil {
		return false, false
	}
	return true, slices.Contains(fw.writes, fn.Name())
}

// IsErrorCtor reports whether fn builds an error that carries a status
// from its arguments.
func IsErrorCtor(fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	fw := frameworkByPkg[fn.Pkg().Path()]
	return fw != nil && slices.Contains(fw.errorCtors, fn.Name())
}

// ErrorHandler names what answers the errors returned by handlers whose
// context is of type t, or "".
func ErrorHandler(t types.Type) string {
	if fw := contextOf(t); fw != nil {
		return fw.errorHandler
	}
	return ""
}

// readsOnly reports whether fn is a package function of a framework
// that takes the handler's context only to read the request, such as
// echo v5's echo.PathParam[int](c, "id"): a context passed to it does
// not escape.
func readsOnly(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	fw := frameworkByPkg[fn.Pkg().Path()]
	return fw != nil && slices.Contains(fw.readers, fn.Name())
}

// ModelledPackages returns the import paths of the frameworks that have
// an adapter with a response API (not the routers over net/http), in
// the order they are tried.
func ModelledPackages() []string {
	var paths []string
	for _, fw := range frameworks {
		if fw.context != "" {
			paths = append(paths, fw.pkg)
		}
	}
	return paths
}

// IsRequestMethod reports whether e reads the request method:
// r.Method, c.Request.Method, c.Request().Method, or a framework's own
// accessor such as fiber's c.Method().
func IsRequestMethod(info *types.Info, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return x.Sel.Name == "Method" && typeref.IsNamed(info.TypeOf(x.X), nethttp, "Request", true)
	case *ast.CallExpr:
		sel, ok := x.Fun.(*ast.SelectorExpr)
		if !ok || len(x.Args) != 0 {
			return false
		}
		fw := contextOf(info.TypeOf(sel.X))
		return fw != nil && fw.methodCall != "" && sel.Sel.Name == fw.methodCall
	}
	return false
}

// TakesHandlers reports whether the package at path takes handlers from
// the code it serves: a router's registration calls and handler fields,
// or a test server's constructor. A function given to one is an entry
// point, never a callback.
func TakesHandlers(path string) bool {
	return RouterPkg(path) != nil || path == TestServerPkg
}

// TestServerPkg is the package of net/http's fake test servers.
const TestServerPkg = nethttp + "/httptest"

// IsTestServer reports whether fn starts a fake test server on the
// handler it is given (httptest.NewServer and its kin).
func IsTestServer(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != TestServerPkg {
		return false
	}
	switch fn.Name() {
	case "NewServer", "NewTLSServer", "NewUnstartedServer":
		return true
	}
	return false
}

// IsHeader reports whether t is http.Header, the writer's header map.
func IsHeader(t types.Type) bool { return typeref.IsNamed(t, nethttp, "Header", false) }

// IsNetHTTP reports whether pkg is net/http itself, whose status
// constants a fix may name.
func IsNetHTTP(pkg *types.Package) bool { return pkg != nil && pkg.Path() == nethttp }

// IsRequest reports whether t is *http.Request.
func IsRequest(t types.Type) bool { return typeref.IsNamed(t, nethttp, "Request", true) }

// IsWriterInterface reports whether t is the http.ResponseWriter
// interface itself, rather than a type that implements it.
func IsWriterInterface(t types.Type) bool {
	return typeref.IsNamed(t, nethttp, "ResponseWriter", false)
}

func init() {
	for _, fw := range frameworks {
		for k, a := range fw.apis {
			if a.Source == SrcWriter {
				a.Source = SrcAPI // the writer's own methods are not in any table
			}
			a.NoCommit = a.NoCommit || fw.deferred
			fw.apis[k] = a
		}
	}
}
