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
	errorHandler: "echo's error handler",
	family:       echoFamily,
	Router: &RouterSpec{
		types: []string{"Echo", "Group"},
		ctors: []string{"New", "NewWithConfig"},
		// v4's registrations, without Host (v5 routes hosts with a
		// handler of its own); Static and StaticFS register GET at the
		// prefix with "*" appended as written, and take middlewares.
		calls: verbCalls(map[string]Call{
			"Group":    {Kind: CallGroup, Path: 0, minArgs: 1},
			"Any":      {Kind: CallRoute, MethodsArg: -1, Path: 0, Handler: 1, minArgs: 2},
			"Match":    {Kind: CallRoute, MethodsArg: 0, Path: 1, Handler: 2, minArgs: 3},
			"Add":      {Kind: CallRoute, MethodsArg: 0, Path: 1, Handler: 2, minArgs: 3},
			"Static":   {Kind: CallStatic, Path: 0, minArgs: 2, Methods: []string{"GET"}, Suffix: "*", SuffixJoin: JoinConcat},
			"StaticFS": {Kind: CallStatic, Path: 0, minArgs: 2, Methods: []string{"GET"}, Suffix: "*", SuffixJoin: JoinConcat},
			"File":     {Kind: CallStatic, Path: 0, minArgs: 2, Methods: []string{"GET"}},
			"FileFS":   {Kind: CallStatic, Path: 0, minArgs: 3, Methods: []string{"GET"}},
		}, false, Call{Path: 0, Handler: 1, minArgs: 2}),
		wrappers: map[string]Wrapper{
			"github.com/labstack/echo/v5.WrapHandler": {Arg: 0, Strip: -1},
		},
		Pattern: Pattern{Params: ParamsColon, Join: JoinConcat, AnonStar: true},
		// The router's 405 handler sets Allow to the path's methods; the
		// default error handler answers an error without a status with 500.
		behaviour: Behaviour{NotFound: 404, MethodNotAllowed: 405, AllowHeader: true, ErrorStatus: 500},
	},
}

// extend returns a copy of base with more added.
func extend(base, more map[string]API) map[string]API {
	out := maps.Clone(base)
	maps.Copy(out, more)
	return out
}
