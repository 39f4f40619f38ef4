package respflow

import (
	"encoding/json"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// Shape says what a body value carries, as far as the model can see.
type Shape uint16

const (
	ErrValue   Shape = 1 << iota // a value of type error
	ErrText                      // text made from an error: err.Error(), fmt.Sprintf("%v", err), "x: " + err.Error()
	ErrStruct                    // a struct whose type is named for an error or problem
	StackTrace                   // debug.Stack(), a buffer filled by runtime.Stack
	PanicValue                   // the value recover() returned
	PlusV                        // an error formatted with %+v or %#v, which prints stack traces
	LeakValue                    // an error whose text is not a compile-time constant
	LeakText                     // text made from such an error
	// ErrEnvelope: a map, struct or JSON text whose fields say the
	// request failed: a message field holding an error's text, or a code
	// field holding an application error code (500, 40001, a constant
	// named for an error).
	ErrEnvelope
	ErrLabel // constant text that opens with "error:", such as "Error: no such user"
	// Resource: a map, struct or JSON text with an identity field (id,
	// uuid, jobID, user_id) or a lifecycle state (state, phase): what it
	// says about an error describes the thing, not the request.
	Resource
)

// leaks are the shapes that expose something the server did not choose
// to say.
const leaks = StackTrace | PanicValue | PlusV | LeakValue | LeakText

// Value is what a body write sends.
type Value struct {
	// Exprs are the written expressions (several for fmt.Fprintf), seen
	// through encoding: the bytes of json.Marshal(v) written are v.
	Exprs []ast.Expr
	Shape Shape // what the value itself is
	// Nested is what the values inside a map, struct or slice literal
	// are: {"detail": err.Error()} is not an error, but carries its text.
	Nested Shape
	// Keys are the keys of a map literal, or the JSON names of the fields
	// a struct literal sets, lower-cased, whose values are not nil.
	Keys []string
	// FalseFlag: the literal sets "success" or "ok" to false.
	FalseFlag bool
	// ListKeys are the Keys whose value is a slice or an array.
	ListKeys []string
	// CodeParams are the function's parameters that go straight into a
	// code or status field of the body: errorSend(c, msg, 429) where the
	// helper writes {"code": code}.
	CodeParams []int
	// params are the function's parameters whose values flow into the
	// body, and FromParams the leak shapes that come only from them: in a
	// helper those are the caller's business, judged at each call.
	params     []int
	FromParams Shape
}

// Is reports whether the value itself is of any of the shapes.
func (v *Value) Is(s Shape) bool { return v != nil && v.Shape&s != 0 }

// value classifies the expressions a body write sends.
func (m *model) value(f *funcState, exprs []ast.Expr) *Value {
	v := &Value{Exprs: exprs}
	if len(exprs) == 1 {
		if src := m.marshalled(f, exprs[0]); src != nil {
			v.Exprs = []ast.Expr{src}
		}
	}
	for _, e := range exprs {
		m.shapeInto(f, v, e, 0)
	}
	if len(v.params) > 0 && (v.Shape|v.Nested)&leaks != 0 {
		// Again with the parameters taken as harmless: what disappears
		// came from the caller.
		f.paramsQuiet = true
		w := &Value{}
		for _, e := range exprs {
			m.shapeInto(f, w, e, 0)
		}
		f.paramsQuiet = false
		v.FromParams = (v.Shape | v.Nested) &^ (w.Shape | w.Nested) & leaks
	}
	return v
}

func (m *model) shapeInto(f *funcState, v *Value, e ast.Expr, depth int) {
	if e == nil || depth > 4 {
		return
	}
	info := m.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && (tv.IsNil() || tv.Value != nil) {
		if tv.Value != nil && tv.Value.Kind() == constant.String {
			m.constText(v, constant.StringVal(tv.Value))
		}
		return // nil, or a constant
	}
	t := info.TypeOf(e)
	quiet := false
	if id, ok := e.(*ast.Ident); ok && f != nil {
		if i := f.paramIndex(id); i >= 0 {
			if !slices.Contains(v.params, i) {
				v.params = append(v.params, i)
			}
			quiet = f.paramsQuiet
		}
	}
	if isError(t) {
		v.Shape |= ErrValue
		if !quiet && !m.errs.ConstText(e) && !isContextErr(info, e) {
			v.Shape |= LeakValue
		}
	}
	switch x := e.(type) {
	case *ast.Ident:
		if obj, ok := info.Uses[x].(*types.Var); ok && f != nil && !quiet {
			if rhs := f.singleDef(obj); rhs != nil {
				m.shapeInto(f, v, rhs, depth+1)
			}
			if f.stackBuf(obj) {
				v.Shape |= StackTrace
			}
			for _, c := range f.contribs[obj] {
				if c.key != "" {
					m.entry(f, v, c.key, c.expr, depth)
					continue
				}
				if c.text {
					// Bytes written into a builder become its text.
					var w Value
					m.shapeInto(f, &w, c.expr, depth+1)
					if w.Shape&(ErrValue|ErrText) != 0 {
						v.Shape |= ErrText
					}
					if w.Shape&(LeakValue|LeakText) != 0 {
						v.Shape |= LeakText
					}
					v.Shape |= w.Shape & (StackTrace | PanicValue | PlusV)
					v.params = append(v.params, w.params...)
				} else {
					m.nested(f, v, c.expr, depth)
				}
			}
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			m.shapeInto(f, v, x.X, depth+1)
			// Only the text's opening says it is an error report.
			var rest Value
			m.shapeInto(f, &rest, x.Y, depth+1)
			rest.Shape &^= ErrLabel | ErrEnvelope | Resource
			v.merge(&rest)
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			m.shapeInto(f, v, x.X, depth+1)
		}
	case *ast.CompositeLit:
		m.literal(f, v, x, depth)
	case *ast.CallExpr:
		m.callShape(f, v, x, depth)
	case *ast.SliceExpr:
		m.shapeInto(f, v, x.X, depth+1)
	}
}

func (m *model) callShape(f *funcState, v *Value, call *ast.CallExpr, depth int) {
	info := m.pass.TypesInfo
	// Conversions: string(b), []byte(s).
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		m.shapeInto(f, v, call.Args[0], depth+1)
		return
	}
	if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "append" {
		if _, ok := info.Uses[id].(*types.Builtin); ok {
			for i, a := range call.Args {
				if i == 0 {
					m.shapeInto(f, v, a, depth+1)
				} else {
					m.nested(f, v, a, depth)
				}
			}
			return
		}
	}
	if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "recover" {
		if _, ok := info.Uses[id].(*types.Builtin); ok {
			v.Shape |= PanicValue
			return
		}
	}
	callee := typeref.Callee(info, call)
	if callee == nil {
		return
	}
	sig := callee.Signature()
	if callee.Name() == "Error" && sig.Recv() != nil && sig.Params().Len() == 0 {
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && isError(info.TypeOf(sel.X)) {
			var recv Value
			m.shapeInto(f, &recv, sel.X, depth+1)
			v.Shape |= ErrText
			if recv.Shape&LeakValue != 0 {
				v.Shape |= LeakText
			}
			v.params = append(v.params, recv.params...)
			return
		}
	}
	// The text of a strings.Builder or bytes.Buffer is what was written to it.
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && (callee.Name() == "String" || callee.Name() == "Bytes") && isBuilder(info.TypeOf(sel.X)) {
		m.shapeInto(f, v, sel.X, depth+1)
		return
	}
	if callee.Pkg() == nil {
		return
	}
	switch path, name := callee.Pkg().Path(), callee.Name(); {
	case path == "runtime/debug" && name == "Stack":
		v.Shape |= StackTrace
	case isMarshal(callee) && len(call.Args) > 0:
		m.shapeInto(f, v, call.Args[0], depth+1)
	case path == "fmt" && (name == "Sprintf" || name == "Sprint" || name == "Sprintln" || name == "Errorf"):
		var inner Value
		args := call.Args
		if name == "Sprintf" || name == "Errorf" {
			if len(args) > 0 {
				format := typeref.ConstString(info, args[0])
				if name == "Sprintf" {
					m.constText(v, format)
				}
				if strings.Contains(format, "%+v") || strings.Contains(format, "%#v") {
					for _, a := range args[1:] {
						if isError(info.TypeOf(a)) {
							v.Shape |= PlusV
						}
					}
				}
				args = args[1:]
			}
		}
		for _, a := range args {
			m.shapeInto(f, &inner, a, depth+1)
		}
		if inner.Shape&(ErrValue|ErrText) != 0 {
			v.Shape |= ErrText
		}
		if inner.Shape&(LeakValue|LeakText) != 0 {
			v.Shape |= LeakText
		}
		if name == "Errorf" {
			v.Shape |= ErrValue
			if inner.Shape&(LeakValue|LeakText) != 0 {
				v.Shape |= LeakValue
			}
		}
		v.Shape |= inner.Shape &^ (ErrValue | ErrText | ErrStruct | LeakValue | LeakText)
		v.Nested |= inner.Nested
		v.params = append(v.params, inner.params...)
	case path == "strings" && (name == "Join" || name == "TrimSpace" || name == "ToLower" || name == "ToUpper" || name == "Repeat"):
		if len(call.Args) > 0 {
			m.shapeInto(f, v, call.Args[0], depth+1)
		}
	}
}

