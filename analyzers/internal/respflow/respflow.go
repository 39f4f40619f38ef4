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
// Where the work is done:
//   - model.go: the per-package run over entry points and helpers (the
//     entries analyzer says which functions are entry points, which
//     methods they serve, which serve fake test servers and which
//     answer probes; query_entry.go keeps what it says);
//   - writer.go: which variables hold the response;
//   - capability.go: where the response escapes (only into code that can
//     write it);
//   - branches.go: failure and debug-only branches;
//   - extract.go and calls.go: CFG nodes and calls to events;
//   - outcome.go: helpers whose effect depends on what they return;
//   - returns.go: the returns of errors that carry a status (the errfacts
//     analyzer says which do), and the responses they become;
//   - flow.go and state.go: the dataflow and the state on a path class;
//   - facts.go: what is exported to other packages (the errfacts analyzer
//     exports what is known of errors);
//   - shape.go and defs.go: what a body value carries;
//   - query*.go: the questions checks, coverage and routes ask.
//
// What a framework's calls do is not written here but in the frameworks package's
// adapters.
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

	"github.com/statuslint/statuslint/analyzers/internal/entries"
	"github.com/statuslint/statuslint/analyzers/internal/errfacts"
	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
)

// Analyzer builds the model; checks require it and read *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "respflow",
	Doc:        "build the statuslint response-flow model (reports nothing)",
	Run:        guard.Run(run),
	Requires:   []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, entries.Analyzer, errfacts.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{(*helperFact)(nil), (*constReturnsFact)(nil)},
}

// Result is the model of one package.
type Result struct {
	funcs []*Func // every function given a response, in source order
}

// Func is one function (declaration or literal) given a response.
type Func struct {
	Node ast.Node // *ast.FuncDecl or *ast.FuncLit
	Name string   // for messages: "getJob", "func literal"
	// Outer names the declared function a literal sits in ("" for a
	// declaration): newReadinessProbe for the handler it returns.
	Outer string
	// Entry: the function is an entry point that starts a fresh response
	// (a handler signature, a ServeHTTP method, a literal given to
	// HandleFunc). Other functions (helpers, closures) start from an
	// unknown response.
	Entry bool
	// Unsolved: the function was too tangled for the dataflow's budget;
	// it has no events and checks say nothing about it.
	Unsolved bool
	Events   []*Event
	writes   bool        // some event changes the response
	obj      *types.Func // the declared function, nil for a literal
	probe    *probeInfo  // a health or readiness probe (query_entry.go)
	// unknownReturns are returns of an error whose status the model
	// cannot name, to the adapter or central handler that answers it.
	unknownReturns []Site
}

// Obj returns the declared function, or nil for a function literal.
func (f *Func) Obj() *types.Func { return f.obj }

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

// Source is the kind of code an event comes from.
type Source = frameworks.Source

// The sources, as the frameworks package defines them.
const (
	SrcWriter  = frameworks.SrcWriter
	SrcHeader  = frameworks.SrcHeader
	SrcError   = frameworks.SrcError
	SrcAPI     = frameworks.SrcAPI
	SrcFormat  = frameworks.SrcFormat
	SrcText    = frameworks.SrcText
	SrcEncoder = frameworks.SrcEncoder
	SrcHelper  = frameworks.SrcHelper
	SrcEscape  = frameworks.SrcEscape
)

// Event is one thing a function does to its response.
type Event struct {
	Kind   Kind
	Pos    token.Pos // the call (or statement) that does it
	End    token.Pos
	Header string // SetHeader/DelHeader: canonical name; "" when not constant
	Source Source
	// Via names the API or helper, for messages only: "http.Error",
	// "WriteHeader", "gin.Context.JSON", "writeJSON". For an Escape it
	// says why the model lost the response.
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
	// when the API or helper fixes it (then code holds it, 0 if unknown).
	StatusExpr ast.Expr
	code       int
	// Value is what a Body event writes (nil when the API writes content
	// of its own, such as a redirect note).
	Value *Value
	// ErrorBranch: the event sits in a branch taken on failure
	// (if err != nil, if !ok, a case of errors.Is...).
	ErrorBranch bool
	// DebugOnly: the event sits in a branch taken only in debug mode
	// (if s.debug, if cfg.Debug...).
	DebugOnly bool
	// Why says, for an Escape, what happened to the response.
	Why Why
	// states are the response's states just before the event, one per
	// class of paths reaching it. Empty when no path reaches it.
	states []*state
	// call holds every event of the same call, this one included.
	call []*Event
	// returned: the event is a returned error (or status) that the
	// framework or adapter answers once the function has returned, so
	// nothing the function does later can add to it.
	returned bool
}

// Why is the kind of an escape: where the response went that the model
// could not follow. Coverage counts escapes by it.
type Why uint8

const (
	WhyOther     Why = iota // used in an expression the model does not follow
	WhyPassed               // passed to a function that has no summary
	WhyHelper               // passed to a helper whose effect differs by path
	WhyMethod               // a method of the response that is not modelled
	WhyFramework            // a framework method that may write
	WhyCaptured             // captured by a function literal
	WhyStored               // stored in a variable, field or literal
	WhyReturned             // returned, sent on a channel or handed to a goroutine
)

func (w Why) String() string {
	return [...]string{"other", "passed", "helper", "method", "framework", "captured", "stored", "returned"}[w]
}

// isResponseType reports whether a value of type t is a response.
func isResponseType(t types.Type) bool { return frameworks.IsResponse(t) }
