package errfacts

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// Status-carrying errors. A handler that returns echo.NewHTTPError(429),
// fiber.ErrMethodNotAllowed, a sentinel built from one, or a value of an
// error type with a status field hands the framework's error handler a
// status to send. This file finds the status those errors carry, as
// facts across packages; the response model turns the return into the
// response it becomes.

// statusErrorFact marks an error that carries a status: a package-level
// error value (Code), or a function that returns one, with a fixed code
// (Code) or the code of its parameter Param.
type statusErrorFact struct {
	Code  int
	Param int // -1 when the code is fixed
	// Receiver: a method of a status error type that returns its
	// receiver (e.WithInternalError(err) returning e), so that a call
	// carries the status of the value it is called on.
	Receiver bool
	// Framework: the error is built by the framework's own constructor
	// (echo.NewHTTPError, fiber.NewError), which its default error
	// handler reads; other status errors need the application's handler.
	Framework bool
	// MayHeaders: the error's type has fields for headers (RetryAfter,
	// Allow, Location) that its handler may set.
	MayHeaders bool
}

// AFact marks statusErrorFact as an analysis fact.
func (*statusErrorFact) AFact() {}

func (s *statusErrorFact) String() string {
	fw := ""
	if s.Framework {
		fw = " framework"
	}
	if s.Receiver {
		return "statusError(receiver)"
	}
	if s.Param >= 0 {
		return fmt.Sprintf("statusError(param%d%s)", s.Param, fw)
	}
	return fmt.Sprintf("statusError(%d%s)", s.Code, fw)
}

// statusFieldFact marks an error type whose field Field carries the
// HTTP status (HTTPStatus, StatusCode, Status, or Code when its values
// are statuses).
type statusFieldFact struct{ Field string }

// AFact marks statusFieldFact as an analysis fact.
func (*statusFieldFact) AFact() {}

func (s *statusFieldFact) String() string { return "statusField(" + s.Field + ")" }

// statusFields are the field names that carry a status, most certain
// first. Code is accepted only when the value set is a status.
var statusFields = []string{"HTTPStatus", "HTTPStatusCode", "StatusCode", "HTTPCode", "Status", "Code"}

// findStatusErrors exports the facts of this package's error types,
// error values and error constructors.
func (m *finder) findStatusErrors(files []*ast.File) {
	info := m.pass.TypesInfo
	// Types first: values and constructors are read through them.
	for _, file := range files {
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				tn, ok := info.Defs[spec.(*ast.TypeSpec).Name].(*types.TypeName)
				if !ok {
					continue
				}
				if field := statusField(tn.Type()); field != "" && (isError(tn.Type()) || isError(types.NewPointer(tn.Type()))) {
					m.pass.ExportObjectFact(tn, &statusFieldFact{Field: field})
				}
			}
		}
	}
	// Methods that hand back their receiver, then constructors, then
	// values: var ErrLimited = NewAPIError(429).WithReason("quota").
	for _, file := range files {
		for _, decl := range file.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok && d.Recv != nil && d.Body != nil {
				if fn, ok := info.Defs[d.Name].(*types.Func); ok && m.returnsReceiver(d) {
					m.pass.ExportObjectFact(fn, &statusErrorFact{Param: -1, Receiver: true})
				}
			}
		}
	}
	for _, file := range files {
		for _, decl := range file.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok && d.Recv == nil && d.Body != nil {
				if fn, ok := info.Defs[d.Name].(*types.Func); ok && isError(lastResult(fn.Signature())) {
					if fact := m.errorCtor(d); fact != nil {
						m.pass.ExportObjectFact(fn, fact)
					}
				}
			}
		}
	}
	for _, file := range files {
		for _, decl := range file.Decls {
			d, ok := decl.(*ast.GenDecl)
			if !ok || d.Tok != token.VAR {
				continue
			}
			for _, spec := range d.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Names) != len(vs.Values) {
					continue
				}
				for i, name := range vs.Names {
					v, ok := info.Defs[name].(*types.Var)
					if !ok || !isError(v.Type()) {
						continue
					}
					if se, ok := m.errorStatus(nil, vs.Values[i]); ok {
						m.pass.ExportObjectFact(v, &statusErrorFact{Code: se.code, Param: -1, Framework: se.framework, MayHeaders: se.mayHeaders})
					}
				}
			}
		}
	}
}

