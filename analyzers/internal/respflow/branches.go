package respflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// findBranches records the ranges of code taken on failure (if err !=
// nil, if !ok, a case of errors.Is) and only in debug mode.
func (f *funcState) findBranches() {
	info := f.m.pass.TypesInfo
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if debugSwitch(n.Cond) {
				f.debug = append(f.debug, [2]token.Pos{n.Body.Pos(), n.Body.End()})
			}
			switch failure(info, n.Cond) {
			case yes:
				f.errs = append(f.errs, [2]token.Pos{n.Body.Pos(), n.Body.End()})
			case no:
				if n.Else != nil {
					f.errs = append(f.errs, [2]token.Pos{n.Else.Pos(), n.Else.End()})
				}
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				if debugSwitch(e) {
					f.debug = append(f.debug, [2]token.Pos{n.Colon, n.End()})
				}
				if failure(info, e) == yes {
					f.errs = append(f.errs, [2]token.Pos{n.Colon, n.End()})
					break
				}
			}
		}
		return true
	})
}

// failure says whether cond being true means a failure (Yes), success
// (No: the else branch is the failure), or neither (Maybe).
func failure(info *types.Info, cond ast.Expr) tri {
	switch c := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LOR, token.LAND:
			if failure(info, c.X) == yes || failure(info, c.Y) == yes {
				return yes
			}
		case token.NEQ, token.EQL:
			x, y := c.X, c.Y
			if isNil(info, x) {
				x, y = y, x
			}
			if !isNil(info, y) {
				return maybe
			}
			isErr := isError(info.TypeOf(x))
			if isErr == (c.Op == token.NEQ) {
				return yes
			}
			if isErr {
				return no
			}
		}
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			return yes
		}
	case *ast.CallExpr:
		if fn := typeref.Callee(info, c); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && (fn.Name() == "Is" || fn.Name() == "As") {
			return yes
		}
	}
	return maybe
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func isError(t types.Type) bool {
	return t != nil && types.Implements(t, errorType)
}

// inError reports whether pos lies in a failure branch.
func (f *funcState) inError(pos token.Pos) bool { return inRanges(f.errs, pos) }

// inDebug reports whether pos lies in a branch taken only in debug mode.
func (f *funcState) inDebug(pos token.Pos) bool { return inRanges(f.debug, pos) }

func inRanges(rs [][2]token.Pos, pos token.Pos) bool {
	for _, r := range rs {
		if r[0] <= pos && pos < r[1] {
			return true
		}
	}
	return false
}

// debugSwitch reports whether a condition tests a debug or development
// switch (s.debug, cfg.Debug, isDev, verbose...): what is written under
// it is meant for developers, not for production clients.
func debugSwitch(cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return !found
		}
		name := strings.ToLower(id.Name)
		switch {
		case strings.Contains(name, "debug"), strings.Contains(name, "verbose"),
			name == "dev", name == "isdev", name == "development", name == "isdevelopment", name == "devmode":
			found = true
		}
		return !found
	})
	return found
}
