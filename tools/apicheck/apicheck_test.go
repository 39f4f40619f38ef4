// Package apicheck keeps the internal packages free of dead exported
// API: an exported name of analyzers/internal/... that no other package
// of the module uses should not be exported, or should not exist.
// staticcheck's unused check counts exported names as used, and
// deadcode sees functions only, so this test reads fields, types and
// methods itself.
package apicheck

import (
	"go/types"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

const module = "github.com/statuslint/statuslint"

// implicit are method names that satisfy an interface (fmt.Stringer,
// analysis.Fact, error, flag.Value): they are used without being named.
var implicit = []string{"String", "AFact", "Error", "Set", "IsBoolFlag"}

func TestNoDeadInternalAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the whole module")
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Tests: true, Dir: "../.."}
	pkgs, err := packages.Load(cfg, module+"/...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the module does not load")
	}
	// Every object some package uses, with the path of the user
	// (test variants count as their package).
	usedFrom := map[types.Object]map[string]bool{}
	use := func(obj types.Object, from string) {
		if obj == nil {
			return
		}
		if o, ok := obj.(*types.Func); ok {
			obj = o.Origin()
		}
		if v, ok := obj.(*types.Var); ok {
			obj = v.Origin()
		}
		if usedFrom[obj] == nil {
			usedFrom[obj] = map[string]bool{}
		}
		usedFrom[obj][from] = true
	}
	var internal []*packages.Package
	seen := map[string]bool{}
	for _, p := range pkgs {
		path := strings.TrimSuffix(p.PkgPath, "_test")
		for _, obj := range p.TypesInfo.Uses {
			use(obj, path)
		}
		for _, sel := range p.TypesInfo.Selections {
			use(sel.Obj(), path)
		}
		if strings.HasPrefix(p.PkgPath, module+"/analyzers/internal/") && !strings.HasSuffix(p.PkgPath, "_test") && !seen[p.PkgPath] && p.ID == p.PkgPath {
			seen[p.PkgPath] = true
			internal = append(internal, p)
		}
	}
	// Packages whose consumer is still to come; each entry says which.
	pending := map[string]string{}
	factType := types.NewInterfaceType([]*types.Func{types.NewFunc(0, nil, "AFact", types.NewSignatureType(nil, nil, nil, nil, nil, false))}, nil).Complete()
	var dead []string
	usedElsewhere := func(obj types.Object) bool {
		for from := range usedFrom[obj] {
			if from != obj.Pkg().Path() {
				return true
			}
		}
		return false
	}
	// A type is alive when another package names it or uses one of its
	// methods, fields or constants; its other constants are members of
	// an enum that is in use.
	typeUsed := map[types.Type]bool{}
	for obj, froms := range usedFrom {
		for from := range froms {
			if obj.Pkg() != nil && from != obj.Pkg().Path() {
				typeUsed[obj.Type()] = true
				if tn, ok := obj.(*types.TypeName); ok {
					typeUsed[tn.Type()] = true
				}
			}
		}
	}
	// Facts are gob-encoded: the fields of their types, and of the types
	// those hold, are used by encoding.
	encoded := map[*types.Named]bool{}
	var mark func(t types.Type)
	mark = func(t types.Type) {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if encoded[t] {
				return
			}
			encoded[t] = true
			mark(t.Underlying())
		case *types.Pointer:
			mark(t.Elem())
		case *types.Slice:
			mark(t.Elem())
		case *types.Map:
			mark(t.Key())
			mark(t.Elem())
		case *types.Struct:
			for f := range t.Fields() {
				mark(f.Type())
			}
		}
	}
	for _, p := range internal {
		scope := p.Types.Scope()
		for _, name := range scope.Names() {
			if tn, ok := scope.Lookup(name).(*types.TypeName); ok && types.Implements(types.NewPointer(tn.Type()), factType) {
				mark(tn.Type())
			}
		}
	}
	for _, p := range internal {
		if _, ok := pending[p.PkgPath]; ok {
			continue
		}
		scope := p.Types.Scope()
		for _, name := range scope.Names() {
			obj := scope.Lookup(name)
			if !obj.Exported() {
				continue
			}
			tn, isType := obj.(*types.TypeName)
			_, isConst := obj.(*types.Const)
			switch {
			case isType:
				// Judged by its members below.
			case isConst && typeUsed[obj.Type()]:
			case !usedElsewhere(obj):
				dead = append(dead, p.PkgPath+"."+name)
			}
			if !isType {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok {
				continue
			}
			for m := range named.Methods() {
				if m.Exported() && !slices.Contains(implicit, m.Name()) && !usedElsewhere(m) {
					dead = append(dead, p.PkgPath+"."+name+"."+m.Name())
				}
			}
			if encoded[named] {
				continue
			}
			if st, ok := named.Underlying().(*types.Struct); ok {
				for f := range st.Fields() {
					if f.Exported() && !usedElsewhere(f) {
						dead = append(dead, p.PkgPath+"."+name+"."+f.Name())
					}
				}
			}
		}
	}
	sort.Strings(dead)
	for _, d := range dead {
		t.Errorf("%s is exported but no other package uses it: unexport or remove it", strings.TrimPrefix(d, module+"/"))
	}
}