// literal classifies a map or struct literal by its keys and values.
func (m *model) literal(f *funcState, v *Value, lit *ast.CompositeLit, depth int) {
	info := m.pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		name := strings.ToLower(n.Obj().Name())
		if _, isStruct := n.Underlying().(*types.Struct); isStruct && (strings.Contains(name, "error") || strings.Contains(name, "problem")) {
			v.Shape |= ErrStruct
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			raw := typeref.ConstString(info, kv.Key)
			before := len(v.Keys)
			m.entry(f, v, strings.ToLower(raw), kv.Value, depth)
			if len(v.Keys) > before && identityName(raw) {
				v.Shape |= Resource
			}
		}
	case *types.Struct:
		for i, elt := range lit.Elts {
			var field *types.Var
			var val ast.Expr
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				id, _ := kv.Key.(*ast.Ident)
				if id == nil {
					continue
				}
				field, _ = info.Uses[id].(*types.Var)
				val = kv.Value
			} else if i < u.NumFields() {
				field, val = u.Field(i), elt
			}
			if field == nil {
				continue
			}
			key := strings.ToLower(field.Name())
			for j := range u.NumFields() {
				if u.Field(j) == field {
					if name, _, _ := strings.Cut(reflect.StructTag(u.Tag(j)).Get("json"), ","); name != "" && name != "-" {
						key = strings.ToLower(name)
					}
				}
			}
			before := len(v.Keys)
			m.entry(f, v, key, val, depth)
			if len(v.Keys) > before && identityName(field.Name()) {
				v.Shape |= Resource
			}
		}
	case *types.Slice, *types.Array:
		for _, elt := range lit.Elts {
			m.nested(f, v, elt, depth)
		}
	}
}

