package errfacts

import (
	"go/ast"
	"go/types"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// constErrorFact marks an error whose text is fixed at compile time: a
// package-level sentinel (var ErrNotFound = errors.New("not found")), or
// the Error method of a type that returns only constants. Writing such
// an error exposes nothing the code did not choose to say.
type constErrorFact struct{}

// AFact marks constErrorFact as an analysis fact.
func (*constErrorFact) AFact() {}

func (*constErrorFact) String() string { return "constError" }

// findConstErrors exports the fact for this package's sentinels and
// constant Error methods.
func (m *finder) findConstErrors(files []*ast.File) {
	info := m.pass.TypesInfo
	for _, file := range files {
		for _, decl := range file.Decls {
			switch d := decl.(type) {
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					vs, ok := spec.(*ast.ValueSpec)
					if !ok || len(vs.Names) != len(vs.Values) {
						continue
					}
					for i, name := range vs.Names {
						v, ok := info.Defs[name].(*types.Var)
						if ok && isError(v.Type()) && m.constErrorExpr(vs.Values[i]) {
							m.pass.ExportObjectFact(v, &constErrorFact{})
						}
					}
				}
			case *ast.FuncDecl:
				if d.Recv == nil || d.Name.Name != "Error" || d.Body == nil || len(d.Type.Params.List) != 0 {
					continue
				}
				fn, ok := info.Defs[d.Name].(*types.Func)
				if ok && m.constStringReturns(d.Body) {
					m.pass.ExportObjectFact(fn, &constErrorFact{})
				}
			}
		}
	}
}

// constErrorExpr reports whether e builds an error with constant text:
// errors.New("..."), fmt.Errorf("...") with no arguments, or a framework
// error made from constants (echo.NewHTTPError(404), fiber.NewError(404, "...")).
func (m *finder) constErrorExpr(e ast.Expr) bool {
	info := m.pass.TypesInfo
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	callee := typeref.Callee(info, call)
	if callee == nil || callee.Pkg() == nil {
		return false
	}
	switch path, name := callee.Pkg().Path(), callee.Name(); {
	case path == "errors" && name == "New",
		path == "fmt" && name == "Errorf" && len(call.Args) == 1,
		frameworks.IsErrorCtor(callee):
		for _, a := range call.Args {
			if tv, ok := info.Types[a]; !ok || tv.Value == nil {
				return false
			}
		}
		return true
	}
	return false
}

// constStringReturns reports whether every return in body returns a
// constant string.
func (m *finder) constStringReturns(body *ast.BlockStmt) bool {
	ok, any := true, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			any = true
			if len(n.Results) != 1 || typeref.ConstString(m.pass.TypesInfo, n.Results[0]) == "" && !isConstant(m.pass.TypesInfo, n.Results[0]) {
				ok = false
			}
		}
		return ok
	})
	return ok && any
}

func isConstant(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil
}

// constError reports whether e is an error whose text is fixed: a
// sentinel, a constant-built error, or a value of a concrete type whose
// Error method returns constants.
func (m *finder) constError(e ast.Expr) bool {
	info := m.pass.TypesInfo
	e = ast.Unparen(e)
	if m.constErrorExpr(e) {
		return true
	}
	var obj types.Object
	switch x := e.(type) {
	case *ast.Ident:
		obj = info.Uses[x]
	case *ast.SelectorExpr:
		obj = info.Uses[x.Sel]
	}
	if v, ok := obj.(*types.Var); ok && v.Parent() == v.Pkg().Scope() {
		var fact constErrorFact
		if m.pass.ImportObjectFact(v, &fact) {
			return true
		}
	}
	t := info.TypeOf(e)
	if t == nil || types.IsInterface(t) {
		return false
	}
	ms := types.NewMethodSet(t)
	if sel := ms.Lookup(nil, "Error"); sel != nil {
		var fact constErrorFact
		if fn, ok := sel.Obj().(*types.Func); ok && m.pass.ImportObjectFact(fn, &fact) {
			return true
		}
	}
	return false
}
