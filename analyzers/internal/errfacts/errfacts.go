// Package errfacts records, as facts across packages, what the response
// model needs to know of a package's errors: the errors that carry an
// HTTP status (an error type with a status field, a value or constructor
// that builds one; errstatus.go), and the errors whose text is fixed at
// compile time (consterr.go). It runs on every package, HTTP or not:
// sentinel errors live in packages that write no response.
//
// The package reports nothing and has no flags.
package errfacts

import (
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/guard"
)

// Analyzer exports the facts; the response model requires it and asks
// *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "errfacts",
	Doc:        "record the errors that carry a status or a fixed text (reports nothing)",
	Run:        guard.Run(run),
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{(*constErrorFact)(nil), (*statusErrorFact)(nil), (*statusFieldFact)(nil)},
}

// Result answers questions about error expressions of the package, from
// its syntax and the facts of the packages it imports.
type Result struct {
	m *finder
}

// finder is the per-package state of the analysis.
type finder struct {
	pass *analysis.Pass
}

func run(pass *analysis.Pass) (any, error) {
	m := &finder{pass: pass}
	m.findConstErrors(pass.Files)
	m.findStatusErrors(pass.Files)
	return &Result{m}, nil
}

// Status is the HTTP status an error carries.
type Status struct {
	Code int
	// Framework: the framework's own constructor built the error
	// (echo.NewHTTPError, fiber.NewError), which its default error
	// handler reads; other status errors need the application's handler.
	Framework bool
	// MayHeaders: the error's type has fields for headers (RetryAfter,
	// Allow, Location) that its handler may set.
	MayHeaders bool
}

// Status returns the status the error expression e carries, when it is
// known: a framework error constructor with a constant code, a function
// or value known to build a status error, a literal of a type with a
// status field, or a local that def says is defined once as one of
// those (def returns nil for other locals; def may be nil).
func (r *Result) Status(e ast.Expr, def func(*types.Var) ast.Expr) (Status, bool) {
	se, ok := r.m.errorStatus(def, e)
	return Status{Code: se.code, Framework: se.framework, MayHeaders: se.mayHeaders}, ok
}

// ConstText reports whether e is an error whose text is fixed: a
// sentinel, a constant-built error, or a value of a concrete type whose
// Error method returns constants.
func (r *Result) ConstText(e ast.Expr) bool { return r.m.constError(e) }

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func isError(t types.Type) bool {
	return t != nil && types.Implements(t, errorType)
}
