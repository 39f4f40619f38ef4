package respflow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/textproto"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/httpcall"
)

// op is one step of a CFG node: an event, or an assignment to a tracked
// status variable (whose value the dataflow follows per path).
type op struct {
	ev *Event
	// assignment: v gets the constant codes (several when the value comes
	// from a function returning one of a set of constants), or an unknown
	// value when codes is nil.
	v     *types.Var
	codes []int
}

// fn is the extraction state of one function.
type fn struct {
	m           *model
	node        ast.Node
	ftype       *ast.FuncType
	body        *ast.BlockStmt
	roots       map[types.Object]bool // variables holding the response
	hdrs        map[types.Object]bool // variables holding the response's header map
	encs        map[types.Object]bool // variables holding an encoder on the response
	tracked     map[*types.Var]bool   // local int variables used as a status
	errs        [][2]token.Pos        // ranges of failure branches
	ops         map[ast.Node][]op
	writes      bool                    // some event touches the response
	defs        map[*types.Var]ast.Expr // single assignments of locals (nil: several)
	stacks      map[*types.Var]bool     // buffers filled by runtime.Stack
	params      map[types.Object]int    // parameter index of each parameter
	handler     bool                    // the response starts here
	methods     []string                // registered methods
	summary     *HelperFact
	cases       map[ast.Expr]ast.Expr      // case expression -> switch tag
	errOf       map[types.Object]token.Pos // error variables holding a body write's result -> the write
	contribs    map[types.Object][]contrib // what is written into locals after they are made
	paramsQuiet bool                       // classify parameters as harmless (see value)
	debug       [][2]token.Pos             // ranges of branches taken only in debug mode
}

func (m *model) newFn(node ast.Node, ftype *ast.FuncType, body *ast.BlockStmt) *fn {
	f := &fn{
		m: m, node: node, ftype: ftype, body: body,
		roots: map[types.Object]bool{}, hdrs: map[types.Object]bool{}, encs: map[types.Object]bool{},
		tracked: map[*types.Var]bool{}, ops: map[ast.Node][]op{},
	}
	info := m.pass.TypesInfo
	if fd, ok := node.(*ast.FuncDecl); ok && fd.Recv != nil {
		for _, field := range fd.Recv.List {
			for _, name := range field.Names {
				if obj := info.Defs[name]; obj != nil && isResponseType(obj.Type()) {
					f.roots[obj] = true
				}
			}
		}
	}
	for _, field := range ftype.Params.List {
		for _, name := range field.Names {
			if obj := info.Defs[name]; obj != nil && isResponseType(obj.Type()) {
				f.roots[obj] = true
			}
		}
	}
	return f
}

// findLocals adds the local variables that hold the response (wrappers,
// copies), its header map or an encoder on it, the captured responses of
// a closure, and the failure-branch ranges.
func (f *fn) findLocals(captured map[types.Object]bool) {
	info := f.m.pass.TypesInfo
	for obj := range captured {
		f.roots[obj] = true
	}
	for changed := true; changed; {
		changed = false
		ast.Inspect(f.body, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false
			}
			lhs, rhs := assignPairs(n)
			for i, l := range lhs {
				id, ok := l.(*ast.Ident)
				if !ok || i >= len(rhs) {
					continue
				}
				obj := info.ObjectOf(id)
				if obj == nil || f.roots[obj] || f.hdrs[obj] || f.encs[obj] {
					continue
				}
				switch {
				case isResponseType(obj.Type()) && f.mentionsRoot(rhs[i]) && !isCallPassing(rhs[i]):
					f.roots[obj], changed = true, true
				case f.isHeaderMap(rhs[i]):
					f.hdrs[obj], changed = true, true
				case f.isEncoder(rhs[i]):
					f.encs[obj], changed = true, true
				}
			}
			return true
		})
	}
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if debugSwitch(n.Cond) {
				f.debug = append(f.debug, [2]token.Pos{n.Body.Pos(), n.Body.End()})
			}
			switch failure(info, n.Cond) {
			case Yes:
				f.errs = append(f.errs, [2]token.Pos{n.Body.Pos(), n.Body.End()})
			case No:
				if n.Else != nil {
					f.errs = append(f.errs, [2]token.Pos{n.Else.Pos(), n.Else.End()})
				}
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				if debugSwitch(e) {
					f.debug = append(f.debug, [2]token.Pos{n.Colon, n.End()})
				}
				if failure(info, e) == Yes {
					f.errs = append(f.errs, [2]token.Pos{n.Colon, n.End()})
					break
				}
			}
		}
		return true
	})
}

