package frameworks

import (
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// The routing side of an adapter: which types are routers, what each of
// their methods registers, the syntax of their patterns, and what the
// router answers on its own. The route reader (analyzers/internal/routes)
// interprets these facts; it holds none of its own.

// RouterSpec is how a framework's router registers handlers.
type RouterSpec struct {
	// types are the named types of the package whose values register
	// routes (a pointer to them, or the interface itself).
	types []string
	// builders are types a registration returns to refine the route it
	// made (gorilla's *mux.Route); their methods are in BuilderCalls.
	builders []string
	// chains are router types bound to one path, whose methods register
	// handlers there with no pattern of their own (fiber v3's
	// app.RouteChain("/users").Get(list).Post(create)); their methods are
	// in chainCalls, with Path -1.
	chains     []string
	chainCalls map[string]Call
	// ctors are the package functions that return a fresh router.
	ctors []string
	// Default is the package variable the package functions in funcs
	// register on (net/http's DefaultServeMux).
	Default string
	// funcs are package functions that register on Default.
	funcs map[string]Call
	// calls are the methods of the router types, by name. A method not
	// listed registers nothing the route reader follows.
	calls map[string]Call
	// BuilderCalls are the methods of the builder types; one not listed
	// leaves the route being built as it is (a name, a matcher).
	BuilderCalls map[string]Call
	// wrappers are package functions, by full name ("net/http.StripPrefix"
	// or a helper package's), that wrap the handler given as an argument:
	// the route is served by that handler.
	wrappers map[string]Wrapper
	// Pattern is the syntax of the router's patterns.
	Pattern Pattern
	// behaviour is what the router answers on its own (BehaviourOf).
	behaviour Behaviour
}

// CallKind is what a router method does.
type CallKind uint8

const (
	CallNone CallKind = iota
	// CallRoute registers the handler at argument Handler for the pattern
	// at Path, and the method Method, or the methods at argument
	// MethodsArg, or (neither) every method.
	CallRoute
	// CallMux registers a ServeMux pattern "[METHOD ][HOST]/PATH" at Path
	// with the handler at Handler.
	CallMux
	// CallGroup returns a router for the prefix at Path; the middlewares
	// after it attach to the group (gin, echo, fiber Group).
	CallGroup
	// CallRouteFunc hands a router for the prefix at Path to the callback
	// at Func (chi's and fiber's Route); with Path < 0 the router has no
	// prefix of its own (chi's Group).
	CallRouteFunc
	// CallSame attaches middleware (Use, With) or names the router, and
	// returns the router it is called on.
	CallSame
	// CallMount mounts the handler or router at Handler under the prefix
	// at Path: a plain handler serves the prefix and everything under it
	// (chi's Mount).
	CallMount
	// CallMountRouter mounts the router at Handler under the prefix at
	// Path; anything else there is a middleware (fiber v2's Mount, fiber
	// v3's Use(prefix, app)).
	CallMountRouter
	// CallHost returns a router for the host at Path (echo v4's Host).
	CallHost
	// CallStatic is a route the framework serves itself (files): the
	// pattern at Path, with Suffix joined by SuffixJoin, for Methods.
	CallStatic
	// CallHandleBuilder registers the handler at Handler for the pattern
	// at Path and returns a builder that refines the route (gorilla's
	// HandleFunc(path, h).Methods("POST")).
	CallHandleBuilder
	// CallBuilder starts a builder on the router and applies the builder
	// method of the same name (gorilla's r.Methods("GET").Path("/x")).
	CallBuilder

	// Builder methods.

	// BuildPath sets the route's pattern to the one at Path; Prefix says
	// it matches anything under it.
	BuildPath
	// BuildMethods adds the methods of every argument.
	BuildMethods
	// BuildHost sets the route's host to the one at Path.
	BuildHost
	// BuildHandler registers the handler at Handler for the route built.
	BuildHandler
	// BuildSubrouter returns a router under the route's pattern, host and
	// methods.
	BuildSubrouter
)

// Last, as Call.Handler: the last argument (the handlers before it are
// middlewares).
const Last = -1

// Call is what one router method (or package function) does.
type Call struct {
	Kind CallKind
	// Method is the HTTP method of a verb method (GET, Post).
	Method string
	// MethodsArg is the argument holding the method or methods, -1 when
	// none does.
	MethodsArg int
	Path       int // the argument holding the pattern or prefix; -1: the router's path
	Handler    int // the argument holding the handler (or router): an index or Last
	Func       int // the argument holding a callback (CallRouteFunc)
	// args is the number of arguments the call must have; minArgs the
	// least it must have, when args is 0.
	args, minArgs int
	// Chain: the call returns the router it is called on (fiber's
	// app.Get(...).Post(...)).
	Chain bool
	// AlsoHead: the router answers HEAD with this GET route's handler
	// (net/http's ServeMux, fiber's Get).
	AlsoHead bool
	// Prefix: a BuildPath pattern that matches anything under it.
	Prefix bool
	// Suffix is joined to a CallStatic pattern (by the rule SuffixJoin):
	// the catch-all of the files served under it; Methods are the methods
	// the framework registers for it.
	Suffix     string
	SuffixJoin Join
	Methods    []string
}

// Fits reports whether a call with n arguments has the arguments c reads.
func (c Call) Fits(n int) bool {
	if c.args > 0 {
		return n == c.args
	}
	return n >= c.minArgs
}

// Wrapper is a function that wraps the handler at argument Arg; Strip,
// when not -1, is the argument holding a prefix the wrapper removes
// before the inner handler sees the path (http.StripPrefix).
type Wrapper struct {
	Arg   int
	Strip int
}

// Pattern is the syntax of a router's patterns and the rule that joins a
// group or mount prefix to what is registered under it.
type Pattern struct {
	Params Params
	Join   Join
	// StarRest: a trailing * matches the rest of the path (chi).
	StarRest bool
	// NamedStar: *name matches the rest of the path (gin).
	NamedStar bool
	// AnonStar: *, or *1, *2..., matches the rest of the path, and Plus
	// its non-empty form + (echo, fiber).
	AnonStar, Plus bool
	// InSegment: a parameter may start inside a segment and its name ends
	// at '-', '.', '<' or '?'; Optional: :name? may match nothing;
	// Constraints: :name<int> constrains it (fiber).
	InSegment, Optional, Constraints bool
	// DropsSlash: the router's default (non-strict) routing serves a
	// pattern with and without its trailing slash (fiber).
	DropsSlash bool
}

// Params is the parameter syntax of a router's patterns.
type Params uint8

const (
	ParamsNone Params = iota
	// ParamsMux: net/http's {name}, {name...}, {$} and trailing-slash
	// subtrees.
	ParamsMux
	// ParamsBraces: {name} and {name:regexp} (chi, gorilla).
	ParamsBraces
	// ParamsColon: :name (gin, echo, fiber).
	ParamsColon
)

// Join is how a router joins a prefix and what is registered under it.
type Join uint8

const (
	// JoinConcat: prefix + child as written (echo's groups; what
	// http.StripPrefix hands on).
	JoinConcat Join = iota
	// JoinPath: path.Join, keeping the child's trailing slash (gin).
	JoinPath
	// JoinTrim: the prefix's trailing slashes dropped, then the child
	// (gorilla).
	JoinTrim
	// JoinMount: as JoinTrim, and a child "/" or "" serves the prefix
	// itself (chi's Mount and Route).
	JoinMount
	// JoinSlash: as JoinTrim, adding the slash a child may lack; an empty
	// child serves the prefix itself (fiber).
	JoinSlash
)

// Behaviour is what a router answers on its own, before or instead of a
// route's handler, with its default configuration. Each entry was read in
// the framework's source at the version the test stubs mirror (net/http:
// the Go 1.26 toolchain); TestRouterDefaults in testdata/frameworks/semantics
// pins echo's and fiber's on the real modules.
type Behaviour struct {
	// NotFound is the status for a path no route matches.
	NotFound int
	// MethodNotAllowed is the status for a path some route matches with
	// another method (404 where the router does not tell the two apart by
	// default); AllowHeader says whether that answer lists the methods.
	MethodNotAllowed int
	AllowHeader      bool
	// SlashRedirect is the status of the router's own redirect between a
	// path with and without its trailing slash (0: none): net/http for a
	// subtree root, gin in both directions (301 for GET, 307 otherwise).
	SlashRedirect      int
	SlashRedirectOther int // for methods other than GET, when it differs
	// SlashRedirectAll: the redirect applies to every route (gin), not
	// only to a pattern that ends in a slash.
	SlashRedirectAll bool
	// CleanRedirect is the status of the redirect for paths with . or ..
	// segments or repeated slashes (0: none).
	CleanRedirect int
	// ErrorStatus is the status the default error handler sends for an
	// error a handler returns that carries none (0: handlers return no
	// errors).
	ErrorStatus int
}

// Name is the adapter's name, as messages and route listings show it:
// "net/http", "chi v5", "echo v4".
func (fw *Framework) Name() string { return fw.name }

var frameworkByName = map[string]*Framework{}

var wrapperByName = map[string]Wrapper{}

func init() {
	for _, fw := range frameworks {
		frameworkByName[fw.name] = fw
		if fw.Router != nil {
			for k, w := range fw.Router.wrappers {
				wrapperByName[k] = w
			}
		}
	}
}

// Named returns the adapter called name (Framework.Name), or nil.
func Named(name string) *Framework { return frameworkByName[name] }

// RouterPkg returns the adapter of the package at path when it has a
// router, or nil.
func RouterPkg(path string) *Framework {
	fw := frameworkByPkg[path]
	if fw == nil || fw.Router == nil {
		return nil
	}
	return fw
}

// RouterType returns the adapter whose router type t (or *t) is, or nil.
func RouterType(t types.Type) *Framework {
	n := typeref.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return nil
	}
	fw := RouterPkg(n.Obj().Pkg().Path())
	if fw == nil || !slices.Contains(fw.Router.types, n.Obj().Name()) && !slices.Contains(fw.Router.chains, n.Obj().Name()) {
		return nil
	}
	return fw
}

