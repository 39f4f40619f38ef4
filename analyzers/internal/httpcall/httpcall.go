// Package httpcall knows the response APIs of net/http, gin, echo and
// fiber: for a call it says what the call does to a response, as a list
// of steps (set a status, set a header, write a body). It is the adapter
// layer under the response model: frameworks differ here and nowhere else.
package httpcall

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Op is what one step of a call does to the response.
type Op int

const (
	// OpStatus sets the status code: from argument Arg, or Code when the
	// API fixes it (or when a variadic Arg is absent).
	OpStatus Op = iota
	// OpHeader sets header Header, or the header named by argument Arg
	// when Header is empty.
	OpHeader
	// OpBody writes argument Arg (or the arguments from Arg on when
	// Variadic) to the body; Arg < 0 means content the caller does not
	// choose (a status text, a redirect note).
	OpBody
)

// Step is one effect of a call, in the order the API performs them.
type Step struct {
	Op       Op
	Arg      int
	Code     int
	Header   string
	Variadic bool
}

// Writer positions: which operand of the call is the response.
const (
	Recv   = -1 // the method's receiver
	NoResp = -2 // the call builds a value (a handler, an error) that carries the status
)

// API describes one response function or method.
type API struct {
	Name      string // as users write it: "http.Error", "gin.Context.JSON"
	Framework string // "net/http", "gin", "echo", "fiber"
	Writer    int    // Recv, NoResp, or the index of the writer argument
	Steps     []Step
	// Complete: the call sends a whole response (status, headers and body)
	// of its own, like http.Error or c.JSON.
	Complete bool
	// NoCommit: the call records the status or body without sending the
	// status line yet (gin's c.Status; every fiber call, since fasthttp
	// sends the response after the handler returns).
	NoCommit bool
}

func status(arg int) Step       { return Step{Op: OpStatus, Arg: arg} }
func fixed(code int) Step       { return Step{Op: OpStatus, Arg: -1, Code: code} }
func body(arg int) Step         { return Step{Op: OpBody, Arg: arg} }
func bodyFrom(arg int) Step     { return Step{Op: OpBody, Arg: arg, Variadic: true} }
func header(name string) Step   { return Step{Op: OpHeader, Arg: -1, Header: name} }
func headerArg(arg int) Step    { return Step{Op: OpHeader, Arg: arg} }
func statusOr(arg, c int) Step  { return Step{Op: OpStatus, Arg: arg, Code: c, Variadic: true} }
func send(a API) API            { a.Complete = true; return a }
func sc(code, b int) []Step     { return []Step{status(code), body(b)} }
func scType(code, b int) []Step { return []Step{status(code), header("Content-Type"), body(b)} }

const (
	nethttp = "net/http"
	ginPkg  = "github.com/gin-gonic/gin"
	echoPkg = "github.com/labstack/echo/v4"
	fiber2  = "github.com/gofiber/fiber/v2"
)

type key struct{ pkg, recv, name string }

