package unknowncode

import (
	_ "embed"
	"flag"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

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

// Analyzer reports invalid and unregistered status codes.
var Analyzer = &analysis.Analyzer{
	Name:     "unknowncode",
	Doc:      checkdoc.MustExtract(doc, "unknowncode"),
	URL:      checkdoc.URL("unknowncode"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{inspect.Analyzer, ignore.Analyzer, respflow.Analyzer},
}

// allow holds the codes a team sends on purpose.
var allow codeList

func init() {
	Analyzer.Flags.Var(&allow, "allow", "comma-separated status codes from 100 to 999 to accept although unregistered, e.g. 499,520")
}

// codeList is a flag.Value of comma-separated status codes.
type codeList []int

var _ flag.Value = (*codeList)(nil)

func (l *codeList) String() string {
	if l == nil {
		return ""
	}
	s := make([]string, len(*l))
	for i, c := range *l {
		s[i] = strconv.Itoa(c)
	}
	return strings.Join(s, ",")
}

func (l *codeList) Set(v string) error {
	var codes []int
	for f := range strings.SplitSeq(v, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		c, err := strconv.Atoi(f)
		if err != nil || c < 100 || c > 999 {
			return fmt.Errorf("%q is not a status code from 100 to 999", f)
		}
		codes = append(codes, c)
	}
	*l = codes
	return nil
}

func run(pass *analysis.Pass) (any, error) {
	r := report.New(pass)
	defer r.Done()
	if !frameworks.Relevant(pass.Pkg) {
		return nil, nil
	}
	c := &codes{pass: pass, once: r.Once(), seen: map[token.Pos]bool{}}
	defer c.once.Flush()
	c.sentinels()

	// Statuses given to response APIs as constants, wherever the call is.
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for n := range ins.PreorderSeq((*ast.CallExpr)(nil)) {
		call := n.(*ast.CallExpr)
		api := frameworks.Lookup(pass.TypesInfo, call)
		if api == nil {
			continue
		}
		arg, _, ok := api.StatusArg(call)
		if !ok || arg == nil || c.unsent(call) {
			continue // no status, one the API chooses itself, or an error never sent
		}
		guard.Enter(pass, call.Pos())
		c.judge(arg, arg.Pos(), keepsStatus(typeref.Callee(pass.TypesInfo, call)))
	}
	// Statuses the model sees sent through helpers, variables and
	// mapping functions.
	for fn := range respflow.Funcs(pass) {
		for _, ev := range fn.Events {
			if ev.Kind != respflow.Status || ev.StatusExpr == nil {
				continue
			}
			keep := ev.Helper != nil && keepsStatus(ev.Helper)
			if ev.Helper == nil {
				if call := fn.CallOf(ev); call != nil {
					keep = keepsStatus(typeref.Callee(pass.TypesInfo, call))
				}
			}
			c.sources(fn, ev, keep)
		}
	}
	c.constants()
	return nil, nil
}

// codes is one package's run: what was reported, and the uses of each
// package-level constant, reported once at the constant.
type codes struct {
	pass *analysis.Pass
	// once holds the findings; a package-level constant is a root,
	// reported once with the places it is sent as its uses.
	once *report.Once
	seen map[token.Pos]bool // expressions already judged
	// unused are the ranges of package-level initialisers of error
	// values that no function of the package uses: a full table of
	// sentinels sends none of them.
	unused [][2]token.Pos
}

// judge reports the constant status e when it is a problem; sent is
// where it is sent, for a constant's related positions. keep is set for
// APIs that read zero and negative codes as "keep the current status".
func (c *codes) judge(e ast.Expr, sent token.Pos, keep bool) {
	if c.seen[e.Pos()] {
		return
	}
	tv := c.pass.TypesInfo.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.Int {
		return
	}
	code, exact := constant.Int64Val(tv.Value)
	if !exact || keep && code <= 0 || problem(int(code)) == "" {
		return
	}
	c.seen[e.Pos()] = true
	if k := localConst(c.pass, e); k != nil {
		if !slices.Contains(c.once.Uses(k), sent) {
			c.once.Use(k, sent)
		}
		return
	}
	c.once.Report(analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Message: problem(int(code))})
}

// sources judges the expressions that choose the status of a Status
// event: the constant given to a helper, the constants assigned to the
// variable it reads, or those a mapping function of this package
// returns.
func (c *codes) sources(fn *respflow.Func, ev *respflow.Event, keep bool) {
	info := c.pass.TypesInfo
	e := ast.Unparen(ev.StatusExpr)
	if tv := info.Types[e]; tv.Value != nil {
		c.judge(e, e.Pos(), keep)
		return
	}
	switch x := e.(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		if !ok || v.Pkg() != c.pass.Pkg || v.Parent() == c.pass.Pkg.Scope() {
			return
		}
		sent := sentCodes(ev)
		ast.Inspect(fn.Node, func(n ast.Node) bool {
			for i, l := range lhsOf(n) {
				if id, ok := l.(*ast.Ident); ok && info.ObjectOf(id) == v {
					if rhs := rhsOf(n, i); rhs != nil && sent[constCode(info, rhs)] {
						c.judge(rhs, ev.StatusExpr.Pos(), keep)
					}
				}
			}
			return true
		})
	case *ast.CallExpr:
		callee := typeref.Callee(info, x)
		if callee == nil || callee.Pkg() != c.pass.Pkg {
			return
		}
		decl := declOf(c.pass, callee)
		if decl == nil || decl.Body == nil {
			return
		}
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) == 1 {
					c.judge(n.Results[0], x.Pos(), keep)
				}
			}
			return true
		})
	}
}

