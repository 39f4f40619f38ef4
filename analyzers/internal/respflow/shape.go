package respflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/httpcall"
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
)

// leaks are the shapes that expose something the server did not choose
// to say.
const leaks = StackTrace | PanicValue | PlusV | LeakValue | LeakText

// Value is what a body write sends.
type Value struct {
	Exprs []ast.Expr // the written expressions (several for fmt.Fprintf)
	Shape Shape      // what the value itself is
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
		if !quiet && !m.constError(e) {
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
					v.Keys = append(v.Keys, c.key)
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
			m.shapeInto(f, v, x.Y, depth+1)
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
	callee := httpcall.Callee(info, call)
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
	case path == "fmt" && (name == "Sprintf" || name == "Sprint" || name == "Sprintln" || name == "Errorf"):
		var inner Value
		args := call.Args
		if name == "Sprintf" || name == "Errorf" {
			if len(args) > 0 {
				format := constString(info, args[0])
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
			key := strings.ToLower(constString(info, kv.Key))
			m.entry(f, v, key, kv.Value, depth)
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
			m.entry(f, v, key, val, depth)
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
	return httpcall.IsNamed(t, "strings", "Builder", false) || httpcall.IsNamed(t, "bytes", "Buffer", false)
}

func (m *model) entry(f *funcState, v *Value, key string, val ast.Expr, depth int) {
	info := m.pass.TypesInfo
	if tv, ok := info.Types[val]; ok && tv.IsNil() {
		return
	}
	if tv, ok := info.Types[val]; ok && tv.Value != nil {
		if (key == "success" || key == "ok") && tv.Value.String() == "false" {
			v.FalseFlag = true
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
	}
	m.nested(f, v, val, depth)
}
