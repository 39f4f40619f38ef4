package postredirect

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
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
	b := &browsers{pass: pass, memo: map[ast.Node]bool{}}
	// A helper that inherits its callers' method reports the redirect
	// where it is written; its call sites would say it again.
	once := rep.Once()
	defer once.Flush()
	for fn := range respflow.Funcs(pass) {
		form := -1 // not yet known
		for _, ev := range fn.Events {
			if ev.Kind != respflow.Status {
				continue
			}
			code, method := redirect(ev)
			if code == 0 {
				continue
			}
			if form < 0 {
				form = 0
				if b.serves(fn.Node, !fn.Entry) {
					form = 1
				}
			}
			to := 308
			if code == 302 {
				if form == 1 {
					// Post/redirect/get after a browser form: every browser
					// follows a 302 with a GET, which is what the code wants;
					// 303 would only say it more precisely.
					continue
				}
				to = 307
			} else if form == 1 {
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
			switch {
			case ev.Helper != nil:
				once.Via(ev.Helper, d)
			case fn.Obj() != nil:
				once.Root(fn.Obj(), d, "")
			default:
				once.Report(d)
			}
		}
	}
	return nil, nil
}

// redirect returns the 301 or 302 ev sends on a path known to serve a
// state-changing method, and that method.
func redirect(ev *respflow.Event) (int, string) {
	for _, sc := range ev.Sends() {
		if (sc.Code == 301 || sc.Code == 302) && unsafe[sc.Method()] {
			return sc.Code, sc.Method()
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
		if !ok || !frameworks.IsNetHTTP(pkg.Imported()) {
			return analysis.TextEdit{}, false
		}
		text = id.Name + "." + info.Const
	default:
		return analysis.TextEdit{}, false
	}
	return analysis.TextEdit{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}, true
}

// browsers tells which functions serve a browser.
type browsers struct {
	pass    *analysis.Pass
	memo    map[ast.Node]bool
	callers map[*types.Func][]ast.Node // functions calling each function of the package
}

// serves reports whether fn serves a browser: it reads a form or renders
// HTML (see readsForm), or, for a helper, is named for HTML or is called
// from a function that serves a browser: a helper inherits its callers'
// method, so it inherits their browser too.
func (b *browsers) serves(fn ast.Node, helper bool) bool {
	if done, ok := b.memo[fn]; ok {
		return done
	}
	b.memo[fn] = false // a cycle: no
	got := readsForm(b.pass, fn)
	if decl, ok := fn.(*ast.FuncDecl); ok && helper && !got {
		got = strings.Contains(strings.ToLower(decl.Name.Name), "html")
		obj, _ := b.pass.TypesInfo.Defs[decl.Name].(*types.Func)
		for _, c := range b.callersOf(obj) {
			got = got || b.serves(c, true)
		}
	}
	b.memo[fn] = got
	return got
}

func (b *browsers) callersOf(fn *types.Func) []ast.Node {
	if b.callers == nil {
		b.callers = map[*types.Func][]ast.Node{}
		for _, file := range b.pass.Files {
			var funcs []ast.Node
			ast.Inspect(file, func(n ast.Node) bool {
				if n == nil {
					return true
				}
				switch x := n.(type) {
				case *ast.FuncDecl:
					funcs = []ast.Node{x}
				case *ast.FuncLit:
					funcs = append(funcs, x)
				case *ast.CallExpr:
					if callee := typeref.Callee(b.pass.TypesInfo, x); callee != nil && callee.Pkg() == b.pass.Pkg {
						for i := len(funcs) - 1; i >= 0; i-- {
							if funcs[i].Pos() <= x.Pos() && x.End() <= funcs[i].End() {
								b.callers[callee] = append(b.callers[callee], funcs[i])
								break
							}
						}
					}
				}
				return true
			})
		}
	}
	return b.callers[fn]
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
		if callee := typeref.Callee(pass.TypesInfo, call); callee != nil {
			name := callee.Name()
			switch {
			case frameworks.ParsesBody(name), name == "Render",
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
