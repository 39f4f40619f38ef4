// Package routes finds the routes a package registers: method, full path
// after every group and mount prefix, and handler, for every router an
// adapter in analyzers/internal/frameworks describes (net/http's ServeMux,
// chi, gorilla/mux, gin, echo v4 and v5, fiber v2 and v3). This package is
// the interpreter: which calls register what, the pattern syntaxes and the
// routers' own answers are the adapters' facts. Patterns are normalised to
// OpenAPI path templates, so that routes can be matched with the
// operations of a service's OpenAPI document.
//
// A function that registers routes on a router it is given, or on a
// router it returns, is summarised as a fact (RegistrarFact), so that
// Register(r.Route("/api", ...)) in another package yields the full
// paths. A struct holding one router in a field stands for that router
// (a router type of the service's own, type router struct{ chi
// chi.Router }): its methods are summarised on their receiver, with the
// pattern and handler they take as parameters bound at each call, the
// routers they return (With) and the callbacks they hand a sub-router
// (Route(pattern, fn func(*router))). A route whose pattern or handler
// is not a constant is listed and marked, never dropped.
//
// The package reports nothing and has no flags. It works only when
// something in the process will read the routes (Want): the checks of a
// default run ask nothing of it.
package routes

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/guard"
)

// Analyzer finds the routes; the contract check and the routes command
// read *Result. Unless Want switched it on, it returns an empty Result at
// once and exports no facts.
var Analyzer = &analysis.Analyzer{
	Name:       "routes",
	Doc:        "find the statuslint route registrations (reports nothing)",
	Run:        guard.Run(runIfWanted),
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{(*RegistrarFact)(nil), (*pkgFact)(nil)},
}

// wanted: something in this process reads the routes.
var wanted atomic.Bool

// Want switches the route interpreter on or off for the whole process;
// it is off until then. The contract check's -contract.spec flag turns
// it on as it is set, and the routes command before it runs the
// analysis. Set from a flag, the switch is the same in every process of
// a go vet run (each parses the flags it was given), so the facts a
// package's dependencies exported were computed the same way as its own
// routes; and the flags are part of go vet's cache key.
func Want(on bool) { wanted.Store(on) }

func runIfWanted(pass *analysis.Pass) (any, error) {
	if !wanted.Load() {
		return &Result{}, nil
	}
	return run(pass)
}

// Result is what one package registers.
type Result struct {
	// Routes are the routes whose full path is known in this package: on
	// routers it creates (or holds in package variables and struct
	// fields) and that are not mounted somewhere it cannot see. In source
	// order of the registering call.
	Routes []*Route
	// Registrars are this package's functions that register routes on a
	// router they are given or return, each with its routes relative to
	// that router. The routes command lists those nothing in the program
	// calls. A route whose own pattern or handler is a parameter (a
	// wrapper's Get(pattern, h)) is not one until a call binds it, and is
	// left out.
	Registrars []*Registrar
}

// Registrar is a function that registers routes for its caller.
type Registrar struct {
	Func   *types.Func
	Routes []*Route // Path and Raw are relative to the router (see Route.On)
}

// Route is one method and path served by one handler.
type Route struct {
	Method string // "GET", "POST"...; "" for any method
	// Path is the OpenAPI path template: {name} for every parameter,
	// whatever the router's syntax. A catch-all is its last segment,
	// {name} or {*} for an anonymous one, with Rest set. "" when the
	// pattern (or a prefix) is not a constant.
	Path string
	// Raw is the pattern as the routers see it: every prefix and the
	// route's own pattern joined, each in its router's syntax; a part that
	// is not constant appears as <expression>.
	Raw    string
	Host   string // a ServeMux host pattern or echo Host group; "" for any
	Params []Param
	// Rest: the last parameter matches the rest of the path; the route
	// has no exact OpenAPI template.
	Rest      bool
	Framework string // the router's adapter: "net/http", "chi v5", "echo v5" (frameworks.Named)
	Handler   Handler
	// Pos is the registering call in this package: for a route a
	// registrar adds, the call to the registrar.
	Pos token.Pos
	// Where is the registering call's position as file:line:col, kept
	// when the route comes from another package's registrar.
	Where string
	// Via names the registrars the route was added through, outermost
	// first: ["api.Register", "api.users"].
	Via []string
	// DynamicPattern: the pattern or a prefix is not a constant.
	DynamicPattern bool
	// AlsoHead: the router answers HEAD with this GET route's handler
	// (net/http's ServeMux, fiber's Get: the adapter's Call.AlsoHead);
	// chi, gorilla, gin and echo do not.
	AlsoHead bool
	// SlashRedirect: the route's ServeMux pattern ends in a slash, and
	// the mux answers the same path without it with a redirect to this
	// route (unless that path has a route of its own); see Behaviour.
	SlashRedirect bool
	// On is set on a Registrar's routes: the parameter index of the router
	// they are registered on, -1 for the router the function returns, or
	// onReceiver (see OnReceiver).
	On int
}