// isCallPassing reports whether e is a call that receives the response
// (a constructor of a wrapper we cannot see into): the result is a new
// writer whose behaviour is unknown, not the same response.
func isCallPassing(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok
}

// failure says whether cond being true means a failure (Yes), success
// (No: the else branch is the failure), or neither (Maybe).
func failure(info *types.Info, cond ast.Expr) Tri {
	switch c := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LOR, token.LAND:
			if failure(info, c.X) == Yes || failure(info, c.Y) == Yes {
				return Yes
			}
		case token.NEQ, token.EQL:
			x, y := c.X, c.Y
			if isNil(info, x) {
				x, y = y, x
			}
			if !isNil(info, y) {
				return Maybe
			}
			isErr := isError(info.TypeOf(x))
			if isErr == (c.Op == token.NEQ) {
				return Yes
			}
			if isErr {
				return No
			}
		}
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			return Yes
		}
	case *ast.CallExpr:
		if fn := httpcall.Callee(info, c); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && (fn.Name() == "Is" || fn.Name() == "As") {
			return Yes
		}
	}
	return Maybe
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func isError(t types.Type) bool {
	return t != nil && types.Implements(t, errorType)
}

func assignPairs(n ast.Node) (lhs, rhs []ast.Expr) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			return n.Lhs, n.Rhs
		}
	case *ast.ValueSpec:
		if len(n.Names) == len(n.Values) {
			for _, id := range n.Names {
				lhs = append(lhs, id)
			}
			return lhs, n.Values
		}
	}
	return nil, nil
}

// rootOf returns the variable at the base of a response expression (w,
// c.Writer, c.Response(), c.Response().Writer, rec), if it is a root.
func (f *fn) rootOf(e ast.Expr) types.Object {
	info := f.m.pass.TypesInfo
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if obj := info.ObjectOf(x); obj != nil && f.roots[obj] {
				return obj
			}
			return nil
		case *ast.SelectorExpr:
			e = x.X
		case *ast.CallExpr: // c.Response(), and chains such as c.Status(429).JSON(v)
			sel, ok := x.Fun.(*ast.SelectorExpr)
			if !ok || !isResponseType(info.TypeOf(x)) {
				return nil
			}
			e = sel.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return nil
			}
			e = x.X
		default:
			return nil
		}
	}
}

// isRoot reports whether e is the response itself.
func (f *fn) isRoot(e ast.Expr) bool {
	return isResponseType(f.m.pass.TypesInfo.TypeOf(e)) && f.rootOf(e) != nil
}

func (f *fn) mentionsRoot(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && f.roots[f.m.pass.TypesInfo.ObjectOf(id)] {
			found = true
		}
		return !found
	})
	return found
}

// isHeaderMap reports whether e is the response's header map: w.Header(),
// c.Writer.Header(), c.Response().Header(), or a variable holding one.
func (f *fn) isHeaderMap(e ast.Expr) bool {
	info := f.m.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return f.hdrs[info.ObjectOf(x)]
	case *ast.CallExpr:
		sel, ok := x.Fun.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Header" && len(x.Args) == 0 && isHTTPHeader(info.TypeOf(x)) && f.isRoot(sel.X)
	}
	return false
}

func isHTTPHeader(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Header"
}

// isEncoder reports whether e is json.NewEncoder(w) or xml.NewEncoder(w)
// on the response, or a variable holding one.
func (f *fn) isEncoder(e ast.Expr) bool {
	info := f.m.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return f.encs[info.ObjectOf(x)]
	case *ast.CallExpr:
		callee := httpcall.Callee(info, x)
		return callee != nil && callee.Name() == "NewEncoder" && callee.Pkg() != nil &&
			(callee.Pkg().Path() == "encoding/json" || callee.Pkg().Path() == "encoding/xml") &&
			len(x.Args) == 1 && f.isRoot(x.Args[0])
	}
	return false
}