// RouterCall returns what fn, a function or method of fw's package, does
// as a registration: a method of a router type (from calls), of a
// builder type (builder true, from BuilderCalls), or a package function
// (pkgFunc true, from funcs). ok is false when fn is none of these.
func (fw *Framework) RouterCall(fn *types.Func) (c Call, builder, pkgFunc, ok bool) {
	r := fw.Router
	recv := fn.Signature().Recv()
	if recv == nil {
		c, ok = r.funcs[fn.Name()]
		return c, false, true, ok
	}
	n := typeref.NamedOf(recv.Type())
	if n == nil {
		return Call{}, false, false, false
	}
	switch name := n.Obj().Name(); {
	case slices.Contains(r.builders, name):
		// A builder method not listed keeps the route as it is.
		return r.BuilderCalls[fn.Name()], true, false, true
	case slices.Contains(r.chains, name):
		c, ok = r.chainCalls[fn.Name()]
		return c, false, false, ok
	case slices.Contains(r.types, name):
		c, ok = r.calls[fn.Name()]
		return c, false, false, ok
	}
	return Call{}, false, false, false
}

// IsNew reports whether fn, a package function of fw, returns a fresh
// router.
func (fw *Framework) IsNew(fn *types.Func) bool {
	return fn.Signature().Recv() == nil && slices.Contains(fw.Router.ctors, fn.Name())
}