// onReceiver is Route.On for a route a method registers on its
// receiver, a struct wrapping a router (func (r *router) Get(pattern
// string, fn apiHandler)).
const onReceiver = -2

// OnReceiver: the route is a Registrar's, on the receiver of its method.
func (r *Route) OnReceiver() bool { return r.On == onReceiver }

// String is the route as a table row: method, path, raw pattern when it
// differs, handler.
func (r *Route) String() string {
	m := r.Method
	if m == "" {
		m = "ANY"
	}
	p := r.Path
	if p == "" {
		p = "?"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", m, p)
	if r.Host != "" {
		fmt.Fprintf(&b, " host=%s", r.Host)
	}
	if r.Raw != p {
		fmt.Fprintf(&b, " raw=%q", r.Raw)
	}
	fmt.Fprintf(&b, " %s", r.Handler.Name)
	if r.Handler.Dynamic {
		b.WriteString(" (handler not constant)")
	}
	if r.DynamicPattern {
		b.WriteString(" (pattern not constant)")
	}
	if r.Rest {
		b.WriteString(" rest")
	}
	if r.AlsoHead {
		b.WriteString(" +HEAD")
	}
	if r.SlashRedirect {
		b.WriteString(" slash-redirect")
	}
	if len(r.Via) > 0 {
		fmt.Fprintf(&b, " via %s", strings.Join(r.Via, ","))
	}
	return b.String()
}

// Handler is the function serving a route.
type Handler struct {
	// Func is a declared function or method (of any package), when the
	// handler is one. Lit is a function literal of this package. At most
	// one is set; neither for a literal of another package, or a handler
	// the analyzer cannot name.
	Func *types.Func
	Lit  *ast.FuncLit
	// Key identifies the handler the same way in every package and
	// driver: Func.FullName() for a declared function, "file:line:col"
	// of the literal for a literal, "" when Dynamic.
	Key string
	// Name is for people: "getUser", "(*Server).getUser", "func literal
	// at main.go:12", or the expression when Dynamic.
	Name string
	// Where is the handler's declaration or literal as file:line:col.
	Where string
	// Dynamic: the handler is not a function the analyzer can name (a
	// variable, a map lookup, a call it cannot see into).
	Dynamic bool
	// Builtin: the handler is a framework's or the standard library's
	// own (http.FileServer, a Static route).
	Builtin bool
	// Wrappers are the calls the handler was wrapped in at registration,
	// outermost first: ["requireAuth", "http.TimeoutHandler"].
	Wrappers []string
	// param is, for a handler that is a parameter of the registrar
	// (Dynamic until a call binds it), the parameter's index plus one.
	param int
}

// KeyOfFunc is the Key of a declared handler function.
func KeyOfFunc(fn *types.Func) string { return fn.FullName() }

// KeyOfLit is the Key of a handler literal.
func KeyOfLit(fset *token.FileSet, lit *ast.FuncLit) string { return posString(fset, lit.Pos()) }

func posString(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	if !p.IsValid() {
		return ""
	}
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

// RegistrarFact summarises a function that registers routes on a router
// parameter (or its receiver, when that wraps a router) or on the router
// it returns, returns a router, or calls a func parameter with one.
type RegistrarFact struct {
	Routes []FactRoute
	// Returns is the router the function returns: one it creates
	// (From -1), or one derived from a parameter.
	Returns *FactRouter
	// Calls are the calls of its func parameters with a router derived
	// from a parameter: Route(pattern, fn) calling fn(sub).
	Calls []FactCall
}

// FactRouter is a router relative to a parameter of the function: the
// parameter index (onReceiver for the receiver, -1 for a router the
// function creates) and the prefix within it.
type FactRouter struct {
	From    int
	Fw      string
	Pieces  []Piece
	Host    string
	Methods []string
}

// FactCall is a call of func parameter Func with Router as argument Arg.
type FactCall struct {
	Func, Arg int
	Router    FactRouter
}

// FactRoute is one route of a RegistrarFact, relative to its router.
type FactRoute struct {
	On      int      // parameter index; -1 for the returned router; onReceiver
	Methods []string // nil for any method
	Pieces  []Piece
	Host    string
	Fw      string
	Handler HandlerRef
	Where   string // the registering call
	Via     []string
	// AlsoHead: as Route.AlsoHead.
	AlsoHead bool
}

// Piece is one level of a route's pattern: a prefix or the route's own.
type Piece struct {
	Fw     string
	Text   string
	Dyn    bool
	Prefix bool
	Param  int // a string parameter of the function, plus one
}

// HandlerRef is a Handler as a fact carries it.
type HandlerRef struct {
	PkgPath  string // of a declared function
	ObjPath  string // its objectpath within PkgPath
	Key      string
	Name     string
	Where    string
	Dynamic  bool
	Builtin  bool
	Wrappers []string
	Param    int // a handler parameter of the function, plus one
}

// AFact marks RegistrarFact as an analysis fact.
func (*RegistrarFact) AFact() {}

// String lists the routes as on:method path=handler, where on is the
// parameter index (or "ret", or "recv"), then the router it returns
// unless its routes show it, and the callbacks it calls.
func (f *RegistrarFact) String() string {
	parts := make([]string, 0, len(f.Routes))
	for _, r := range f.Routes {
		j := join(toPieces(r.Pieces))
		p := j.template
		if j.dynamic {
			p = j.raw
		}
		ms := r.Methods
		if len(ms) == 0 {
			ms = []string{"ANY"}
		}
		for _, m := range ms {
			parts = append(parts, fmt.Sprintf("%s:%s %s=%s", onName(r.On), methodText(m), p, r.Handler.Name))
		}
	}
	var out []string
	if len(parts) > 0 || f.Returns == nil && len(f.Calls) == 0 {
		out = append(out, "registers("+strings.Join(parts, " ")+")")
	}
	if r := f.Returns; r != nil && (r.From != -1 || len(parts) == 0) {
		out = append(out, "returns("+r.String()+")")
	}
	for _, c := range f.Calls {
		out = append(out, fmt.Sprintf("calls(%d with %s)", c.Func, c.Router.String()))
	}
	return strings.Join(out, " ")
}

// String is the router as "new chi" or "recv+/prefix".
func (r *FactRouter) String() string {
	if r.From == -1 {
		return "new " + r.Fw
	}
	s := onName(r.From)
	if len(r.Pieces) > 0 {
		s += "+" + join(toPieces(r.Pieces)).raw
	}
	return s
}

func onName(on int) string {
	switch on {
	case -1:
		return "ret"
	case onReceiver:
		return "recv"
	}
	return fmt.Sprint(on)
}

// pkgFact marks a package that has registrars, so that importers of it
// are not skipped by the fast path.
type pkgFact struct{}

func (*pkgFact) AFact()         {}
func (*pkgFact) String() string { return "registrars" }

func toPieces(ps []Piece) []piece {
	out := make([]piece, len(ps))
	for i, p := range ps {
		out[i] = piece(p)
	}
	return out
}

func fromPieces(ps []piece) []Piece {
	out := make([]Piece, len(ps))
	for i, p := range ps {
		out[i] = Piece(p)
	}
	return out
}
