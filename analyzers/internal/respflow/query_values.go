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

// CodeDecl returns the constant behind e when e names a declared
// constant, else nil: where a code chosen by name is written.
func CodeDecl(info *types.Info, e ast.Expr) *types.Const {
	var obj types.Object
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj = info.Uses[x]
	case *ast.SelectorExpr:
		obj = info.Uses[x.Sel]
	}
	c, _ := obj.(*types.Const)
	return c
}
