package respflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
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
)

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
	// TypeName of a struct literal, for messages.
	TypeName string
}

// Is reports whether the value itself is of any of the shapes.
func (v *Value) Is(s Shape) bool { return v != nil && v.Shape&s != 0 }

// Carries reports whether the value, or anything inside it, is of any of
// the shapes.
func (v *Value) Carries(s Shape) bool { return v != nil && (v.Shape|v.Nested)&s != 0 }

// value classifies the expressions a body write sends.
func (m *model) value(f *fn, exprs []ast.Expr) *Value {
	v := &Value{Exprs: exprs}
	for _, e := range exprs {
		m.shapeInto(f, v, e, 0)
	}
	return v
}

func (m *model) shapeInto(f *fn, v *Value, e ast.Expr, depth int) {
	if e == nil || depth > 4 {
		return
	}
	info := m.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && (tv.IsNil() || tv.Value != nil) {
		return // nil, or a constant
	}
	t := info.TypeOf(e)
	if isError(t) {
		v.Shape |= ErrValue
	}
	switch x := e.(type) {
	case *ast.Ident:
		if obj, ok := info.Uses[x].(*types.Var); ok && f != nil {
			if rhs := f.singleDef(obj); rhs != nil {
				m.shapeInto(f, v, rhs, depth+1)
			}
			if f.stackBuf(obj) {
				v.Shape |= StackTrace
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

func (m *model) callShape(f *fn, v *Value, call *ast.CallExpr, depth int) {
	info := m.pass.TypesInfo
	// Conversions: string(b), []byte(s).
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		m.shapeInto(f, v, call.Args[0], depth+1)
		return
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
			v.Shape |= ErrText
			return
		}
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
		v.Shape |= inner.Shape &^ (ErrValue | ErrText | ErrStruct)
	case path == "strings" && (name == "Join" || name == "TrimSpace" || name == "ToLower" || name == "ToUpper" || name == "Repeat"):
		if len(call.Args) > 0 {
			m.shapeInto(f, v, call.Args[0], depth+1)
		}
	}
}

// literal classifies a map or struct literal by its keys and values.
func (m *model) literal(f *fn, v *Value, lit *ast.CompositeLit, depth int) {
	info := m.pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		name := strings.ToLower(n.Obj().Name())
		if _, isStruct := n.Underlying().(*types.Struct); isStruct && (strings.Contains(name, "error") || strings.Contains(name, "problem")) {
			v.Shape |= ErrStruct
			v.TypeName = n.Obj().Name()
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
func (m *model) nested(f *fn, v *Value, e ast.Expr, depth int) {
	var inner Value
	m.shapeInto(f, &inner, e, depth+1)
	v.Nested |= inner.Shape | inner.Nested
}

func (m *model) entry(f *fn, v *Value, key string, val ast.Expr, depth int) {
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
	}
	m.nested(f, v, val, depth)
}

// singleDef returns the one value assigned to a local variable, or nil
// when it is assigned more than once, not at all, or has its address
// taken.
func (f *fn) singleDef(v *types.Var) ast.Expr {
	if f.defs == nil {
		f.indexDefs()
	}
	d, ok := f.defs[v]
	if !ok || d == nil {
		return nil
	}
	return d
}

func (f *fn) stackBuf(v *types.Var) bool {
	if f.defs == nil {
		f.indexDefs()
	}
	return f.stacks[v]
}

// indexDefs records each local variable's assignments once per function.
func (f *fn) indexDefs() {
	info := f.m.pass.TypesInfo
	f.defs = map[*types.Var]ast.Expr{}
	f.stacks = map[*types.Var]bool{}
	record := func(id *ast.Ident, rhs ast.Expr) {
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok {
			return
		}
		if _, seen := f.defs[v]; seen {
			f.defs[v] = nil // assigned twice: not a single value
			return
		}
		f.defs[v] = rhs
	}
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, ok := ast.Unparen(l).(*ast.Ident)
				if !ok {
					continue
				}
				if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
					record(id, n.Rhs[i])
				} else {
					record(id, nil)
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if i < len(n.Values) {
					record(id, n.Values[i])
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				record(id, nil)
				record(id, nil)
			}
		case *ast.CallExpr:
			if callee := httpcall.Callee(info, n); callee != nil && callee.Pkg() != nil && callee.Pkg().Path() == "runtime" && callee.Name() == "Stack" && len(n.Args) > 0 {
				if id, ok := ast.Unparen(n.Args[0]).(*ast.Ident); ok {
					if v, ok := info.ObjectOf(id).(*types.Var); ok {
						f.stacks[v] = true
					}
				}
			}
		}
		return true
	})
}