// extract computes the ops of every CFG node of the function.
func (f *fn) extract(nodes []ast.Node) {
	for _, n := range nodes {
		f.ops[n] = f.nodeOps(n)
	}
}

// nodeOps lists what one CFG node does, in evaluation order: calls after
// their operands.
func (f *fn) nodeOps(n ast.Node) []op {
	info := f.m.pass.TypesInfo
	var ops []op
	consumed := map[*ast.Ident]bool{}
	consume := func(e ast.Node) {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				consumed[id] = true
			}
			_, lit := n.(*ast.FuncLit)
			return !lit
		})
	}
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		if n == nil {
			return
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			if f.mentionsRoot(x.Body) {
				ops = append(ops, f.escape(x.Pos(), x.End(), "a function literal"))
			}
			return
		case *ast.DeferStmt:
			// A deferred closure runs at exit; it is read as a function of
			// its own (starting from an unknown response).
			if _, ok := x.Call.Fun.(*ast.FuncLit); ok && len(x.Call.Args) == 0 {
				return
			}
		case *ast.AssignStmt:
			// A closure held in a variable writes when it is called: the
			// call, not the assignment, is where the response escapes.
			for _, r := range x.Rhs {
				if _, ok := r.(*ast.FuncLit); !ok {
					visit(r)
				}
			}
			for _, l := range x.Lhs {
				visit(l)
			}
			ops = append(ops, f.assignOps(x)...)
			f.noteWriteErr(x, ops)
			return
		case *ast.ValueSpec:
			for _, v := range x.Values {
				visit(v)
			}
			ops = append(ops, f.assignOps(x)...)
			return
		case *ast.CallExpr:
			// Operands first.
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
				visit(sel.X)
			} else {
				visit(x.Fun)
			}
			for _, a := range x.Args {
				visit(a)
			}
			if evs, ok := f.callEvents(x); ok {
				consume(x)
				ops = append(ops, evs...)
			}
			return
		}
		ast.Inspect(n, func(c ast.Node) bool {
			if c == n {
				return true
			}
			visit(c)
			return false
		})
	}
	visit(n)

	// Header map writes: w.Header()["X"] = v, delete(w.Header(), "X").
	if as, ok := n.(*ast.AssignStmt); ok {
		for _, l := range as.Lhs {
			if ix, ok := l.(*ast.IndexExpr); ok && f.isHeaderMap(ix.X) {
				consume(ix)
				ops = append(ops, f.event(SetHeader, ix, constString(info, ix.Index), "header map"))
			}
		}
	}
	// Whatever mentions the response and was not understood lets it
	// escape: from there on the model knows nothing.
	ast.Inspect(n, func(c ast.Node) bool {
		switch c := c.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BinaryExpr:
			if c.Op == token.EQL || c.Op == token.NEQ {
				consume(c)
			}
		case *ast.TypeAssertExpr:
			consume(c.X)
		case *ast.AssignStmt:
			for i, l := range c.Lhs {
				if id, ok := l.(*ast.Ident); ok && i < len(c.Rhs) {
					if obj := info.ObjectOf(id); f.roots[obj] || f.hdrs[obj] || f.encs[obj] {
						consume(c.Rhs[i])
						consumed[id] = true
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range c.Names {
				if obj := info.ObjectOf(id); i < len(c.Values) && (f.roots[obj] || f.hdrs[obj] || f.encs[obj]) {
					consume(c.Values[i])
				}
			}
		case *ast.Ident:
			obj := info.ObjectOf(c)
			if (f.roots[obj] || f.hdrs[obj] || f.encs[obj]) && !consumed[c] {
				ops = append(ops, f.escape(c.Pos(), c.End(), c.Name))
				consume(n) // one escape per node is enough
			}
		}
		return true
	})
	return ops
}

// noteWriteErr remembers the error variable an assignment gives a body
// write's result to (err := enc.Encode(v); _, err = w.Write(b)).
func (f *fn) noteWriteErr(as *ast.AssignStmt, ops []op) {
	if len(as.Rhs) != 1 {
		return
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	var write *Event
	for _, o := range ops {
		if o.ev != nil && o.ev.Kind == Body && o.ev.Pos == call.Pos() {
			write = o.ev
		}
	}
	if write == nil {
		return
	}
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && isError(f.m.pass.TypesInfo.TypeOf(id)) {
			if obj := f.m.pass.TypesInfo.ObjectOf(id); obj != nil {
				if f.errOf == nil {
					f.errOf = map[types.Object]token.Pos{}
				}
				f.errOf[obj] = write.Pos
			}
		}
	}
}

func (f *fn) escape(pos, end token.Pos, what string) op {
	return op{ev: &Event{Kind: Escape, Pos: pos, End: end, Via: what}}
}

func (f *fn) event(k Kind, at ast.Node, header, via string) op {
	f.writes = true
	ev := &Event{Kind: k, Pos: at.Pos(), End: at.End(), Header: header, Via: via}
	return op{ev: ev}
}

// assignOps follows assignments to tracked status variables.
func (f *fn) assignOps(n ast.Node) []op {
	info := f.m.pass.TypesInfo
	var ops []op
	lhs, rhs := assignPairs(n)
	if as, ok := n.(*ast.AssignStmt); ok && as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
		rhs = nil // op-assign: the value becomes unknown
	}
	for i, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || !f.tracked[v] {
			continue
		}
		o := op{v: v}
		if rhs != nil {
			o.codes = f.m.constCodes(rhs[i])
		}
		ops = append(ops, o)
	}
	if inc, ok := n.(*ast.IncDecStmt); ok {
		if id, ok := inc.X.(*ast.Ident); ok {
			if v, ok := info.ObjectOf(id).(*types.Var); ok && f.tracked[v] {
				ops = append(ops, op{v: v})
			}
		}
	}
	return ops
}

