package respflow

import (
	"go/ast"
	"go/types"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// Returned errors. A handler that returns an error (or a status) to the
// framework's error handler, or to the adapter that runs it, sends the
// response that error becomes. The errfacts analyzer says which errors
// carry which status; this file turns such a return into its events.

// errorReturnOps turns `return X` in a handler whose returned errors
// are answered for it into the response that is sent, when X carries a
// known status: an echo or fiber handler returning an error the
// framework built, a net/http-shaped handler returning an error of a
// type with a status field (a central handler or adapter sends it), or
// a status-returning handler returning a constant status.
func (f *funcState) errorReturnOps(ret *ast.ReturnStmt) []op {
	if f.errorHandler == "" || len(ret.Results) == 0 {
		return nil
	}
	info := f.m.pass.TypesInfo
	var code int
	var via string
	mayHeaders := false
	if f.statusReturns {
		if len(ret.Results) != 2 {
			return nil
		}
		c, ok := constStatus(info, ret.Results[0])
		if !ok {
			f.unknownReturn(ret, ret.Results[0])
			return nil
		}
		if c == 0 {
			return nil // the handler answered itself
		}
		code, via = c, "returning "+types.ExprString(ret.Results[0])+" to "+f.errorHandler
	} else {
		e := ret.Results[len(ret.Results)-1]
		se, ok := f.m.errs.Status(e, f.singleDef)
		if !ok && !f.frameworkErrorsOnly {
			f.unknownReturn(ret, e)
		}
		if !ok || f.frameworkErrorsOnly && !se.Framework {
			// An echo or fiber application's own status error is sent by its
			// own error handler, which the model does not read.
			return nil
		}
		what := types.ExprString(e)
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
			what = chainName(call)
		}
		code, via, mayHeaders = se.Code, "returning "+what+" to "+f.errorHandler, se.MayHeaders
	}
	var ops []op
	if mayHeaders {
		h := f.event(SetHeader, ret, "", via)
		h.ev.Source, h.ev.Complete, h.ev.NoCommit, h.ev.returned = SrcAPI, true, true, true
		ops = append(ops, h)
	}
	st := f.event(Status, ret, "", via)
	st.ev.code = code
	st.ev.Source, st.ev.Complete, st.ev.NoCommit, st.ev.returned = SrcAPI, true, true, true
	body := f.event(Body, ret, "", via)
	body.ev.Source, body.ev.Complete, body.ev.NoCommit, body.ev.returned = SrcAPI, true, true, true
	return link(append(ops, st, body))
}

// chainName names a call for a message by its function, with the calls
// it is chained on shortened: apierrors.NewBadRequestError(…).WithInternalError.
func chainName(call *ast.CallExpr) string {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
			return chainName(inner) + "(…)." + sel.Sel.Name
		}
	}
	return types.ExprString(call.Fun)
}

// unknownReturn notes a return of an error (or status) whose status the
// model cannot name, from a net/http-shaped handler whose adapter or
// central error handler answers it: Statuses lists it as unknown, so
// that a route's status set does not look complete when it is not. It
// is no event: the checks judge only what the model can name. (echo's
// and fiber's default error handlers answer such errors with a 500 the
// routes command lists as the framework's own.)
func (f *funcState) unknownReturn(ret *ast.ReturnStmt, e ast.Expr) {
	if tv, ok := f.m.pass.TypesInfo.Types[e]; ok && tv.IsNil() {
		return
	}
	for _, r := range f.unknownReturns {
		if r.Pos == ret.Pos() {
			return
		}
	}
	what := types.ExprString(e)
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		what = chainName(call)
	}
	f.unknownReturns = append(f.unknownReturns, Site{Pos: ret.Pos(), Via: "returning " + what + " to " + f.errorHandler})
}

// errorHandling says what answers the errors (or statuses) a function
// returns: a framework's error handler, which reads only the framework's
// own errors (frameworkOnly), or, for a net/http-shaped handler that
// returns an error or a status, the adapter that runs it.
func errorHandling(sig *types.Signature) (handler string, frameworkOnly, statusReturns bool) {
	if !frameworks.IsHandler(sig) {
		return "", false, false
	}
	rs := sig.Results()
	if rs.Len() == 0 || !isError(lastResult(sig)) {
		return "", false, false
	}
	if h := frameworks.ErrorHandler(sig.Params().At(0).Type()); h != "" {
		return h, true, false
	}
	if sig.Params().Len() != 2 {
		return "", false, false
	}
	switch rs.Len() {
	case 1:
		return "the handler's error handler", false, false
	case 2:
		if b, ok := rs.At(0).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			return "the handler's adapter", false, true
		}
	}
	return "", false, false
}

func lastResult(sig *types.Signature) types.Type {
	if rs := sig.Results(); rs.Len() > 0 {
		return rs.At(rs.Len() - 1).Type()
	}
	return nil
}

// constStatus is the constant integer value of e.
func constStatus(info *types.Info, e ast.Expr) (int, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	return typeref.ConstInt(tv.Value)
}