func lastResult(sig *types.Signature) types.Type {
	if rs := sig.Results(); rs.Len() > 0 {
		return rs.At(rs.Len() - 1).Type()
	}
	return nil
}

// headerFields reports whether an error type has fields that its
// handler may turn into headers (RetryAfter, Allow, Location, Headers).
func headerFields(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		name := strings.ToLower(f.Name())
		for _, w := range []string{"retry", "allow", "location", "header"} {
			if strings.Contains(name, w) {
				return true
			}
		}
	}
	return false
}

// statusField returns the field of a struct type that carries a status.
func statusField(t types.Type) string {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for _, name := range statusFields {
		for f := range st.Fields() {
			if f.Name() == name {
				if b, ok := f.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
					return name
				}
			}
		}
	}
	return ""
}

// errorCtor returns the fact of a function whose every return builds an
// error with the same fixed status, or with the status of one parameter.
func (m *finder) errorCtor(d *ast.FuncDecl) *statusErrorFact {
	var fact *statusErrorFact
	params := map[types.Object]int{}
	i := 0
	for _, field := range d.Type.Params.List {
		for _, name := range field.Names {
			params[m.pass.TypesInfo.Defs[name]] = i
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	ok := everyReturn(d.Body, func(ret *ast.ReturnStmt) bool {
		if len(ret.Results) == 0 {
			return false
		}
		e := ret.Results[len(ret.Results)-1]
		var f statusErrorFact
		if se, known := m.errorStatus(nil, e); known {
			f = statusErrorFact{Code: se.code, Param: -1, Framework: se.framework, MayHeaders: se.mayHeaders}
		} else if p, fw, known := m.errorStatusParam(e, params); known {
			f = statusErrorFact{Param: p, Framework: fw}
		} else {
			return false
		}
		if fact != nil && *fact != f {
			return false
		}
		fact = &f
		return true
	})
	if !ok {
		return nil
	}
	return fact
}

// returnsReceiver reports whether d is a method of an error type with a
// status field whose every return hands back its receiver, as builder
// methods do (func (e *HTTPError) WithInternalError(err error) *HTTPError
// { e.Internal = err; return e }).
func (m *finder) returnsReceiver(d *ast.FuncDecl) bool {
	info := m.pass.TypesInfo
	if len(d.Recv.List) != 1 || len(d.Recv.List[0].Names) != 1 || d.Type.Results == nil || d.Type.Results.NumFields() != 1 {
		return false
	}
	recv := info.Defs[d.Recv.List[0].Names[0]]
	if recv == nil || m.statusFieldOf(recv.Type()) == "" || !isError(recv.Type()) {
		return false
	}
	seen := false
	ok := everyReturn(d.Body, func(ret *ast.ReturnStmt) bool {
		var id *ast.Ident
		if len(ret.Results) == 1 {
			id, _ = ast.Unparen(ret.Results[0]).(*ast.Ident)
		}
		seen = true
		return id != nil && info.Uses[id] == recv
	})
	return ok && seen
}

// everyReturn calls visit on each return statement of body, outside
// function literals, until visit says no; it reports whether every
// call said yes.
func everyReturn(body *ast.BlockStmt, visit func(*ast.ReturnStmt) bool) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit || !ok {
			return false
		}
		if ret, isRet := n.(*ast.ReturnStmt); isRet {
			ok = visit(ret)
			return false
		}
		return true
	})
	return ok
}

// statusErr is the status an error carries, and whether the
// framework's own constructor built it.
type statusErr struct {
	code       int
	framework  bool
	mayHeaders bool
}

// errorStatus returns the status an error expression carries, when it
// is known: a framework error constructor with a constant code, a
// function or value with a statusErrorFact, a literal of a type with a
// status field, or a local defined once as one of those.
func (m *finder) errorStatus(def func(*types.Var) ast.Expr, e ast.Expr) (statusErr, bool) {
	return m.errorStatusDepth(def, e, 0)
}