// constCodes returns the statuses e may evaluate to when known: one for a
// constant, several for a call to a function that returns only
// constants; nil when unknown.
func (m *model) constCodes(e ast.Expr) []int {
	info := m.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if c, ok := constInt(tv.Value); ok {
			return []int{c}
		}
		return nil
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if callee := httpcall.Callee(info, call); callee != nil {
			return m.constReturns(callee)
		}
	}
	return nil
}

func constInt(v constant.Value) (int, bool) {
	if v.Kind() != constant.Int {
		return 0, false
	}
	c, ok := constant.Int64Val(v)
	return int(c), ok
}

func constString(info *types.Info, e ast.Expr) string {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}

// callEvents returns the events of one call that touches the response,
// and false when the call does not involve it.
func (f *fn) callEvents(call *ast.CallExpr) ([]op, bool) {
	info := f.m.pass.TypesInfo
	callee := httpcall.Callee(info, call)

	// Framework and net/http APIs.
	if api := httpcall.Lookup(info, call); api != nil && api.Writer != httpcall.NoResp {
		var w ast.Expr
		if api.Writer == httpcall.Recv {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				w = sel.X
			}
		} else if api.Writer < len(call.Args) {
			w = call.Args[api.Writer]
		}
		if w == nil || !f.isRoot(w) {
			return nil, false
		}
		return f.apiOps(call, api), true
	}

	// The header map: Set, Add, Del, and delete(h, k).
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && f.isHeaderMap(sel.X) {
		name := canonical(constString(info, argAt(call, 0)))
		switch sel.Sel.Name {
		case "Set", "Add":
			return []op{f.event(SetHeader, call, name, "Header()."+sel.Sel.Name)}, true
		case "Del":
			return []op{f.event(DelHeader, call, name, "Header().Del")}, true
		}
		return nil, true // Get, Values, Clone...: reads
	}
	if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "delete" && len(call.Args) == 2 && f.isHeaderMap(call.Args[0]) {
		if _, builtin := info.Uses[id].(*types.Builtin); builtin {
			return []op{f.event(DelHeader, call, constString(info, call.Args[1]), "delete")}, true
		}
	}

	// Encoders: json.NewEncoder(w).Encode(v), enc.Encode(v).
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && f.isEncoder(sel.X) {
		if sel.Sel.Name == "Encode" && len(call.Args) == 1 {
			return []op{f.bodyEv(call, call.Args[0], "Encode")}, true
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
			return []op{f.bodyOf(call, call.Args[1:], "fmt."+name)}, true
		case path == "io" && name == "WriteString" && len(call.Args) == 2 && f.isRoot(call.Args[0]):
			return []op{f.bodyEv(call, call.Args[1], "io.WriteString")}, true
		case path == "io" && (name == "Copy" || name == "CopyN" || name == "CopyBuffer") && f.isRoot(call.Args[0]):
			o := f.bodyEv(call, nil, "io."+name)
			o.ev.Value = &Value{Exprs: call.Args[1:2]}
			return []op{o}, true
		case (path == "html/template" || path == "text/template") && recv && name == "Execute" && len(call.Args) == 2 && f.isRoot(call.Args[0]):
			return []op{f.bodyEv(call, call.Args[1], "template.Execute")}, true
		case (path == "html/template" || path == "text/template") && recv && name == "ExecuteTemplate" && len(call.Args) == 3 && f.isRoot(call.Args[0]):
			return []op{f.bodyEv(call, call.Args[2], "template.ExecuteTemplate")}, true
		}
	}

	// Methods of a framework context that only read the request. They
	// come before helper summaries: the framework's own methods have
	// summaries too, built from its internals, and would read as escapes.
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && f.isRoot(sel.X) && frameworkMethod(callee) {
		if readOnly(callee) {
			return nil, true
		}
		// Any other framework method we do not model (c.File, c.Bind, c.Next)
		// may write: from here on the response is not known.
		return []op{f.escape(call.Pos(), call.End(), callee.Name())}, true
	}

	// Helpers: a function whose summary says what it does to the
	// response it is given.
	if w, idx := f.respArg(call, callee); w != nil {
		if h := f.m.helper(callee); h != nil {
			return f.helperOps(call, callee, h, idx), true
		}
		return nil, false
	}
	return nil, false
}