// nested classifies a value inside a literal into v.Nested.
func (m *model) nested(f *funcState, v *Value, e ast.Expr, depth int) {
	var inner Value
	m.shapeInto(f, &inner, e, depth+1)
	v.Nested |= inner.Shape | inner.Nested
	for _, p := range inner.params {
		if !slices.Contains(v.params, p) {
			v.params = append(v.params, p)
		}
	}
}

// isBuilder reports whether t is strings.Builder or bytes.Buffer (or a
// pointer to one).
func isBuilder(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return typeref.IsNamed(t, "strings", "Builder", false) || typeref.IsNamed(t, "bytes", "Buffer", false)
}

// entry classifies one field or map entry of a literal: key is its JSON
// name, lower-cased.
func (m *model) entry(f *funcState, v *Value, key string, val ast.Expr, depth int) {
	info := m.pass.TypesInfo
	if tv, ok := info.Types[val]; ok && tv.IsNil() {
		return
	}
	if tv, ok := info.Types[val]; ok && tv.Value != nil {
		if (key == "success" || key == "ok") && tv.Value.String() == "false" {
			v.FalseFlag = true
		}
		if codeKeys[key] && (errorCodeConst(info, val) || key == "status" && failWords[strings.ToLower(typeref.ConstString(info, val))]) {
			v.Shape |= ErrEnvelope
		}
		switch tv.Value.String() {
		case `""`, "0", "false":
			return // a zero constant says nothing went wrong
		}
	}
	if key != "" {
		v.Keys = append(v.Keys, key)
		switch info.TypeOf(val).Underlying().(type) {
		case *types.Slice, *types.Array:
			v.ListKeys = append(v.ListKeys, key)
		}
		if stateKeys[key] || identityName(key) {
			v.Shape |= Resource
		}
	}
	if codeKeys[key] && f != nil {
		if i := f.paramIndex(val); i >= 0 && !slices.Contains(v.CodeParams, i) {
			v.CodeParams = append(v.CodeParams, i)
		}
	}
	var inner Value
	m.shapeInto(f, &inner, val, depth+1)
	if messageKeys[key] && inner.Shape&(ErrValue|ErrText) != 0 {
		v.Shape |= ErrEnvelope
	}
	v.Nested |= inner.Shape | inner.Nested
	for _, p := range inner.params {
		if !slices.Contains(v.params, p) {
			v.params = append(v.params, p)
		}
	}
}

