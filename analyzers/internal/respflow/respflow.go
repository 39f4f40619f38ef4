// Package respflow is the response model every flow check asks its
// questions of. Once per package it finds the functions that write an
// HTTP response (net/http, gin, echo, fiber), lists what each does to the
// response as events in control-flow order, and runs a small path-aware
// dataflow over the function's CFG so that every event knows, for each
// class of paths reaching it, the status already sent, the headers set,
// whether the body started and which request methods are possible.
//
// Helpers that write a response for their caller are summarised as a
// fact, so a call to writeJSON(w, 429, v) in any package is judged like
// the code it stands for. A response that escapes into code the model
// cannot see makes the path opaque, and opaque paths answer "unknown":
// checks stay silent there.
//
// The package reports nothing and has no flags.
package respflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/statuslint/statuslint/analyzers/internal/httpcall"
)

// Analyzer builds the model; checks require it and read *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "respflow",
	Doc:        "build the statuslint response-flow model (reports nothing)",
	Run:        run,
	Requires:   []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{(*HelperFact)(nil), (*ConstReturnsFact)(nil), (*ConstErrorFact)(nil)},
}

// Result is the model of one package.
type Result struct {
	// Funcs are the functions that write a response, in source order.
	Funcs []*Func
}

// Func is one function (declaration or literal) that writes a response.
type Func struct {
	Node ast.Node // *ast.FuncDecl or *ast.FuncLit
	Name string   // for messages: "getJob", "func literal"
	// Outer names the declared function a literal sits in ("" for a
	// declaration): newReadinessProbe for the handler it returns.
	Outer string
	// Handler: the function is an entry point that starts a fresh
	// response (a handler signature, a ServeHTTP method, a literal given
	// to HandleFunc). Other writers (helpers, closures) start from an
	// unknown response.
	Handler bool
	// Methods the function is registered for, when every registration
	// the package makes names methods ("POST /jobs", .Methods("POST"),
	// r.POST(...)). Empty when unknown.
	Methods []string
	Events  []*Event
}

// Kind is what an event does.
type Kind int

const (
	SetHeader Kind = iota // a header set or added
	DelHeader             // a header deleted
	Status                // the status line chosen (WriteHeader and friends)
	Body                  // bytes written to the body
	Escape                // the response went where the model cannot follow
)

func (k Kind) String() string {
	return [...]string{"SetHeader", "DelHeader", "Status", "Body", "Escape"}[k]
}

// Event is one thing a function does to its response.
type Event struct {
	Kind   Kind
	Pos    token.Pos // the call (or statement) that does it
	End    token.Pos
	Header string // SetHeader/DelHeader: canonical name; "" when not constant
	// Via names the API or helper: "http.Error", "WriteHeader",
	// "gin.Context.JSON", "writeJSON".
	Via string
	// Helper is the function whose summary this event came from, nil for
	// direct calls.
	Helper *types.Func
	// Complete: the event is part of an API that sends a whole response
	// (http.Error, c.JSON, a helper that does).
	Complete bool
	// NoCommit: the event records a status or body that goes out only
	// later (gin's c.Status, fiber), so headers set after it still count.
	NoCommit bool
	// StatusExpr is the expression choosing a Status at this site, nil
	// when the API or helper fixes it (then Code holds it, 0 if unknown).
	StatusExpr ast.Expr
	Code       int
	// Value is what a Body event writes (nil when the API writes content
	// of its own, such as a redirect note).
	Value *Value
	// ErrorBranch: the event sits in a branch taken on failure
	// (if err != nil, if !ok, a case of errors.Is...).
	ErrorBranch bool
	// DebugOnly: the event sits in a branch taken only in debug mode
	// (if s.debug, if cfg.Debug...).
	DebugOnly bool
	// Paths are the path classes reaching the event, each with the
	// response's state just before it. Empty when no path reaches it.
	Paths []*Path
}

// Codes returns, for each path class, the status this Status event sends
// (-1 when unknown), paired with the path.
func (e *Event) Codes() []PathCode {
	var out []PathCode
	for _, p := range e.Paths {
		out = append(out, PathCode{Path: p, Code: p.eventCode})
	}
	return out
}

// PathCode pairs a path with the status an event sends on it.
type PathCode struct {
	Path *Path
	Code int
}

// isResponseType reports whether t is a response: a type implementing
// http.ResponseWriter, *gin.Context, echo.Context or *fiber.Ctx.
func isResponseType(t types.Type) bool {
	if t == nil {
		return false
	}
	if isNamed(t, ginPkg, "Context", true) || isNamed(t, echoPkg, "Context", false) || isNamed(t, fiberPkg, "Ctx", true) {
		return true
	}
	if _, ok := t.Underlying().(*types.Basic); ok {
		return false
	}
	return httpcall.IsResponseWriter(t)
}

const (
	ginPkg   = "github.com/gin-gonic/gin"
	echoPkg  = "github.com/labstack/echo/v4"
	fiberPkg = "github.com/gofiber/fiber/v2"
)

func isNamed(t types.Type, pkg, name string, ptr bool) bool {
	if ptr {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			return false
		}
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}