func (m *finder) errorStatusDepth(def func(*types.Var) ast.Expr, e ast.Expr, depth int) (statusErr, bool) {
	if depth > 3 {
		return statusErr{}, false
	}
	info := m.pass.TypesInfo
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return m.errorStatusDepth(def, x.X, depth+1)
		}
	case *ast.CompositeLit:
		if code, ok := m.literalStatus(x); ok {
			return statusErr{code: code, mayHeaders: headerFields(info.TypeOf(x))}, true
		}
	case *ast.CallExpr:
		callee := typeref.Callee(info, x)
		if callee == nil {
			return statusErr{}, false
		}
		if frameworks.IsErrorCtor(callee) && len(x.Args) > 0 {
			code, ok := constStatus(info, x.Args[0])
			return statusErr{code: code, framework: true}, ok
		}
		var fact statusErrorFact
		if m.pass.ImportObjectFact(callee, &fact) {
			if fact.Receiver {
				if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
					return m.errorStatusDepth(def, sel.X, depth+1)
				}
				return statusErr{}, false
			}
			if fact.Param < 0 {
				return statusErr{code: fact.Code, framework: fact.Framework, mayHeaders: fact.MayHeaders}, true
			}
			if fact.Param < len(x.Args) {
				code, ok := constStatus(info, x.Args[fact.Param])
				return statusErr{code: code, framework: fact.Framework, mayHeaders: fact.MayHeaders}, ok
			}
		}
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := x.(*ast.Ident); ok {
			obj = info.Uses[id]
		} else {
			obj = info.Uses[x.(*ast.SelectorExpr).Sel]
		}
		v, ok := obj.(*types.Var)
		if !ok {
			return statusErr{}, false
		}
		if v.Parent() == v.Pkg().Scope() {
			var fact statusErrorFact
			if m.pass.ImportObjectFact(v, &fact) {
				return statusErr{code: fact.Code, framework: fact.Framework, mayHeaders: fact.MayHeaders}, true
			}
			return statusErr{}, false
		}
		if def != nil {
			if rhs := def(v); rhs != nil {
				return m.errorStatusDepth(def, rhs, depth+1)
			}
		}
	}
	return statusErr{}, false
}

// literalStatus is the status a literal of an error type with a status
// field sets, when constant.
func (m *finder) literalStatus(lit *ast.CompositeLit) (int, bool) {
	info := m.pass.TypesInfo
	field := m.statusFieldOf(info.TypeOf(lit))
	if field == "" {
		return 0, false
	}
	var val ast.Expr
	st, _ := typeref.NamedOf(info.TypeOf(lit)).Underlying().(*types.Struct)
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
				val = kv.Value
			}
		} else if st != nil && i < st.NumFields() && st.Field(i).Name() == field {
			val = elt // a positional literal: &errHTTP{40901, 409, "..."}
		}
	}
	if val == nil {
		return 0, false
	}
	code, ok := constStatus(info, val)
	if field == "Code" && (code < 100 || code > 599) {
		return 0, false // an application's own error code
	}
	return code, ok
}

// statusFieldOf returns the status field of an error type, through its
// fact for types of other packages.
func (m *finder) statusFieldOf(t types.Type) string {
	n := typeref.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return ""
	}
	var fact statusFieldFact
	if m.pass.ImportObjectFact(n.Obj(), &fact) {
		return fact.Field
	}
	return ""
}

// errorStatusParam reports which parameter's value an error expression
// carries as its status (NewAPIError(code, msg) building &APIError{Code: code}).
func (m *finder) errorStatusParam(e ast.Expr, params map[types.Object]int) (param int, framework, ok bool) {
	info := m.pass.TypesInfo
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	var arg ast.Expr
	switch x := e.(type) {
	case *ast.CompositeLit:
		field := m.statusFieldOf(info.TypeOf(x))
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field && field != "" {
					arg = kv.Value
				}
			}
		}
	case *ast.CallExpr:
		if callee := typeref.Callee(info, x); callee != nil && frameworks.IsErrorCtor(callee) && len(x.Args) > 0 {
			arg, framework = x.Args[0], true
		}
	}
	if id, ok := ast.Unparen(arg).(*ast.Ident); ok && arg != nil {
		if i, ok := params[info.Uses[id]]; ok {
			return i, framework, true
		}
	}
	return 0, false, false
}

// constStatus is the constant integer value of e.
func constStatus(info *types.Info, e ast.Expr) (int, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	return typeref.ConstInt(tv.Value)
}
