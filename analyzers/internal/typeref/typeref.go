// Package typeref answers the small questions every part of statuslint
// asks of go/types: which function a call invokes, whether a type is (a
// pointer to) a given named type, and the constant an expression holds.
package typeref

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Callee returns the function or method a call invokes, or nil.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// IsNamed reports whether t is the named type pkg.name, or a pointer to
// it when ptr is set.
func IsNamed(t types.Type, pkg, name string, ptr bool) bool {
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

// NamedOf returns the named type of t or *t, or nil.
func NamedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// ConstInt returns the integer a constant value holds, if it is one that
// fits an int.
func ConstInt(v constant.Value) (int, bool) {
	if v.Kind() != constant.Int {
		return 0, false
	}
	c, ok := constant.Int64Val(v)
	return int(c), ok
}

// ConstString returns the constant string e holds, or "".
func ConstString(info *types.Info, e ast.Expr) string {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}
