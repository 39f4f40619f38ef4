package errorbody

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
	"github.com/statuslint/statuslint/catalog"
)

// codeInBody marks a helper that writes one of its parameters into the
// code or status field of a body it sends with a 2xx: what a caller
// gives it as a status reaches only the body.
type codeInBody struct {
	Params []int // the parameters, by index
	Sent   int   // the 2xx the helper sends
	// Reported: a caller in the helper's own package passes it an error
	// code, and the helper was reported there, once.
	Reported bool
}

// AFact marks codeInBody as an analysis fact.
func (*codeInBody) AFact() {}

func (c *codeInBody) String() string {
	s := fmt.Sprintf("codeInBody(params=%v sent=%d)", c.Params, c.Sent)
	if c.Reported {
		s = strings.TrimSuffix(s, ")") + " reported)"
	}
	return s
}

// codeHelper is a helper of this package that puts a parameter into a
// body's code field, and where it writes that body.
type codeHelper struct {
	fn    *types.Func
	write *respflow.Event
	fact  codeInBody
	calls []*ast.CallExpr // callers in this package passing an error code
	code  int64           // the first such code, for the message
}

// codesInBody reports error codes that reach only a body sent with a
// 2xx: ErrorResp(c, "slow down", 429) where ErrorResp writes
// {"code": code} with 200. The helper is the root cause and is reported
// once when its own package calls it so; a helper from another package
// that was not is reported at each call that passes an error code.
func codesInBody(pass *analysis.Pass, rep *report.Reporter) {
	var helpers []*codeHelper
	byFn := map[*types.Func]*codeHelper{}
	for fn := range respflow.Funcs(pass) {
		obj := fn.Obj()
		if obj == nil {
			continue
		}
		for _, ev := range fn.Events {
			if ev.Kind != respflow.Body || ev.Value == nil || len(ev.Value.CodeParams) == 0 || ev.Value.Is(respflow.Resource) {
				continue
			}
			if s, ok := ev.InForce(); ok && is2xx(s.Code) && !s.Implicit && byFn[obj] == nil {
				h := &codeHelper{fn: obj, write: ev, fact: codeInBody{Params: ev.Value.CodeParams, Sent: s.Code}}
				helpers = append(helpers, h)
				byFn[obj] = h
			}
		}
	}
	// A helper that hands its own parameter to such a helper as the code
	// is one too: errorResp(c, err, code) calling errorWithData(c, err,
	// code, nil).
	for changed := true; changed; {
		changed = false
		for fn := range respflow.Funcs(pass) {
			obj := fn.Obj()
			if obj == nil || byFn[obj] != nil {
				continue
			}
			for _, ev := range fn.Events {
				if ev.Kind != respflow.Body || ev.Helper == nil || ev.Helper == obj {
					continue
				}
				params, sent := codeParamsOf(pass, byFn, ev.Helper)
				call := fn.CallOf(ev)
				if len(params) == 0 || call == nil {
					continue
				}
				var mine []int
				for _, i := range params {
					if i < len(call.Args) {
						if j := paramIndex(pass, obj, call.Args[i]); j >= 0 {
							mine = append(mine, j)
						}
					}
				}
				if len(mine) > 0 {
					h := &codeHelper{fn: obj, write: ev, fact: codeInBody{Params: mine, Sent: sent}}
					helpers = append(helpers, h)
					byFn[obj] = h
					changed = true
					break
				}
			}
		}
	}
	once := rep.Once()
	defer once.Flush()
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for n := range ins.PreorderSeq((*ast.CallExpr)(nil)) {
		call := n.(*ast.CallExpr)
		callee := typeref.Callee(pass.TypesInfo, call)
		if callee == nil {
			continue
		}
		if h := byFn[callee]; h != nil {
			if _, code, ok := errorCodeArg(pass, call, h.fact.Params); ok {
				if len(h.calls) == 0 {
					h.code = code
				}
				h.calls = append(h.calls, call)
			}
			continue
		}
		var fact codeInBody
		if callee.Pkg() == pass.Pkg || !pass.ImportObjectFact(callee, &fact) || fact.Reported {
			continue
		}
		if arg, code, ok := errorCodeArg(pass, call, fact.Params); ok {
			once.Report(analysis.Diagnostic{Pos: arg.Pos(), End: arg.End(),
				Message: fmt.Sprintf("error code %s goes only into the body: %s sends %s, so monitoring and clients see a success; %s", codeName(code), callee.Name(), catalog.Phrase(fact.Sent), remedy(code))})
		}
	}
	for _, h := range helpers {
		if len(h.calls) > 0 {
			h.fact.Reported = true
			for _, c := range h.calls {
				once.Use(h.fn, c.Pos())
			}
			once.Root(h.fn, analysis.Diagnostic{Pos: h.write.Pos, End: h.write.End,
				Message: fmt.Sprintf("%s writes the code it is given into the body and sends %s, and callers give it error codes such as %s; %s", h.fn.Name(), catalog.Phrase(h.fact.Sent), codeName(h.code), remedy(h.code))}, "an error code passed here")
		}
		if h.fn.Exported() {
			fact := h.fact
			pass.ExportObjectFact(h.fn, &fact)
		}
	}
}

// codeParamsOf returns the code parameters of a helper, of this package
// or from its fact, and the 2xx it sends.
func codeParamsOf(pass *analysis.Pass, byFn map[*types.Func]*codeHelper, fn *types.Func) ([]int, int) {
	if h := byFn[fn]; h != nil {
		return h.fact.Params, h.fact.Sent
	}
	var fact codeInBody
	if fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, &fact) {
		return fact.Params, fact.Sent
	}
	return nil, 0
}

// paramIndex returns the index of the parameter of fn that e names, or -1.
func paramIndex(pass *analysis.Pass, fn *types.Func, e ast.Expr) int {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return -1
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if pass.TypesInfo.Uses[id] == params.At(i) {
			return i
		}
	}
	return -1
}

// errorCodeArg returns the argument of call, at one of params, that is
// an error code.
func errorCodeArg(pass *analysis.Pass, call *ast.CallExpr, params []int) (ast.Expr, int64, bool) {
	for _, i := range params {
		if i >= len(call.Args) || call.Ellipsis.IsValid() {
			continue
		}
		arg := call.Args[i]
		if !respflow.ErrorCode(pass.TypesInfo, arg) {
			continue
		}
		code, _ := constant.Int64Val(pass.TypesInfo.Types[arg].Value)
		return arg, code, true
	}
	return nil, 0, false
}

// codeName is a code as the message shows it: "429 Too Many Requests"
// for an HTTP status, else the number.
func codeName(code int64) string {
	if code >= 100 && code <= 599 {
		return catalog.Phrase(int(code))
	}
	return fmt.Sprint(code)
}

// remedy says what to send instead of a 2xx carrying code.
func remedy(code int64) string {
	if code >= 400 && code <= 599 {
		return fmt.Sprintf("send %d as the status and keep the details in the body", code)
	}
	return "send the 4xx or 5xx that matches the problem as the status and keep the code in the body"
}
