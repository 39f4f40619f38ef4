package frameworks

import "maps"

// echo5: echo v5, whose handlers get *echo.Context, a struct, and return
// an error the error handler turns into a response. c.Response() is a
// plain http.ResponseWriter, so c.Response().Header().Set and
// c.Response().WriteHeader are the writer's own calls. Redirect answers
// a status outside 300-308 with an error (a 500) instead of sending it.
// testdata/frameworks/semantics pins what the real module does.
var echo5 = &Framework{
	name:    "echo v5",
	pkg:     "github.com/labstack/echo/v5",
	context: "Context",
	pointer: true,
	// v5 keeps v4's senders: the same names, arguments and effects (v5
	// changed the receiver, not the calls). Render joins them: v5 renders
	// into a buffer and sends it as HTML.
	apis: extend(echo4.apis, map[string]API{
		"Context.Render": send(API{Name: "echo.Context.Render", Writer: Recv, Steps: scType(0, 2)}),
	}),
	writes:     []string{"File", "FileFS", "Attachment", "Inline", "Reset", "SetResponse"},
	errorCtors: []string{"NewHTTPError"},
	// The generic readers and binders of v5 are package functions taking
	// the context: echo.PathParam[int](c, "id").
	readers: []string{"ContextGet", "ContextGetOr", "PathParam", "PathParamOr", "QueryParam", "QueryParamOr", "QueryParams",
		"FormValue", "FormValueOr", "FormValues", "BindPathValues", "BindQueryParams", "BindBody", "BindHeaders"},
	Routing:      VerbMethods,
	errorHandler: "echo's error handler",
}

// extend returns a copy of base with more added.
func extend(base, more map[string]API) map[string]API {
	out := maps.Clone(base)
	maps.Copy(out, more)
	return out
}
