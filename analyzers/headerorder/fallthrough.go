package headerorder

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/ast/astutil"
)

// missingReturn reports whether the response written at first sits in
// an if-branch that falls through (no return after it) into the
// statement that holds second, a later statement of the same block:
//
//	if bad {
//		c.JSON(409, ...) // no return
//	}
//	c.JSON(200, ...)     // runs too, on that path
//
// Every path into that branch reaches the second write, so it is a
// second response there whatever the conditions say.
func missingReturn(fn ast.Node, first, second token.Pos) bool {
	path, _ := astutil.PathEnclosingInterval(fileOf(fn), first, first)
	for i, n := range path {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || i == 0 || !(ifs.Body.Pos() <= first && first < ifs.Body.End()) {
			continue
		}
		if ifs.Else != nil || terminates(ifs.Body) {
			return false
		}
		// The if must be a statement of a block that goes on to second.
		if i+1 >= len(path) {
			return false
		}
		block, ok := path[i+1].(*ast.BlockStmt)
		if !ok {
			return false
		}
		after := false
		for _, st := range block.List {
			if st == ast.Stmt(ifs) {
				after = true
				continue
			}
			if after && st.Pos() <= second && second < st.End() {
				// second must be a plain statement of that block, not inside
				// a branch of its own.
				_, isExpr := st.(*ast.ExprStmt)
				_, isRet := st.(*ast.ReturnStmt)
				return isExpr || isRet
			}
		}
		return false
	}
	return false
}

// terminates reports whether a block ends in a statement after which
// nothing runs (return, panic, goto, break, continue).
func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// fileOf wraps a function so PathEnclosingInterval can walk it.
func fileOf(fn ast.Node) *ast.File {
	var decls []ast.Decl
	switch f := fn.(type) {
	case *ast.FuncDecl:
		decls = []ast.Decl{f}
	case *ast.FuncLit:
		decls = []ast.Decl{&ast.FuncDecl{Name: ast.NewIdent("_"), Type: f.Type, Body: f.Body}}
	}
	return &ast.File{Name: ast.NewIdent("_"), Decls: decls}
}
