package respflow

import (
	"go/ast"
	"go/types"
)

// ErrorCode reports whether e is a constant that reads as an application
// error code where a body carries an outcome code: a constant named for
// an error or a failure, or a number that is negative or has the leading
// digit of an HTTP error class (429, 503, 40001).
func ErrorCode(info *types.Info, e ast.Expr) bool { return errorCodeConst(info, e) }

// Params returns the indexes of the function's parameters whose values
// flow into the body, in the order they were met.
func (v *Value) Params() []int { return v.params }

// CallOf returns the call in f that event e comes from, or nil: the
// arguments a helper's event was expanded from.
func (f *Func) CallOf(e *Event) *ast.CallExpr {
	var found *ast.CallExpr
	ast.Inspect(f.Node, func(n ast.Node) bool {
		if found != nil || n == nil || n.End() <= e.Pos || n.Pos() > e.Pos {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok && call.Pos() == e.Pos && call.End() == e.End {
			found = call
			return false
		}
		return true
	})
	return found
}