// apis maps a function (recv "") or method to what it does.
var apis = map[key]API{
	{nethttp, "", "Error"}: send(API{Name: "http.Error", Writer: 0, Steps: []Step{
		header("Content-Type"), header("X-Content-Type-Options"), status(2), body(1)}}),
	{nethttp, "", "Redirect"}:        send(API{Name: "http.Redirect", Writer: 0, Steps: []Step{header("Location"), status(3), body(-1)}}),
	{nethttp, "", "NotFound"}:        send(API{Name: "http.NotFound", Writer: 0, Steps: []Step{header("Content-Type"), fixed(404), body(-1)}}),
	{nethttp, "", "RedirectHandler"}: {Name: "http.RedirectHandler", Writer: NoResp, Steps: []Step{status(1)}},

	{ginPkg, "Context", "JSON"}:                    send(API{Name: "gin.Context.JSON", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "IndentedJSON"}:            send(API{Name: "gin.Context.IndentedJSON", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "SecureJSON"}:              send(API{Name: "gin.Context.SecureJSON", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "PureJSON"}:                send(API{Name: "gin.Context.PureJSON", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "AsciiJSON"}:               send(API{Name: "gin.Context.AsciiJSON", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "JSONP"}:                   send(API{Name: "gin.Context.JSONP", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "XML"}:                     send(API{Name: "gin.Context.XML", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "YAML"}:                    send(API{Name: "gin.Context.YAML", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "TOML"}:                    send(API{Name: "gin.Context.TOML", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "ProtoBuf"}:                send(API{Name: "gin.Context.ProtoBuf", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "String"}:                  send(API{Name: "gin.Context.String", Writer: Recv, Steps: []Step{status(0), header("Content-Type"), bodyFrom(1)}}),
	{ginPkg, "Context", "HTML"}:                    send(API{Name: "gin.Context.HTML", Writer: Recv, Steps: scType(0, 2)}),
	{ginPkg, "Context", "Data"}:                    send(API{Name: "gin.Context.Data", Writer: Recv, Steps: scType(0, 2)}),
	{ginPkg, "Context", "DataFromReader"}:          send(API{Name: "gin.Context.DataFromReader", Writer: Recv, Steps: scType(0, 3)}),
	{ginPkg, "Context", "Render"}:                  send(API{Name: "gin.Context.Render", Writer: Recv, Steps: sc(0, 1)}),
	{ginPkg, "Context", "AbortWithStatusJSON"}:     send(API{Name: "gin.Context.AbortWithStatusJSON", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "AbortWithStatusPureJSON"}: send(API{Name: "gin.Context.AbortWithStatusPureJSON", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "BSON"}:                    send(API{Name: "gin.Context.BSON", Writer: Recv, Steps: scType(0, 1)}),
	{ginPkg, "Context", "Redirect"}:                send(API{Name: "gin.Context.Redirect", Writer: Recv, Steps: []Step{header("Location"), status(0), body(-1)}}),
	{ginPkg, "Context", "Status"}:                  {Name: "gin.Context.Status", Writer: Recv, Steps: []Step{status(0)}},
	{ginPkg, "Context", "AbortWithStatus"}:         {Name: "gin.Context.AbortWithStatus", Writer: Recv, Steps: []Step{status(0)}},
	{ginPkg, "Context", "AbortWithError"}:          {Name: "gin.Context.AbortWithError", Writer: Recv, Steps: []Step{status(0)}},
	{ginPkg, "Context", "Header"}:                  {Name: "gin.Context.Header", Writer: Recv, Steps: []Step{headerArg(0)}},

	{echoPkg, "Context", "JSON"}:       send(API{Name: "echo.Context.JSON", Writer: Recv, Steps: scType(0, 1)}),
	{echoPkg, "Context", "JSONPretty"}: send(API{Name: "echo.Context.JSONPretty", Writer: Recv, Steps: scType(0, 1)}),
	{echoPkg, "Context", "JSONBlob"}:   send(API{Name: "echo.Context.JSONBlob", Writer: Recv, Steps: scType(0, 1)}),
	{echoPkg, "Context", "JSONP"}:      send(API{Name: "echo.Context.JSONP", Writer: Recv, Steps: scType(0, 2)}),
	{echoPkg, "Context", "JSONPBlob"}:  send(API{Name: "echo.Context.JSONPBlob", Writer: Recv, Steps: scType(0, 2)}),
	{echoPkg, "Context", "XML"}:        send(API{Name: "echo.Context.XML", Writer: Recv, Steps: scType(0, 1)}),
	{echoPkg, "Context", "XMLPretty"}:  send(API{Name: "echo.Context.XMLPretty", Writer: Recv, Steps: scType(0, 1)}),
	{echoPkg, "Context", "XMLBlob"}:    send(API{Name: "echo.Context.XMLBlob", Writer: Recv, Steps: scType(0, 1)}),
	{echoPkg, "Context", "String"}:     send(API{Name: "echo.Context.String", Writer: Recv, Steps: scType(0, 1)}),
	{echoPkg, "Context", "HTML"}:       send(API{Name: "echo.Context.HTML", Writer: Recv, Steps: scType(0, 1)}),
	{echoPkg, "Context", "HTMLBlob"}:   send(API{Name: "echo.Context.HTMLBlob", Writer: Recv, Steps: scType(0, 1)}),
	{echoPkg, "Context", "Blob"}:       send(API{Name: "echo.Context.Blob", Writer: Recv, Steps: scType(0, 2)}),
	{echoPkg, "Context", "Stream"}:     send(API{Name: "echo.Context.Stream", Writer: Recv, Steps: scType(0, 2)}),
	{echoPkg, "Context", "NoContent"}:  send(API{Name: "echo.Context.NoContent", Writer: Recv, Steps: []Step{status(0)}}),
	{echoPkg, "Context", "Redirect"}:   send(API{Name: "echo.Context.Redirect", Writer: Recv, Steps: []Step{header("Location"), status(0)}}),
	{echoPkg, "", "NewHTTPError"}:      {Name: "echo.NewHTTPError", Writer: NoResp, Steps: []Step{status(0)}},

	{fiber2, "Ctx", "Status"}:      {Name: "fiber.Ctx.Status", Writer: Recv, Steps: []Step{status(0)}},
	{fiber2, "Ctx", "SendStatus"}:  send(API{Name: "fiber.Ctx.SendStatus", Writer: Recv, Steps: []Step{status(0), body(-1)}}),
	{fiber2, "Ctx", "Redirect"}:    send(API{Name: "fiber.Ctx.Redirect", Writer: Recv, Steps: []Step{header("Location"), statusOr(1, 302)}}),
	{fiber2, "Ctx", "Send"}:        {Name: "fiber.Ctx.Send", Writer: Recv, Steps: []Step{body(0)}},
	{fiber2, "Ctx", "SendString"}:  {Name: "fiber.Ctx.SendString", Writer: Recv, Steps: []Step{body(0)}},
	{fiber2, "Ctx", "JSON"}:        {Name: "fiber.Ctx.JSON", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
	{fiber2, "Ctx", "JSONP"}:       {Name: "fiber.Ctx.JSONP", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
	{fiber2, "Ctx", "XML"}:         {Name: "fiber.Ctx.XML", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
	{fiber2, "Ctx", "Write"}:       {Name: "fiber.Ctx.Write", Writer: Recv, Steps: []Step{body(0)}},
	{fiber2, "Ctx", "WriteString"}: {Name: "fiber.Ctx.WriteString", Writer: Recv, Steps: []Step{body(0)}},
	{fiber2, "Ctx", "Set"}:         {Name: "fiber.Ctx.Set", Writer: Recv, Steps: []Step{headerArg(0)}},
	{fiber2, "Ctx", "Append"}:      {Name: "fiber.Ctx.Append", Writer: Recv, Steps: []Step{headerArg(0)}},
	{fiber2, "Ctx", "Location"}:    {Name: "fiber.Ctx.Location", Writer: Recv, Steps: []Step{header("Location")}},
	{fiber2, "", "NewError"}:       {Name: "fiber.NewError", Writer: NoResp, Steps: []Step{status(0)}},
}

// Callee returns the function or method a call invokes, or nil.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// Lookup returns what call does to a response, or nil when it is not a
// response API. Methods of http.ResponseWriter are recognised on every
// type that implements it (wrappers, recorders, framework writers).
func Lookup(info *types.Info, call *ast.CallExpr) *API {
	fn := Callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	sig := fn.Signature()
	recv := ""
	if r := sig.Recv(); r != nil {
		t := r.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if IsResponseWriter(r.Type()) {
			return writerMethod(fn.Name())
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return nil
		}
		recv = named.Obj().Name()
	}
	if api, ok := apis[key{fn.Pkg().Path(), recv, fn.Name()}]; ok {
		return &api
	}
	return nil
}

var (
	writeHeader = API{Name: "WriteHeader", Framework: nethttp, Writer: Recv, Steps: []Step{status(0)}}
	write       = API{Name: "Write", Framework: nethttp, Writer: Recv, Steps: []Step{body(0)}}
)

func writerMethod(name string) *API {
	switch name {
	case "WriteHeader":
		a := writeHeader
		return &a
	case "Write":
		a := write
		return &a
	}
	return nil
}

// IsResponseWriter reports whether t (or *t) has the method set of
// http.ResponseWriter: Header() http.Header, Write([]byte) (int, error)
// and WriteHeader(int).
func IsResponseWriter(t types.Type) bool {
	// Most types have no WriteHeader at all: answer them without building
	// a method set, which is what this costs on a large package.
	if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "WriteHeader"); obj == nil {
		return false
	}
	ms := types.NewMethodSet(t)
	if _, isPtr := t.(*types.Pointer); !isPtr && !types.IsInterface(t) {
		ms = types.NewMethodSet(types.NewPointer(t))
	}
	var header, write, writeHeader bool
	for i := range ms.Len() {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok {
			continue
		}
		sig := fn.Signature()
		switch fn.Name() {
		case "Header":
			header = sig.Params().Len() == 0 && sig.Results().Len() == 1 && isNamed(sig.Results().At(0).Type(), nethttp, "Header")
		case "Write":
			write = sig.Params().Len() == 1 && sig.Results().Len() == 2
		case "WriteHeader":
			writeHeader = sig.Params().Len() == 1 && sig.Results().Len() == 0
		}
	}
	return header && write && writeHeader
}

func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// Framework names the framework of a package path, "" for others.
func Framework(path string) string {
	switch path {
	case nethttp:
		return "net/http"
	case ginPkg:
		return "gin"
	case echoPkg:
		return "echo"
	case fiber2:
		return "fiber"
	}
	return ""
}

// Packages are the import paths whose presence makes a package worth
// reading.
var Packages = []string{nethttp, ginPkg, echoPkg, fiber2}

func init() {
	for k, a := range apis {
		a.Framework = Framework(k.pkg)
		a.NoCommit = a.Framework == "fiber" || a.Name == "gin.Context.Status"
		apis[k] = a
	}
}

// StatusArg returns the expression that gives call's status, and the
// status the API implies when there is no such expression (a fixed code,
// or the default of an absent variadic argument). ok is false when the
// call sets no status.
func (a *API) StatusArg(call *ast.CallExpr) (arg ast.Expr, code int, ok bool) {
	for _, s := range a.Steps {
		if s.Op != OpStatus {
			continue
		}
		if s.Arg >= 0 && s.Arg < len(call.Args) && !(s.Variadic && call.Ellipsis.IsValid()) {
			return call.Args[s.Arg], 0, true
		}
		return nil, s.Code, true
	}
	return nil, 0, false
}

// Relevant is the fast path of every check: a package that imports no
// response API, directly or through a package it imports, writes no
// response and calls no helper that does.
func Relevant(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if isAPIPackage(imp.Path()) {
			return true
		}
		for _, imp2 := range imp.Imports() {
			if isAPIPackage(imp2.Path()) {
				return true
			}
		}
	}
	return false
}

func isAPIPackage(path string) bool {
	for _, p := range Packages {
		if p == path {
			return true
		}
	}
	return false
}