// respArg returns the response operand of a call to a function that is
// not a known API (the receiver counts as index -1), or nil.
func (f *fn) respArg(call *ast.CallExpr, callee *types.Func) (ast.Expr, int) {
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

// frameworkMethod reports whether fn is a method of gin's, echo's or
// fiber's context.
func frameworkMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	return isNamed(t, ginPkg, "Context", true) || isNamed(t, echoPkg, "Context", false) || isNamed(t, fiberPkg, "Ctx", true)
}

// readOnly reports whether a method of a framework context leaves the
// response alone. Anything else it does (c.Next(), c.File(...)) is an
// escape.
func readOnly(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	switch {
	case isNamed(t, ginPkg, "Context", true):
		// Bind and its Must siblings answer 400 themselves when binding fails.
		return !slices.Contains([]string{"Next", "File", "FileAttachment", "FileFromFS", "Stream", "SSEvent", "Negotiate", "Copy", "SetCookie", "SetSameSite",
			"Bind", "BindJSON", "BindXML", "BindQuery", "BindYAML", "BindTOML", "BindHeader", "BindUri", "BindPlain", "MustBindWith"}, fn.Name())
	case isNamed(t, echoPkg, "Context", false):
		return !slices.Contains([]string{"File", "Attachment", "Inline", "Render", "Error", "Reset", "SetResponse", "SetCookie"}, fn.Name())
	case isNamed(t, fiberPkg, "Ctx", true):
		return !slices.Contains([]string{"Next", "SendFile", "Download", "Render", "SendStream", "Format", "Cookie", "Attachment", "Vary", "Links", "Type", "ClearCookie"}, fn.Name())
	}
	return false
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

func (f *fn) bodyEv(call *ast.CallExpr, v ast.Expr, via string) op {
	o := f.event(Body, call, "", via)
	if v != nil {
		o.ev.Value = f.m.value(f, []ast.Expr{v})
	}
	return o
}

func (f *fn) bodyOf(call *ast.CallExpr, vs []ast.Expr, via string) op {
	o := f.event(Body, call, "", via)
	o.ev.Value = f.m.value(f, vs)
	return o
}

// apiOps expands a known API call into its steps.
func (f *fn) apiOps(call *ast.CallExpr, api *httpcall.API) []op {
	info := f.m.pass.TypesInfo
	var ops []op
	for _, s := range api.Steps {
		switch s.Op {
		case httpcall.OpHeader:
			name := s.Header
			if name == "" {
				name = canonical(constString(info, argAt(call, s.Arg)))
			}
			o := f.event(SetHeader, call, name, api.Name)
			o.ev.Complete = api.Complete
			ops = append(ops, o)
		case httpcall.OpStatus:
			o := f.event(Status, call, "", api.Name)
			o.ev.Complete = api.Complete
			o.ev.NoCommit = api.NoCommit
			if s.Arg >= 0 && s.Arg < len(call.Args) && !(s.Variadic && call.Ellipsis.IsValid()) {
				o.ev.StatusExpr = call.Args[s.Arg]
				f.track(o.ev.StatusExpr)
			} else {
				o.ev.Code = s.Code
			}
			ops = append(ops, o)
		case httpcall.OpBody:
			o := f.event(Body, call, "", api.Name)
			o.ev.Complete = api.Complete
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

// track marks the local variable behind a status expression, so that the
// dataflow follows its value per path.
func (f *fn) track(e ast.Expr) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := f.m.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if ok && v.Parent() != nil && v.Parent() != v.Pkg().Scope() && !v.IsField() && v.Pos() >= f.body.Pos() && v.Pos() < f.body.End() {
		f.tracked[v] = true
	}
}

// helperOps expands a helper call from its summary.
func (f *fn) helperOps(call *ast.CallExpr, callee *types.Func, h *HelperFact, idx int) []op {
	if h.Writer != idx {
		return []op{f.escape(call.Pos(), call.End(), callee.Name())}
	}
	var ops []op
	mk := func(k Kind, header string) op {
		o := f.event(k, call, header, callee.Name())
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
	if h.Status != StatusNone {
		o := mk(Status, "")
		switch {
		case h.Status == StatusParam && h.StatusParam < len(call.Args) && !call.Ellipsis.IsValid():
			o.ev.StatusExpr = call.Args[h.StatusParam]
			f.track(o.ev.StatusExpr)
		case h.Status == StatusConst:
			o.ev.Code = h.Code
		}
		o.ev.NoCommit = h.NoCommit
		ops = append(ops, o)
	}
	if h.Body != BodyNone {
		o := mk(Body, "")
		o.ev.NoCommit = h.NoCommit
		if h.Body == BodyParam && h.BodyParam < len(call.Args) {
			o.ev.Value = f.m.value(f, call.Args[h.BodyParam:h.BodyParam+1])
		} else {
			// The helper's own shapes, less what its parameters brought,
			// plus what this call's arguments bring.
			v := &Value{Shape: h.BodyShape &^ h.BodyFromP, Nested: h.BodyNested &^ h.BodyFromP, Keys: h.BodyKeys, FalseFlag: h.BodyFalse}
			for _, i := range h.BodyParams {
				if i < len(call.Args) {
					arg := f.m.value(f, call.Args[i:i+1])
					v.Nested |= textOf(arg.Shape | arg.Nested)
					v.Params = append(v.Params, arg.Params...)
					v.FromParams |= arg.FromParams
				}
			}
			o.ev.Value = v
		}
		ops = append(ops, o)
	}
	if h.Opaque {
		ops = append(ops, f.escape(call.Pos(), call.End(), callee.Name()))
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

// inError reports whether pos lies in a failure branch.
func (f *fn) inError(pos token.Pos) bool {
	for _, r := range f.errs {
		if r[0] <= pos && pos < r[1] {
			return true
		}
	}
	return false
}

// IsRequestMethod reports whether the expression reads the
// request method: r.Method, c.Request.Method, c.Request().Method,
// c.Method().
func IsRequestMethod(info *types.Info, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if x.Sel.Name != "Method" {
			return false
		}
		t := info.TypeOf(x.X)
		return isNamed(t, "net/http", "Request", true)
	case *ast.CallExpr:
		sel, ok := x.Fun.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Method" && len(x.Args) == 0 && isNamed(info.TypeOf(sel.X), fiberPkg, "Ctx", true)
	}
	return false
}

// methodName returns the HTTP method a constant expression names.
func methodName(info *types.Info, e ast.Expr) string {
	return strings.ToUpper(constString(info, e))
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

// inDebug reports whether pos lies in a branch taken only in debug mode.
func (f *fn) inDebug(pos token.Pos) bool {
	for _, r := range f.debug {
		if r[0] <= pos && pos < r[1] {
			return true
		}
	}
	return false
}
