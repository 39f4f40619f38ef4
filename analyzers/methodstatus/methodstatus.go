package methodstatus

import (
	_ "embed"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
)

//go:embed doc.go
var doc string

// Analyzer reports method checks answered with 501.
var Analyzer = &analysis.Analyzer{
	Name:     "methodstatus",
	Doc:      checkdoc.MustExtract(doc, "methodstatus"),
	URL:      checkdoc.URL("methodstatus"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	rep := report.New(pass)
	defer rep.Done()
	for fn := range respflow.Funcs(pass) {
		var ranges [][2]token.Pos
		for _, ev := range fn.Events {
			if ev.Kind != respflow.Status || !sends501(ev) {
				continue
			}
			if ranges == nil {
				ranges = methodBranches(pass, fn.Node)
			}
			for _, r := range ranges {
				if r[0] <= ev.Pos && ev.Pos < r[1] {
					rep.Reportf(ev.Pos, "501 Not Implemented answers a method this handler does not serve; send 405 Method Not Allowed with an Allow header listing the methods it does")
					break
				}
			}
		}
	}
	return nil, nil
}

func sends501(ev *respflow.Event) bool {
	_, ok := ev.SendsWhere(func(code int) bool { return code == 501 })
	return ok
}

// methodBranches returns the ranges of code that runs because of the
// request method: the branches of an if that tests it, and the cases
// (default included) of a switch on it.
func methodBranches(pass *analysis.Pass, fn ast.Node) [][2]token.Pos {
	var out [][2]token.Pos
	mentions := func(e ast.Node) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if x, ok := n.(ast.Expr); ok && frameworks.IsRequestMethod(pass.TypesInfo, x) {
				found = true
			}
			return !found
		})
		return found
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.IfStmt:
			if mentions(s.Cond) {
				out = append(out, [2]token.Pos{s.Body.Pos(), s.End()})
			}
		case *ast.SwitchStmt:
			if s.Tag != nil && mentions(s.Tag) {
				out = append(out, [2]token.Pos{s.Body.Pos(), s.Body.End()})
			}
		}
		return true
	})
	return out
}