// sentCodes returns the codes a Status event sends on some path.
func sentCodes(ev *respflow.Event) map[int64]bool {
	out := map[int64]bool{}
	for _, sc := range ev.Sends() {
		out[int64(sc.Code)] = true
	}
	return out
}

func constCode(info *types.Info, e ast.Expr) int64 {
	tv := info.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.Int {
		return -1 << 62
	}
	c, _ := constant.Int64Val(tv.Value)
	return c
}

func lhsOf(n ast.Node) []ast.Expr {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
			return n.Lhs
		}
	case *ast.ValueSpec:
		out := make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			out[i] = id
		}
		return out
	}
	return nil
}

func rhsOf(n ast.Node, i int) ast.Expr {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			return n.Rhs[i]
		}
	case *ast.ValueSpec:
		if len(n.Names) == len(n.Values) {
			return n.Values[i]
		}
	}
	return nil
}

// declOf returns the declaration of a function of this package.
func declOf(pass *analysis.Pass, fn *types.Func) *ast.FuncDecl {
	for _, f := range pass.Files {
		if f.FileStart <= fn.Pos() && fn.Pos() < f.FileEnd {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Pos() == fn.Pos() {
					return fd
				}
			}
		}
	}
	return nil
}

// keepsStatus reports whether fn belongs to a framework whose writer
// reads a status of zero or less as "keep the current one" (gin's
// c.Render(-1, sse)), or is a helper handed its context.
func keepsStatus(fn *types.Func) bool { return frameworks.KeepsStatus(fn) }

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// sentinels finds the package-level error values built with a status
// (echo.NewHTTPError(http.StatusTeapot)) that no function of the
// package uses: part of a full table, never sent here.
func (c *codes) sentinels() {
	info := c.pass.TypesInfo
	used := map[types.Object]bool{}
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						used[info.Uses[id]] = true
					}
					return true
				})
			}
		}
	}
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				inUse := false
				for _, id := range vs.Names {
					obj := info.Defs[id]
					inUse = inUse || used[obj] || obj == nil || !types.Implements(obj.Type(), errorType)
				}
				if !inUse {
					c.unused = append(c.unused, [2]token.Pos{vs.Pos(), vs.End()})
				}
			}
		}
	}
}

// unsent reports whether call builds a package-level error value that
// nothing in the package sends.
func (c *codes) unsent(call *ast.CallExpr) bool {
	for _, r := range c.unused {
		if r[0] <= call.Pos() && call.End() <= r[1] {
			return true
		}
	}
	return false
}

// constants reports each package-level constant once, at its
// declaration, with the places it is sent.
func (c *codes) constants() {
	for _, root := range c.once.Roots() {
		k := root.(*types.Const)
		code, _ := constant.Int64Val(k.Val())
		where := "1 place"
		if n := len(c.once.Uses(k)); n > 1 {
			where = fmt.Sprintf("%d places", n)
		}
		c.once.Root(k, analysis.Diagnostic{
			Pos:     k.Pos(),
			Message: fmt.Sprintf("%s (constant %s, sent as a status at %s)", problem(int(code)), k.Name(), where),
		}, "sent here")
	}
}

// problem says what is wrong with code, or "" when it is fine.
func problem(code int) string {
	if slices.Contains(allow, code) {
		return ""
	}
	switch {
	case code < 100 || code > 999:
		return fmt.Sprintf("status %d is outside 100-999 and net/http panics when it is sent; use a registered code (statuslint explain all)", code)
	case code >= 600:
		return fmt.Sprintf("status %d is in no HTTP class, so clients and proxies cannot tell success from failure; send a registered code and carry your own code in the body", code)
	}
	if c, ok := catalog.Lookup(code); ok && c.Registered {
		return ""
	}
	what := "is not a registered HTTP status code"
	if _, ok := catalog.Lookup(code); ok {
		what = "is reserved and unused in the HTTP status registry"
	}
	if code < 200 {
		// An interim response has no body to carry a code of our own.
		return fmt.Sprintf("status %d %s; clients do not know what to do with an unknown interim response: send a registered 1xx, or none", code, what)
	}
	if n, ok := catalog.Nearest(code); ok {
		return fmt.Sprintf("status %d %s; tools that classify by number see only a %s: send %s and carry your own code in the body", code, what, n.Class(), catalog.Phrase(n.Code))
	}
	return fmt.Sprintf("status %d %s; send a registered code and carry your own code in the body", code, what)
}

// localConst returns the package-level constant of this package that
// expr names, if any.
func localConst(pass *analysis.Pass, expr ast.Expr) *types.Const {
	id, ok := ast.Unparen(expr).(*ast.Ident)
	if !ok {
		return nil
	}
	c, ok := pass.TypesInfo.Uses[id].(*types.Const)
	if !ok || c.Pkg() != pass.Pkg || c.Parent() != pass.Pkg.Scope() {
		return nil
	}
	return c
}
