package respflow

import (
	"go/ast"
	"go/types"
	"net/textproto"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// callEvents returns the events of one call that touches the response,
// and false when the call does not involve it.
func (f *funcState) callEvents(call *ast.CallExpr) ([]op, bool) {
	info := f.m.pass.TypesInfo
	callee := typeref.Callee(info, call)

	// Framework and net/http APIs.
	if api := frameworks.Lookup(info, call); api != nil && api.Writer != frameworks.NoResp {
		var w ast.Expr
		if api.Writer == frameworks.Recv {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				w = sel.X
			}
		} else if api.Writer < len(call.Args) {
			w = call.Args[api.Writer]
		}
		if w == nil || !f.isRoot(w) {
			return nil, false
		}
		return link(f.apiOps(call, api)), true
	}

	// The header map: Set, Add, Del, and delete(h, k).
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && f.isHeaderMap(sel.X) {
		name := canonical(typeref.ConstString(info, argAt(call, 0)))
		switch sel.Sel.Name {
		case "Set", "Add":
			return []op{f.sourced(f.event(SetHeader, call, name, "Header()."+sel.Sel.Name), SrcHeader)}, true
		case "Del":
			return []op{f.sourced(f.event(DelHeader, call, name, "Header().Del"), SrcHeader)}, true
		}
		return nil, true // Get, Values, Clone...: reads
	}
	if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "delete" && len(call.Args) == 2 && f.isHeaderMap(call.Args[0]) {
		if _, builtin := info.Uses[id].(*types.Builtin); builtin {
			return []op{f.sourced(f.event(DelHeader, call, typeref.ConstString(info, call.Args[1]), "delete"), SrcHeader)}, true
		}
	}

	// Encoders: json.NewEncoder(w).Encode(v), enc.Encode(v).
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && f.isEncoder(sel.X) {
		if sel.Sel.Name == "Encode" && len(call.Args) == 1 {
			return []op{f.sourced(f.bodyEv(call, call.Args[0], "Encode"), SrcEncoder)}, true
		}
		return nil, true // SetIndent, SetEscapeHTML
	}
	if f.isEncoder(call) {
		return nil, true
	}

	if callee == nil {
		return nil, false
	}
	// Standard writers that take the response as an io.Writer.
	if pkg := callee.Pkg(); pkg != nil && len(call.Args) > 0 {
		path, name := pkg.Path(), callee.Name()
		recv := callee.Signature().Recv() != nil
		switch {
		case path == "fmt" && (name == "Fprint" || name == "Fprintf" || name == "Fprintln") && f.isRoot(call.Args[0]):
			return []op{f.sourced(f.bodyOf(call, call.Args[1:], "fmt."+name), SrcFormat)}, true
		case path == "io" && name == "WriteString" && len(call.Args) == 2 && f.isRoot(call.Args[0]):
			return []op{f.sourced(f.bodyEv(call, call.Args[1], "io.WriteString"), SrcText)}, true
		case path == "io" && (name == "Copy" || name == "CopyN" || name == "CopyBuffer") && f.isRoot(call.Args[0]):
			o := f.sourced(f.bodyEv(call, nil, "io."+name), SrcText)
			o.ev.Value = &Value{Exprs: call.Args[1:2]}
			return []op{o}, true
		case (path == "html/template" || path == "text/template") && recv && name == "Execute" && len(call.Args) == 2 && f.isRoot(call.Args[0]):
			return []op{f.sourced(f.bodyEv(call, call.Args[1], "template.Execute"), SrcText)}, true
		case (path == "html/template" || path == "text/template") && recv && name == "ExecuteTemplate" && len(call.Args) == 3 && f.isRoot(call.Args[0]):
			return []op{f.sourced(f.bodyEv(call, call.Args[2], "template.ExecuteTemplate"), SrcText)}, true
		}
	}

	// Methods of a framework context that only read the request. They
	// come before helper summaries: the framework's own methods have
	// summaries too, built from its internals, and would read as escapes.
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && f.isRoot(sel.X) {
		if isMethod, writes := frameworks.ContextMethod(callee); isMethod {
			if !writes {
				return nil, true
			}
			// A framework method we do not model (c.File, c.Bind, c.Next)
			// may write: from here on the response is not known.
			return []op{f.escape(call.Pos(), call.End(), WhyFramework, callName(callee)+" may write the response and is not modelled")}, true
		}
	}

	// Helpers: a function whose summary says what it does to the
	// response it is given.
	if w, idx := f.respArg(call, callee); w != nil {
		if h := f.m.helper(callee); h != nil {
			ops := f.helperOps(call, callee, h, idx)
			if len(ops) != 1 || ops[0].fork == nil {
				link(ops)
			}
			return ops, true
		}
		return nil, false
	}
	return nil, false
}

