package frameworks

// echoFamily: echo's major versions; the root path holds v3 and earlier.
var echoFamily = Family{Name: "echo", Root: "github.com/labstack/echo", RootVersion: "v3 or earlier"}

// echo4: echo v4, whose handlers get the echo.Context interface and
// return an error that the echo instance's error handler turns into a
// response.
var echo4 = &Framework{
	name:    "echo v4",
	pkg:     "github.com/labstack/echo/v4",
	context: "Context",
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
		"Context.NoContent":  send(API{Name: "echo.Context.NoContent", Writer: Recv, Steps: []Step{status(0)}}),
		"Context.Redirect":   send(API{Name: "echo.Context.Redirect", Writer: Recv, Steps: []Step{header("Location"), status(0)}}),
		"Context.SetCookie":  {Name: "echo.Context.SetCookie", Writer: Recv, Steps: []Step{header("Set-Cookie")}},
		"NewHTTPError":       {Name: "echo.NewHTTPError", Writer: NoResp, Steps: []Step{status(0)}},
	},
	writes:       []string{"File", "Attachment", "Inline", "Render", "Error", "Reset", "SetResponse"},
	errorCtors:   []string{"NewHTTPError"},
	errorHandler: "echo's error handler",
	family:       echoFamily,
	Router: &RouterSpec{
		types: []string{"Echo", "Group"},
		ctors: []string{"New"},
		// The handler is the second argument; the route's middlewares
		// follow it.
		calls: verbCalls(map[string]Call{
			"Group":  {Kind: CallGroup, Path: 0, minArgs: 1},
			"Host":   {Kind: CallHost, Path: 0, minArgs: 1},
			"Any":    {Kind: CallRoute, MethodsArg: -1, Path: 0, Handler: 1, minArgs: 2},
			"Match":  {Kind: CallRoute, MethodsArg: 0, Path: 1, Handler: 2, minArgs: 3},
			"Add":    {Kind: CallRoute, MethodsArg: 0, Path: 1, Handler: 2, minArgs: 3},
			"Static": {Kind: CallStatic, Path: 0, args: 2, Methods: []string{"GET"}, Suffix: "/*", SuffixJoin: JoinPath},
			"File":   {Kind: CallStatic, Path: 0, minArgs: 2, Methods: []string{"GET"}},
		}, false, Call{Path: 0, Handler: 1, minArgs: 2}),
		wrappers: map[string]Wrapper{
			"github.com/labstack/echo/v4.WrapHandler": {Arg: 0, Strip: -1},
		},
		Pattern:   Pattern{Params: ParamsColon, Join: JoinConcat, AnonStar: true},
		behaviour: Behaviour{NotFound: 404, MethodNotAllowed: 405, AllowHeader: true, ErrorStatus: 500},
	},
}
