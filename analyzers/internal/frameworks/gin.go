package frameworks

// gin: handlers get *gin.Context; a render call sends status, headers
// and body at once, c.Status records a status that the first write sends.
var gin = &Framework{
	name:    "gin",
	pkg:     "github.com/gin-gonic/gin",
	context: "Context",
	pointer: true,
	apis: map[string]API{
		"Context.JSON":                    send(API{Name: "gin.Context.JSON", Writer: Recv, Steps: scType(0, 1)}),
		"Context.IndentedJSON":            send(API{Name: "gin.Context.IndentedJSON", Writer: Recv, Steps: scType(0, 1)}),
		"Context.SecureJSON":              send(API{Name: "gin.Context.SecureJSON", Writer: Recv, Steps: scType(0, 1)}),
		"Context.PureJSON":                send(API{Name: "gin.Context.PureJSON", Writer: Recv, Steps: scType(0, 1)}),
		"Context.AsciiJSON":               send(API{Name: "gin.Context.AsciiJSON", Writer: Recv, Steps: scType(0, 1)}),
		"Context.JSONP":                   send(API{Name: "gin.Context.JSONP", Writer: Recv, Steps: scType(0, 1)}),
		"Context.XML":                     send(API{Name: "gin.Context.XML", Writer: Recv, Steps: scType(0, 1)}),
		"Context.YAML":                    send(API{Name: "gin.Context.YAML", Writer: Recv, Steps: scType(0, 1)}),
		"Context.TOML":                    send(API{Name: "gin.Context.TOML", Writer: Recv, Steps: scType(0, 1)}),
		"Context.ProtoBuf":                send(API{Name: "gin.Context.ProtoBuf", Writer: Recv, Steps: scType(0, 1)}),
		"Context.String":                  send(API{Name: "gin.Context.String", Writer: Recv, Steps: []Step{status(0), header("Content-Type"), bodyFrom(1)}}),
		"Context.HTML":                    send(API{Name: "gin.Context.HTML", Writer: Recv, Steps: scType(0, 2)}),
		"Context.Data":                    send(API{Name: "gin.Context.Data", Writer: Recv, Steps: scType(0, 2)}),
		"Context.DataFromReader":          send(API{Name: "gin.Context.DataFromReader", Writer: Recv, Steps: scType(0, 3)}),
		"Context.Render":                  send(API{Name: "gin.Context.Render", Writer: Recv, Steps: sc(0, 1)}),
		"Context.AbortWithStatusJSON":     send(API{Name: "gin.Context.AbortWithStatusJSON", Writer: Recv, Steps: scType(0, 1)}),
		"Context.AbortWithStatusPureJSON": send(API{Name: "gin.Context.AbortWithStatusPureJSON", Writer: Recv, Steps: scType(0, 1)}),
		"Context.BSON":                    send(API{Name: "gin.Context.BSON", Writer: Recv, Steps: scType(0, 1)}),
		"Context.Redirect":                send(API{Name: "gin.Context.Redirect", Writer: Recv, Steps: []Step{header("Location"), status(0), body(-1)}}),
		"Context.Status":                  {Name: "gin.Context.Status", Writer: Recv, Steps: []Step{status(0)}, NoCommit: true},
		"Context.AbortWithStatus":         {Name: "gin.Context.AbortWithStatus", Writer: Recv, Steps: []Step{status(0)}},
		"Context.AbortWithError":          {Name: "gin.Context.AbortWithError", Writer: Recv, Steps: []Step{status(0)}},
		"Context.Header":                  {Name: "gin.Context.Header", Writer: Recv, Steps: []Step{headerArg(0)}},
		"Context.SetCookie":               {Name: "gin.Context.SetCookie", Writer: Recv, Steps: []Step{header("Set-Cookie")}},
	},
	// Bind and its Must siblings answer 400 themselves when binding fails.
	writes: []string{"Next", "File", "FileAttachment", "FileFromFS", "Stream", "SSEvent", "Negotiate", "Copy", "SetSameSite",
		"Bind", "BindJSON", "BindXML", "BindQuery", "BindYAML", "BindTOML", "BindHeader", "BindUri", "BindPlain", "MustBindWith"},
	// gin's writer reads a status of zero or less as "keep the current
	// one": c.Render(-1, sse) is how gin streams events.
	keepsStatus: true,
	family:      Family{Name: "gin", Root: "github.com/gin-gonic/gin", RootVersion: "v1"},
	Router: &RouterSpec{
		types: []string{"Engine", "RouterGroup", "IRouter", "IRoutes"},
		ctors: []string{"New", "Default"},
		// The handler is the last argument, after the route's middlewares.
		calls: verbCalls(map[string]Call{
			"Group":        {Kind: CallGroup, Path: 0, minArgs: 1},
			"Use":          {Kind: CallSame},
			"Handle":       {Kind: CallRoute, MethodsArg: 0, Path: 1, Handler: Last, minArgs: 3},
			"Any":          {Kind: CallRoute, MethodsArg: -1, Path: 0, Handler: Last, minArgs: 2},
			"Match":        {Kind: CallRoute, MethodsArg: 0, Path: 1, Handler: Last, minArgs: 3},
			"StaticFile":   {Kind: CallStatic, Path: 0, minArgs: 2, Methods: []string{"GET", "HEAD"}},
			"StaticFileFS": {Kind: CallStatic, Path: 0, minArgs: 2, Methods: []string{"GET", "HEAD"}},
			"Static":       {Kind: CallStatic, Path: 0, args: 2, Methods: []string{"GET", "HEAD"}, Suffix: "/*filepath", SuffixJoin: JoinPath},
			"StaticFS":     {Kind: CallStatic, Path: 0, args: 2, Methods: []string{"GET", "HEAD"}, Suffix: "/*filepath", SuffixJoin: JoinPath},
		}, false, Call{Path: 0, Handler: Last, minArgs: 2}),
		wrappers: map[string]Wrapper{
			"github.com/gin-gonic/gin.WrapF": {Arg: 0, Strip: -1},
			"github.com/gin-gonic/gin.WrapH": {Arg: 0, Strip: -1},
		},
		Pattern: Pattern{Params: ParamsColon, Join: JoinPath, NamedStar: true},
		// HandleMethodNotAllowed is off by default: a wrong method is a
		// 404. RedirectTrailingSlash is on, for every route.
		behaviour: Behaviour{NotFound: 404, MethodNotAllowed: 404, SlashRedirect: 301, SlashRedirectOther: 307, SlashRedirectAll: true},
	},
}