// link gives the events of one call each other as siblings.
func link(ops []op) []op {
	var evs []*Event
	for _, o := range ops {
		if o.ev != nil {
			evs = append(evs, o.ev)
		}
	}
	for _, e := range evs {
		e.call = evs
	}
	return ops
}

func (f *funcState) sourced(o op, s Source) op {
	o.ev.Source = s
	return o
}

// respArg returns the response operand of a call to a function that is
// not a known API (the receiver counts as index -1), or nil.
func (f *funcState) respArg(call *ast.CallExpr, callee *types.Func) (ast.Expr, int) {
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && callee.Signature().Recv() != nil && f.isRoot(sel.X) {
		if _, isMethodExpr := f.m.pass.TypesInfo.Selections[sel]; isMethodExpr {
			return sel.X, -1
		}
	}
	for i, a := range call.Args {
		if f.isRoot(a) {
			return a, i
		}
	}
	return nil, 0
}

func argAt(call *ast.CallExpr, i int) ast.Expr {
	if i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

func canonical(name string) string {
	if name == "" {
		return ""
	}
	return textproto.CanonicalMIMEHeaderKey(name)
}

func (f *funcState) bodyEv(call *ast.CallExpr, v ast.Expr, via string) op {
	o := f.event(Body, call, "", via)
	if v != nil {
		o.ev.Value = f.m.value(f, []ast.Expr{v})
	}
	return o
}

func (f *funcState) bodyOf(call *ast.CallExpr, vs []ast.Expr, via string) op {
	o := f.event(Body, call, "", via)
	o.ev.Value = f.m.value(f, vs)
	return o
}

// apiOps expands a known API call into its steps.
func (f *funcState) apiOps(call *ast.CallExpr, api *frameworks.API) []op {
	info := f.m.pass.TypesInfo
	var ops []op
	mk := func(k Kind, header string) op {
		o := f.event(k, call, header, api.Name)
		o.ev.Source = api.Source
		o.ev.Complete = api.Complete
		return o
	}
	for _, s := range api.Steps {
		switch s.Op {
		case frameworks.OpHeader:
			name := s.Header
			if name == "" {
				name = canonical(typeref.ConstString(info, argAt(call, s.Arg)))
			}
			ops = append(ops, mk(SetHeader, name))
		case frameworks.OpStatus:
			o := mk(Status, "")
			o.ev.NoCommit = api.NoCommit
			if s.Arg >= 0 && s.Arg < len(call.Args) && !(s.Variadic && call.Ellipsis.IsValid()) {
				o.ev.StatusExpr = call.Args[s.Arg]
				f.track(o.ev.StatusExpr)
			} else {
				o.ev.code = s.Code
			}
			ops = append(ops, o)
		case frameworks.OpBody:
			o := mk(Body, "")
			o.ev.NoCommit = api.NoCommit
			switch {
			case s.Arg >= 0 && s.Variadic && s.Arg < len(call.Args):
				o.ev.Value = f.m.value(f, call.Args[s.Arg:])
			case s.Arg >= 0 && s.Arg < len(call.Args):
				o.ev.Value = f.m.value(f, call.Args[s.Arg:s.Arg+1])
			}
			ops = append(ops, o)
		}
	}
	return ops
}

// helperOps expands a helper call from its summary.
func (f *funcState) helperOps(call *ast.CallExpr, callee *types.Func, h *helperFact, idx int) []op {
	if h.Writer != idx {
		return []op{f.escape(call.Pos(), call.End(), WhyHelper, "passed to "+callName(callee)+" in a position its summary does not cover")}
	}
	if len(h.Outcomes) > 0 {
		fk := &fork{key: call.Pos()}
		for _, o := range h.Outcomes {
			failure := h.OutcomeKind == outcomeError && o.Value == 1 || h.OutcomeKind == outcomeBool && o.Value == 0
			fk.branches = append(fk.branches, forkBranch{value: o.Value, failure: failure, ops: link(f.effectOps(call, callee, &o.Effect))})
		}
		if f.forked == nil {
			f.forked = map[*ast.CallExpr]bool{}
		}
		f.forked[call] = true
		f.writes = true
		return []op{{fork: fk}}
	}
	return f.effectOps(call, callee, &h.Effect)
}

// effectOps expands one effect of a helper into events.
func (f *funcState) effectOps(call *ast.CallExpr, callee *types.Func, h *effect) []op {
	var ops []op
	mk := func(k Kind, header string) op {
		o := f.event(k, call, header, callee.Name())
		o.ev.Source = SrcHelper
		o.ev.Helper = callee
		o.ev.Complete = h.Complete
		return o
	}
	for _, name := range h.Headers {
		ops = append(ops, mk(SetHeader, name))
	}
	if h.MayHeaders {
		ops = append(ops, mk(SetHeader, ""))
	}
	if h.Status.Source != statusNone {
		o := mk(Status, "")
		switch {
		case h.Status.Source == statusFromParam && h.Status.Param < len(call.Args) && !call.Ellipsis.IsValid():
			o.ev.StatusExpr = call.Args[h.Status.Param]
			f.track(o.ev.StatusExpr)
		case h.Status.Source == statusConst:
			o.ev.code = h.Status.Code
		}
		o.ev.NoCommit = h.NoCommit
		ops = append(ops, o)
	}
	if h.Body.Source != bodyNone {
		o := mk(Body, "")
		o.ev.NoCommit = h.NoCommit
		if h.Body.Source == bodyFromParam && h.Body.Param < len(call.Args) {
			o.ev.Value = f.m.value(f, call.Args[h.Body.Param:h.Body.Param+1])
		} else {
			// The helper's own shapes, less what its parameters brought,
			// plus what this call's arguments bring.
			v := &Value{Shape: h.Body.Shape &^ h.Body.FromP, Nested: h.Body.Nested &^ h.Body.FromP, Keys: h.Body.Keys, FalseFlag: h.Body.False}
			for _, i := range h.Body.Params {
				if i < len(call.Args) {
					arg := f.m.value(f, call.Args[i:i+1])
					v.Nested |= textOf(arg.Shape | arg.Nested)
					v.params = append(v.params, arg.params...)
					v.FromParams |= arg.FromParams
				}
			}
			o.ev.Value = v
		}
		ops = append(ops, o)
	}
	if h.Opaque {
		ops = append(ops, f.escape(call.Pos(), call.End(), WhyHelper, "passed to "+callName(callee)+", whose effect differs by path or is not known"))
	}
	return ops
}

// textOf maps the shapes of a value handed to a helper to what the helper
// makes of it in a body: an error's text, stack traces as they are.
func textOf(s Shape) Shape {
	out := s & (StackTrace | PanicValue | PlusV | ErrText | LeakText)
	if s&ErrValue != 0 {
		out |= ErrText
	}
	if s&LeakValue != 0 {
		out |= LeakText
	}
	return out
}
