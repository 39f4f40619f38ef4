package respflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// singleDef returns the one value assigned to a local variable, or nil
// when it is assigned more than once, not at all, or has its address
// taken.
func (f *funcState) singleDef(v *types.Var) ast.Expr {
	if f.defs == nil {
		f.indexDefs()
	}
	d, ok := f.defs[v]
	if !ok || d == nil {
		return nil
	}
	return d
}

func (f *funcState) stackBuf(v *types.Var) bool {
	if f.defs == nil {
		f.indexDefs()
	}
	return f.stacks[v]
}

// indexDefs records each local variable's assignments once per function.
func (f *funcState) indexDefs() {
	info := f.m.pass.TypesInfo
	f.defs = map[*types.Var]ast.Expr{}
	f.stacks = map[*types.Var]bool{}
	f.contribs = map[types.Object][]contrib{}
	base := func(e ast.Expr) *types.Var {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.Ident:
				v, _ := info.ObjectOf(x).(*types.Var)
				if v == nil || v.IsField() || v.Pos() < f.body.Pos() || v.Pos() >= f.body.End() {
					return nil
				}
				return v
			case *ast.SelectorExpr:
				e = x.X
			case *ast.IndexExpr:
				e = x.X
			case *ast.StarExpr:
				e = x.X
			case *ast.UnaryExpr:
				e = x.X
			default:
				return nil
			}
		}
	}
	add := func(v *types.Var, c contrib) {
		if v != nil {
			f.contribs[v] = append(f.contribs[v], c)
		}
	}
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
				paired := len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE)
				switch l := ast.Unparen(l).(type) {
				case *ast.Ident:
					// x = append(x, v...): the elements join x, x stays x.
					if paired && n.Tok == token.ASSIGN {
						if call, ok := ast.Unparen(n.Rhs[i]).(*ast.CallExpr); ok && len(call.Args) > 1 {
							if fn, ok := call.Fun.(*ast.Ident); ok && fn.Name == "append" {
								if first, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && first.Name == l.Name {
									for _, a := range call.Args[1:] {
										add(base(l), contrib{expr: a})
									}
									continue
								}
							}
						}
					}
					switch {
					case paired:
						record(l, n.Rhs[i])
					case i == 0 && len(n.Rhs) == 1 && f.m.marshalCall(n.Rhs[0]):
						record(l, n.Rhs[0]) // b, err := json.Marshal(v): b is v's JSON
					default:
						record(l, nil)
					}
				case *ast.SelectorExpr: // resp.Message = err.Error()
					if paired {
						add(base(l.X), contrib{expr: n.Rhs[i], key: fieldKey(info, l)})
					}
				case *ast.IndexExpr: // m["error"] = err.Error()
					if paired {
						add(base(l.X), contrib{expr: n.Rhs[i], key: strings.ToLower(typeref.ConstString(info, l.Index))})
					}
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
			callee := typeref.Callee(info, n)
			if callee == nil {
				return true
			}
			// Writes into a strings.Builder or bytes.Buffer.
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && isBuilder(info.TypeOf(sel.X)) && strings.HasPrefix(callee.Name(), "Write") {
				for _, a := range n.Args {
					add(base(sel.X), contrib{expr: a, text: true})
				}
			}
			if callee.Pkg() != nil && callee.Pkg().Path() == "fmt" && strings.HasPrefix(callee.Name(), "Fprint") && len(n.Args) > 1 && isBuilder(info.TypeOf(n.Args[0])) {
				for _, a := range n.Args[1:] {
					add(base(n.Args[0]), contrib{expr: a, text: true})
				}
			}
			if callee.Pkg() != nil && callee.Pkg().Path() == "runtime" && callee.Name() == "Stack" && len(n.Args) > 0 {
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

// contrib is something written into a local variable after it was made:
// a field or an element set, bytes written into a builder.
type contrib struct {
	expr ast.Expr
	key  string // the field's JSON name or the map key, lower-cased
	text bool   // it becomes the variable's text (a builder), not an element
}

// fieldKey is the JSON name of the field a selector sets, lower-cased.
func fieldKey(info *types.Info, sel *ast.SelectorExpr) string {
	s, ok := info.Selections[sel]
	if !ok {
		return ""
	}
	field, ok := s.Obj().(*types.Var)
	if !ok || !field.IsField() {
		return ""
	}
	key := strings.ToLower(field.Name())
	if st, ok := s.Recv().Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if st.Field(i) == field {
				if name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ","); name != "" && name != "-" {
					key = strings.ToLower(name)
				}
			}
		}
	} else if p, ok := s.Recv().Underlying().(*types.Pointer); ok {
		if st, ok := p.Elem().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if st.Field(i) == field {
					if name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ","); name != "" && name != "-" {
						key = strings.ToLower(name)
					}
				}
			}
		}
	}
	return key
}

// marshalCall reports whether e calls json.Marshal or MarshalIndent.
func (m *model) marshalCall(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	callee := typeref.Callee(m.pass.TypesInfo, call)
	return callee != nil && isMarshal(callee)
}
