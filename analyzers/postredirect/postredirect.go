package postredirect

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/httpcall"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
	"github.com/statuslint/statuslint/catalog"
)

//go:embed doc.go
var doc string

// Analyzer reports 301/302 redirects of state-changing requests.
var Analyzer = &analysis.Analyzer{
	Name:     "postredirect",
	Doc:      checkdoc.MustExtract(doc, "postredirect"),
	URL:      checkdoc.URL("postredirect"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

var unsafe = map[string]bool{"POST": true, "PUT": true, "PATCH": true, "DELETE": true}

func run(pass *analysis.Pass) (any, error) {
	rep := report.New(pass)
	defer rep.Done()
	for fn := range respflow.Funcs(pass) {
		form := readsForm(pass, fn.Node)
		for _, ev := range fn.Events {
			if ev.Kind != respflow.Status {
				continue
			}
			code, method := redirect(ev)
			if code == 0 {
				continue
			}
			to := 308
			if code == 302 {
				if form {
					// Post/redirect/get after a browser form: every browser
					// follows a 302 with a GET, which is what the code wants;
					// 303 would only say it more precisely.
					continue
				}
				to = 307
			} else if form {
				to = 303
			}
			advice := fmt.Sprintf("send %s to keep the method, or 303 See Other after a form (post/redirect/get)", catalog.Phrase(to))
			if to == 303 {
				advice = "this handler reads a form: send 303 See Other so the browser follows with a GET on purpose (post/redirect/get), or 308 Permanent Redirect to keep the method"
			}
			d := analysis.Diagnostic{
				Pos: ev.Pos, End: ev.End,
				Message: fmt.Sprintf("%s redirect answers a %s: clients may follow it with a GET and drop the body; %s",
					catalog.Phrase(code), method, advice),
			}
			if edit, ok := fix(pass, ev.StatusExpr, to); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message:   fmt.Sprintf("Use %s", catalog.Phrase(to)),
					TextEdits: []analysis.TextEdit{edit},
				}}
			}
			rep.Report(d)
		}
	}
	return nil, nil
}

// redirect returns the 301 or 302 ev sends on a path known to serve a
// state-changing method, and that method.
func redirect(ev *respflow.Event) (int, string) {
	for _, pc := range ev.Codes() {
		if (pc.Code == 301 || pc.Code == 302) && unsafe[pc.Path.Method()] && pc.Path.Committed() != respflow.Yes {
			return pc.Code, pc.Path.Method()
		}
	}
	return 0, ""
}

// fix rewrites the status expression when it is a literal or a net/http
// constant; anything else (a variable, a helper's own choice) is left
// for a person.
func fix(pass *analysis.Pass, e ast.Expr, to int) (analysis.TextEdit, bool) {
	if e == nil {
		return analysis.TextEdit{}, false
	}
	info, _ := catalog.Lookup(to)
	var text string
	switch x := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		text = fmt.Sprint(to)
	case *ast.SelectorExpr:
		id, ok := x.X.(*ast.Ident)
		if !ok {
			return analysis.TextEdit{}, false
		}
		pkg, ok := pass.TypesInfo.Uses[id].(*types.PkgName)
		if !ok || pkg.Imported().Path() != "net/http" {
			return analysis.TextEdit{}, false
		}
		text = id.Name + "." + info.Const
	default:
		return analysis.TextEdit{}, false
	}
	return analysis.TextEdit{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}, true
}

// readsForm reports whether a handler serves a browser: it reads form
// values (directly, through fiber's BodyParser, or through a function
// named for a form, such as NewCategoryForm(r)), renders HTML (an
// html/template, c.HTML, c.Render, a helper named for HTML such as
// response.HTMLRedirect). That is post/redirect/get, where a GET after
// the redirect is the point.
func readsForm(pass *analysis.Pass, fn ast.Node) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if callee := httpcall.Callee(pass.TypesInfo, call); callee != nil {
			name := callee.Name()
			switch {
			case name == "BodyParser", name == "Render",
				strings.Contains(name, "Form") && !strings.Contains(name, "Format"),
				strings.Contains(strings.ToLower(name), "html"):
				found = true
			case (name == "Execute" || name == "ExecuteTemplate") && callee.Pkg() != nil && callee.Pkg().Path() == "html/template":
				found = true
			}
		}
		return true
	})
	return found
}
