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
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/httpcall"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/report"
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
	Requires: []*analysis.Analyzer{inspect.Analyzer, ignore.Analyzer},
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
	if !httpcall.Relevant(pass.Pkg) {
		return nil, nil
	}
	// Uses of one package-level constant are one root cause: report them
	// once, at the constant, in source order of first use.
	var consts []*types.Const
	uses := map[*types.Const][]token.Pos{}

	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for n := range ins.PreorderSeq((*ast.CallExpr)(nil)) {
		call := n.(*ast.CallExpr)
		api := httpcall.Lookup(pass.TypesInfo, call)
		if api == nil {
			continue
		}
		arg, _, ok := api.StatusArg(call)
		if !ok || arg == nil {
			continue // no status, or one the API chooses itself
		}
		tv := pass.TypesInfo.Types[arg]
		if tv.Value == nil || tv.Value.Kind() != constant.Int {
			continue
		}
		code, exact := constant.Int64Val(tv.Value)
		if !exact || problem(int(code)) == "" {
			continue
		}
		guard.Enter(pass, call.Pos())
		if c := localConst(pass, arg); c != nil {
			if _, seen := uses[c]; !seen {
				consts = append(consts, c)
			}
			uses[c] = append(uses[c], arg.Pos())
			continue
		}
		r.Report(analysis.Diagnostic{Pos: arg.Pos(), End: arg.End(), Message: problem(int(code))})
	}
	for _, c := range consts {
		code, _ := constant.Int64Val(c.Val())
		where := "1 place"
		if n := len(uses[c]); n > 1 {
			where = fmt.Sprintf("%d places", n)
		}
		d := analysis.Diagnostic{
			Pos:     c.Pos(),
			Message: fmt.Sprintf("%s (constant %s, sent as a status at %s)", problem(int(code)), c.Name(), where),
		}
		for _, u := range uses[c] {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: u, Message: "sent here"})
		}
		r.Report(d)
	}
	return nil, nil
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
