package routes

import (
	"go/types"
	"strings"
)

// frameworkOf maps an import path to the framework it belongs to.
func frameworkOf(path string) string {
	switch path {
	case "net/http":
		return NetHTTP
	case "github.com/go-chi/chi/v5", "github.com/go-chi/chi":
		return Chi
	case "github.com/gorilla/mux":
		return Gorilla
	case "github.com/gin-gonic/gin":
		return Gin
	case "github.com/labstack/echo/v4":
		return Echo
	case "github.com/gofiber/fiber/v2":
		return Fiber
	}
	return ""
}

// routerTypes are the named types whose values register routes, per
// framework (a pointer to them, or the interface itself).
var routerTypes = map[string][]string{
	NetHTTP: {"ServeMux"},
	Chi:     {"Mux", "Router"},
	Gorilla: {"Router"},
	Gin:     {"Engine", "RouterGroup", "IRouter", "IRoutes"},
	Echo:    {"Echo", "Group"},
	Fiber:   {"App", "Group", "Router"},
}

// routerType says whether t is a router of a known framework, and which.
func routerType(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	fw := frameworkOf(n.Obj().Pkg().Path())
	for _, name := range routerTypes[fw] {
		if n.Obj().Name() == name {
			return fw
		}
	}
	return ""
}

// wrapperOf says whether t (or *t) is a struct type of the program that
// holds one router in a field (type router struct{ chi chi.Router }, a
// service's struct): a value of it stands for that router. It returns
// the field (its origin) and the router's framework.
func wrapperOf(t types.Type) (*types.Var, string) {
	if t == nil || routerType(t) != "" {
		return nil, ""
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || frameworkOf(n.Obj().Pkg().Path()) != "" {
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

// recvName is the name of a method's receiver type ("" for a function).
func recvName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// isRouterMethod says whether fn is a method of one of fw's router types.
func isRouterMethod(fw string, fn *types.Func) bool {
	r := recvName(fn)
	for _, name := range routerTypes[fw] {
		if r == name {
			return true
		}
	}
	return false
}

// verbOf maps a router method named for an HTTP method (GET, Get) to it.
func verbOf(name string) string {
	up := strings.ToUpper(name)
	switch up {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE", "QUERY":
		if name == up || name == up[:1]+strings.ToLower(up[1:]) {
			return up
		}
	}
	return ""
}

// wrapperFuncs are standard-library and framework functions that wrap a
// handler given as argument Arg: the route is served by that handler.
var wrapperFuncs = map[string]int{
	"net/http.TimeoutHandler":                 0,
	"net/http.MaxBytesHandler":                0,
	"net/http.StripPrefix":                    1,
	"net/http.AllowQuerySemicolons":           0,
	"github.com/gin-gonic/gin.WrapF":          0,
	"github.com/gin-gonic/gin.WrapH":          0,
	"github.com/labstack/echo/v4.WrapHandler": 0,
}