// merge adds what w carries to v.
func (v *Value) merge(w *Value) {
	v.Shape |= w.Shape
	v.Nested |= w.Nested
	v.Keys = append(v.Keys, w.Keys...)
	v.ListKeys = append(v.ListKeys, w.ListKeys...)
	v.FalseFlag = v.FalseFlag || w.FalseFlag
	for _, p := range w.params {
		if !slices.Contains(v.params, p) {
			v.params = append(v.params, p)
		}
	}
	for _, p := range w.CodeParams {
		if !slices.Contains(v.CodeParams, p) {
			v.CodeParams = append(v.CodeParams, p)
		}
	}
}

// The JSON names, lower-cased, of fields that carry an outcome code, a
// message, or the state of a resource.
var (
	codeKeys    = map[string]bool{"code": true, "errcode": true, "err_code": true, "error_code": true, "errno": true, "status": true, "status_code": true, "statuscode": true}
	messageKeys = map[string]bool{"message": true, "msg": true, "errmsg": true, "err_msg": true, "detail": true, "details": true, "description": true, "reason": true}
	stateKeys   = map[string]bool{"state": true, "phase": true}
	// failWords are the values of a "status" field that say the request
	// failed, as JSend envelopes do.
	failWords = map[string]bool{"error": true, "fail": true, "failed": true, "failure": true}
)

// identityName reports whether a field or key name identifies a
// resource: id, uuid, user_id, jobID. Names of the request or trace (a
// request ID sent with an error so support can find it) do not.
func identityName(name string) bool {
	low := strings.ToLower(name)
	for _, w := range []string{"request", "trace", "correlation", "span", "err"} {
		if strings.Contains(low, w) {
			return false
		}
	}
	return low == "id" || low == "uuid" || strings.HasSuffix(low, "_id") || strings.HasSuffix(low, "-id") ||
		len(name) > 2 && (strings.HasSuffix(name, "ID") || strings.HasSuffix(name, "Id"))
}

// errorCodeConst reports whether a constant in a code field is an
// application error code: a constant named for an error or a failure,
// or a number that is negative or reads as an HTTP error class (400 to
// 599, 40001, 5003). Zero and 2xx-looking codes are how envelopes say
// all went well.
func errorCodeConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return false
	}
	var obj types.Object
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj = info.Uses[x]
	case *ast.SelectorExpr:
		obj = info.Uses[x.Sel]
	}
	if c, ok := obj.(*types.Const); ok {
		name := strings.ToLower(c.Name())
		switch {
		case strings.Contains(name, "succ") || name == "ok" || strings.HasSuffix(name, "ok"):
			return false
		case strings.Contains(name, "err") || strings.Contains(name, "fail") || strings.Contains(name, "invalid"):
			return true
		}
	}
	code, exact := constant.Int64Val(tv.Value)
	return exact && errorLooking(code)
}

