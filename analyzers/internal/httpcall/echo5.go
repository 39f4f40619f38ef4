package httpcall

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
	apis: map[string]API{
		"Context.JSON":       send(API{Name: "echo.Context.JSON", Writer: Recv, Steps: scType(0, 1)}),
		"Context.JSONPretty": send(API{Name: "echo.Context.JSONPretty", Writer: Recv, Steps: scType(0, 1)}),
		"Context.JSONBlob":   send(API{Name: "echo.Context.JSONBlob", Writer: Recv, Steps: scType(0, 1)}),
		"Context.JSONP":      send(API{Name: "echo.Context.JSONP", Writer: Recv, Steps: scType(0, 2)}),
		"Context.JSONPBlob":  send(API{Name: "echo.Context.JSONPBlob", Writer: Recv, Steps: scType(0, 2)}),
		"Context.XML":        send(API{Name: "echo.Context.XML", Writer: Recv, Steps: scType(0, 1)}),
		"Context.XMLPretty":  send(API{Name: "echo.Context.XMLPretty", Writer: Recv, Steps: scType(0, 1)}),
		"Context.XMLBlob":    send(API{Name: "echo.Context.XMLBlob", Writer: Recv, Steps: scType(0, 1)}),
		"Context.String":     send(API{Name: "echo.Context.String", Writer: Recv, Steps: scType(0, 1)}),
		"Context.HTML":       send(API{Name: "echo.Context.HTML", Writer: Recv, Steps: scType(0, 1)}),
		"Context.HTMLBlob":   send(API{Name: "echo.Context.HTMLBlob", Writer: Recv, Steps: scType(0, 1)}),
		"Context.Blob":       send(API{Name: "echo.Context.Blob", Writer: Recv, Steps: scType(0, 2)}),
		"Context.Stream":     send(API{Name: "echo.Context.Stream", Writer: Recv, Steps: scType(0, 2)}),
		// Render executes the template into a buffer, then sends it as HTML.
		"Context.Render":    send(API{Name: "echo.Context.Render", Writer: Recv, Steps: scType(0, 2)}),
		"Context.NoContent": send(API{Name: "echo.Context.NoContent", Writer: Recv, Steps: []Step{status(0)}}),
		"Context.Redirect":  send(API{Name: "echo.Context.Redirect", Writer: Recv, Steps: []Step{header("Location"), status(0)}}),
		"Context.SetCookie": {Name: "echo.Context.SetCookie", Writer: Recv, Steps: []Step{header("Set-Cookie")}},
		"NewHTTPError":      {Name: "echo.NewHTTPError", Writer: NoResp, Steps: []Step{status(0)}},
	},
	writes:     []string{"File", "FileFS", "Attachment", "Inline", "Reset", "SetResponse"},
	errorCtors: []string{"NewHTTPError"},
	// The generic readers and binders of v5 are package functions taking
	// the context: echo.PathParam[int](c, "id").
	readers: []string{"ContextGet", "ContextGetOr", "PathParam", "PathParamOr", "QueryParam", "QueryParamOr", "QueryParams",
		"FormValue", "FormValueOr", "FormValues", "BindPathValues", "BindQueryParams", "BindBody", "BindHeaders"},
	Routing: VerbMethods,
}
