// Package frameworks is the one place statuslint keeps what it knows
// about net/http, the routers and the web frameworks: for a call it says
// what the call does to a response, as a list of steps (set a status, set
// a header, write a body), and for a type or function it says what the
// frameworks make of it (a handler's context, a handler signature, a
// route registration, an error that carries a status).
//
// Each framework version is one Framework value in a file of its own
// (nethttp.go, chi.go for v5 and v1, gorilla.go, gin.go, echo.go for v4,
// echo5.go, fiber.go for v2, fiber3.go), listed in frameworks in
// table.go, with both sides: the response side (senders, readers, error
// constructors, handler contexts) and the routing side (RouterSpec in
// routing.go: router types, registration calls, pattern syntax, what the
// router answers on its own). api.go holds the vocabulary of steps and
// the call lookup, knowledge.go the other facts the checks ask (readers
// that write nothing, keep-status, body parsers, framework families).
package frameworks

import (
	"go/ast"
	"go/types"

	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// Op is what one step of a call does to the response.
type Op int

const (
	// OpStatus sets the status code: from argument Arg, or Code when the
	// API fixes it (or when a variadic Arg is absent).
	OpStatus Op = iota
	// OpHeader sets header Header, or the header named by argument Arg
	// when Header is empty.
	OpHeader
	// OpBody writes argument Arg (or the arguments from Arg on when
	// Variadic) to the body; Arg < 0 means content the caller does not
	// choose (a status text, a redirect note).
	OpBody
)

// Step is one effect of a call, in the order the API performs them.
type Step struct {
	Op       Op
	Arg      int
	Code     int
	Header   string
	Variadic bool
}

// Writer positions: which operand of the call is the response.
const (
	Recv   = -1 // the method's receiver
	NoResp = -2 // the call builds a value (a handler, an error) that carries the status
)

// Source is the kind of code an event comes from. Checks ask it, never
// the display name: http.Error's body is a message it chose to send, a
// fmt.Fprint body is a value formatted as text.
type Source uint8

const (
	SrcWriter  Source = iota // the writer's own WriteHeader and Write
	SrcHeader                // the header map: Set, Add, Del, an index
	SrcError                 // http.Error: a status and a text message
	SrcAPI                   // another response API of net/http or a framework
	SrcFormat                // fmt.Fprint and friends: values formatted as text
	SrcText                  // io.WriteString, io.Copy, a template
	SrcEncoder               // a JSON or XML encoder on the response
	SrcHelper                // a helper's summary, expanded at the call
	SrcEscape                // the response went where the model cannot follow
)

// API describes one response function or method.
type API struct {
	Name   string // as users write it: "http.Error", "gin.Context.JSON"
	Writer int    // Recv, NoResp, or the index of the writer argument
	Steps  []Step
	Source Source
	// Complete: the call sends a whole response (status, headers and body)
	// of its own, like http.Error or c.JSON.
	Complete bool
	// NoCommit: the call records the status or body without sending the
	// status line yet (gin's c.Status; every fiber call, since fasthttp
	// sends the response after the handler returns).
	NoCommit bool

	// resolve, when set, fits the steps to the call at hand: a status
	// given earlier in a chain (fiber v3's c.Redirect().Status(302).To),
	// or a body the API leaves out for some constant statuses.
	resolve func(info *types.Info, call *ast.CallExpr, a API) API
}

func status(arg int) Step       { return Step{Op: OpStatus, Arg: arg} }
func fixed(code int) Step       { return Step{Op: OpStatus, Arg: -1, Code: code} }
func body(arg int) Step         { return Step{Op: OpBody, Arg: arg} }
func bodyFrom(arg int) Step     { return Step{Op: OpBody, Arg: arg, Variadic: true} }
func header(name string) Step   { return Step{Op: OpHeader, Arg: -1, Header: name} }
func headerArg(arg int) Step    { return Step{Op: OpHeader, Arg: arg} }
func statusOr(arg, c int) Step  { return Step{Op: OpStatus, Arg: arg, Code: c, Variadic: true} }
func send(a API) API            { a.Complete = true; return a }
func sc(code, b int) []Step     { return []Step{status(code), body(b)} }
func scType(code, b int) []Step { return []Step{status(code), header("Content-Type"), body(b)} }

// Lookup returns what call does to a response, or nil when it is not a
// response API. Methods of http.ResponseWriter are recognised on every
// type that implements it (wrappers, recorders, framework writers).
func Lookup(info *types.Info, call *ast.CallExpr) *API {
	fn := typeref.Callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	recv := ""
	if r := fn.Signature().Recv(); r != nil {
		if isResponseWriter(r.Type()) {
			return writerMethod(fn.Name())
		}
		named := typeref.NamedOf(r.Type())
		if named == nil {
			return nil
		}
		recv = named.Obj().Name() + "."
	}
	fw := frameworkByPkg[fn.Pkg().Path()]
	if fw == nil {
		return nil
	}
	if api, ok := fw.apis[recv+fn.Name()]; ok {
		if api.resolve != nil {
			api = api.resolve(info, call, api)
		}
		return &api
	}
	return nil
}

// isResponseWriter reports whether t (or *t) has the method set of
// http.ResponseWriter: Header() http.Header, Write([]byte) (int, error)
// and WriteHeader(int).
func isResponseWriter(t types.Type) bool {
	// Most types have no WriteHeader at all: answer them without building
	// a method set, which is what this costs on a large package.
	if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "WriteHeader"); obj == nil {
		return false
	}
	ms := types.NewMethodSet(t)
	if _, isPtr := t.(*types.Pointer); !isPtr && !types.IsInterface(t) {
		ms = types.NewMethodSet(types.NewPointer(t))
	}
	var header, write, writeHeader bool
	for i := range ms.Len() {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok {
			continue
		}
		sig := fn.Signature()
		switch fn.Name() {
		case "Header":
			header = sig.Params().Len() == 0 && sig.Results().Len() == 1 && typeref.IsNamed(sig.Results().At(0).Type(), nethttp, "Header", false)
		case "Write":
			write = sig.Params().Len() == 1 && sig.Results().Len() == 2
		case "WriteHeader":
			writeHeader = sig.Params().Len() == 1 && sig.Results().Len() == 0
		}
	}
	return header && write && writeHeader
}

// StatusArg returns the expression that gives call's status, and the
// status the API implies when there is no such expression (a fixed code,
// or the default of an absent variadic argument). ok is false when the
// call sets no status.
func (a *API) StatusArg(call *ast.CallExpr) (arg ast.Expr, code int, ok bool) {
	for _, s := range a.Steps {
		if s.Op != OpStatus {
			continue
		}
		if s.Arg >= 0 && s.Arg < len(call.Args) && !(s.Variadic && call.Ellipsis.IsValid()) {
			return call.Args[s.Arg], 0, true
		}
		return nil, s.Code, true
	}
	return nil, 0, false
}

// Relevant is the fast path of every check: a package that imports no
// response API, directly or through a package it imports, writes no
// response and calls no helper that does.
func Relevant(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if writesResponses(imp.Path()) {
			return true
		}
		for _, imp2 := range imp.Imports() {
			if writesResponses(imp2.Path()) {
				return true
			}
		}
	}
	return false
}

func writesResponses(path string) bool {
	fw := frameworkByPkg[path]
	return fw != nil && len(fw.apis) > 0
}