// errorLooking reports whether an integer code reads as an error: it is
// negative, or at least 400 with a leading 4 or 5 (404, 503, 40001).
func errorLooking(code int64) bool {
	if code < 0 {
		return true
	}
	if code < 400 {
		return false
	}
	for code >= 10 {
		code /= 10
	}
	return code == 4 || code == 5
}

// constText classifies constant text written to a body: an opening
// "error:", or a JSON object (a format's verbs stand for values) whose
// keys say what it is.
func (m *model) constText(v *Value, text string) {
	t := strings.TrimSpace(text)
	if len(t) >= 6 && strings.EqualFold(t[:6], "error:") {
		v.Shape |= ErrLabel
	}
	if !strings.HasPrefix(t, "{") || !strings.HasSuffix(t, "}") {
		return
	}
	obj, ok := jsonObject(t)
	if !ok {
		obj, ok = jsonObject(formatVerb.ReplaceAllString(t, "1"))
	}
	if !ok {
		return
	}
	for _, kv := range obj {
		key := strings.ToLower(kv.key)
		if identityName(kv.key) || stateKeys[key] {
			v.Shape |= Resource
		}
		switch x := kv.val.(type) {
		case nil:
			continue
		case bool:
			if !x {
				if key == "success" || key == "ok" {
					v.FalseFlag = true
				}
				continue
			}
		case string:
			if key == "status" && failWords[strings.ToLower(x)] {
				v.Shape |= ErrEnvelope
			}
			if x == "" {
				continue
			}
		case json.Number:
			if n, err := x.Int64(); err == nil {
				if codeKeys[key] && errorLooking(n) {
					v.Shape |= ErrEnvelope
				}
				if n == 0 {
					continue
				}
			}
		case []any:
			v.ListKeys = append(v.ListKeys, key)
		}
		v.Keys = append(v.Keys, key)
	}
}

// formatVerb matches a fmt verb in a format string.
var formatVerb = regexp.MustCompile(`%[-+# 0-9.*\[\]]*[a-zA-Z]`)

type jsonEntry struct {
	key string
	val any
}

// jsonObject reads the top level of a JSON object, in source order.
func jsonObject(text string) ([]jsonEntry, bool) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, false
	}
	var out []jsonEntry
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, false
		}
		key, _ := tok.(string)
		var val any
		if err := dec.Decode(&val); err != nil {
			return nil, false
		}
		out = append(out, jsonEntry{key, val})
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('}') {
		return nil, false
	}
	return out, true
}

// isMarshal reports whether fn is encoding/json's Marshal or
// MarshalIndent, whose bytes are the JSON of their first argument.
func isMarshal(fn *types.Func) bool {
	return fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json" && fn.Signature().Recv() == nil &&
		(fn.Name() == "Marshal" || fn.Name() == "MarshalIndent")
}

// marshalled returns the value whose JSON e is (json.Marshal(v), or a
// local holding its bytes), seen through conversions, or nil.
func (m *model) marshalled(f *funcState, e ast.Expr) ast.Expr {
	info := m.pass.TypesInfo
	for range 4 {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
			if callee := typeref.Callee(info, x); callee != nil && isMarshal(callee) && len(x.Args) > 0 {
				return x.Args[0]
			}
			return nil
		case *ast.Ident:
			obj, ok := info.Uses[x].(*types.Var)
			if !ok || f == nil {
				return nil
			}
			if e = f.singleDef(obj); e == nil {
				return nil
			}
		default:
			return nil
		}
	}
	return nil
}

// isContextErr reports whether e is ctx.Err() of a context: its text can
// only be that of context.Canceled or context.DeadlineExceeded.
func isContextErr(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Err" {
		return false
	}
	t := info.TypeOf(sel.X)
	if t == nil {
		return false
	}
	for _, name := range []string{"Deadline", "Done", "Value"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name); obj == nil {
			return false
		}
	}
	return true
}