// WrapperOf returns what fn does to the handler it wraps, when it is a
// wrapper function of a framework (http.TimeoutHandler, gin.WrapF).
func WrapperOf(fn *types.Func) (Wrapper, bool) {
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return Wrapper{}, false
	}
	w, ok := wrapperByName[fn.FullName()]
	return w, ok
}

// BehaviourOf returns the default behaviour of the router of the adapter
// called name (a Route's Framework).
func BehaviourOf(name string) Behaviour {
	if fw := Named(name); fw != nil && fw.Router != nil {
		return fw.Router.behaviour
	}
	return Behaviour{}
}

// IsHandlerType reports whether t is net/http's Handler or HandlerFunc,
// the types a middleware around a router returns.
func IsHandlerType(t types.Type) bool {
	return typeref.IsNamed(t, nethttp, "Handler", false) || typeref.IsNamed(t, nethttp, "HandlerFunc", false)
}

// verbs are the HTTP methods routers name their registration methods for.
var verbs = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE", "QUERY"}

// verbCalls adds to calls, for every method in verbs that the router has
// a method for (named in upper case, GET, or in title case, Get), the
// call c with that method.
func verbCalls(calls map[string]Call, title bool, c Call) map[string]Call {
	for _, v := range verbs {
		name := v
		if title {
			name = v[:1] + strings.ToLower(v[1:])
		}
		vc := c
		vc.Kind = CallRoute
		vc.Method = v
		vc.MethodsArg = -1
		calls[name] = vc
	}
	return calls
}
