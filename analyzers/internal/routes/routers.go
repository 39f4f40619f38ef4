package routes

import (
	"go/types"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
)

// Every fact about a router (its types, its registration calls, its
// pattern syntax, what it answers on its own) is in its framework's
// adapter; this file asks them. A router value carries the name of its
// adapter (frameworks.Framework.Name), which is also Route.Framework.

// routerType says whether t is a router of a known framework, and names
// its adapter.
func routerType(t types.Type) string {
	if fw := frameworks.RouterType(t); fw != nil {
		return fw.Name()
	}
	return ""
}

// syntax is the pattern syntax of the adapter called fw.
func syntax(fw string) frameworks.Pattern {
	if f := frameworks.Named(fw); f != nil && f.Router != nil {
		return f.Router.Pattern
	}
	return frameworks.Pattern{}
}

// wrapperOf says whether t (or *t) is a struct type of the program that
// holds one router in a field (type router struct{ chi chi.Router }, a
// service's struct): a value of it stands for that router. It returns
// the field (its origin) and the router's adapter.
func wrapperOf(t types.Type) (*types.Var, string) {
	if t == nil || routerType(t) != "" {
		return nil, ""
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || frameworks.RouterPkg(n.Obj().Pkg().Path()) != nil {
		return nil, ""
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return nil, ""
	}
	var field *types.Var
	fw := ""
	for f := range st.Fields() {
		if rfw := routerType(f.Type()); rfw != "" {
			if field != nil {
				return nil, "" // two routers: which one a value stands for is not known
			}
			field, fw = f.Origin(), rfw
		}
	}
	return field, fw
}
