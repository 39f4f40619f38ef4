package frameworks

// fiberFamily: fiber's major versions; the root path holds v1.
var fiberFamily = Family{Name: "fiber", Root: "github.com/gofiber/fiber", RootVersion: "v1"}

// fiber2: fiber v2, on fasthttp. Handlers get *fiber.Ctx; nothing goes
// out before the handler returns, so every call records.
var fiber2 = &Framework{
	name:     "fiber v2",
	pkg:      "github.com/gofiber/fiber/v2",
	context:  "Ctx",
	pointer:  true,
	deferred: true,
	apis: map[string]API{
		"Ctx.Status":     {Name: "fiber.Ctx.Status", Writer: Recv, Steps: []Step{status(0)}},
		"Ctx.SendStatus": send(API{Name: "fiber.Ctx.SendStatus", Writer: Recv, Steps: []Step{status(0), body(-1)}, resolve: statusTextUnless(fiber2NoBody)}),
		"Ctx.Redirect":   send(API{Name: "fiber.Ctx.Redirect", Writer: Recv, Steps: []Step{header("Location"), statusOr(1, 302)}}),
		"Ctx.Send":       {Name: "fiber.Ctx.Send", Writer: Recv, Steps: []Step{body(0)}},
		"Ctx.SendString": {Name: "fiber.Ctx.SendString", Writer: Recv, Steps: []Step{body(0)}},
		"Ctx.JSON":       {Name: "fiber.Ctx.JSON", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
		"Ctx.JSONP":      {Name: "fiber.Ctx.JSONP", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
		"Ctx.XML":        {Name: "fiber.Ctx.XML", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
		// Render executes the template with bind into the body, as HTML.
		"Ctx.Render":      {Name: "fiber.Ctx.Render", Writer: Recv, Steps: []Step{header("Content-Type"), body(1)}},
		"Ctx.Write":       {Name: "fiber.Ctx.Write", Writer: Recv, Steps: []Step{body(0)}},
		"Ctx.WriteString": {Name: "fiber.Ctx.WriteString", Writer: Recv, Steps: []Step{body(0)}},
		"Ctx.Set":         {Name: "fiber.Ctx.Set", Writer: Recv, Steps: []Step{headerArg(0)}},
		"Ctx.Append":      {Name: "fiber.Ctx.Append", Writer: Recv, Steps: []Step{headerArg(0)}},
		"Ctx.Location":    {Name: "fiber.Ctx.Location", Writer: Recv, Steps: []Step{header("Location")}},
		"Ctx.Cookie":      {Name: "fiber.Ctx.Cookie", Writer: Recv, Steps: []Step{header("Set-Cookie")}},
		"Ctx.ClearCookie": {Name: "fiber.Ctx.ClearCookie", Writer: Recv, Steps: []Step{header("Set-Cookie")}},
		"NewError":        {Name: "fiber.NewError", Writer: NoResp, Steps: []Step{status(0)}},
	},
	writes:       []string{"Next", "SendFile", "Download", "SendStream", "Format", "Attachment", "Vary", "Links", "Type"},
	methodCall:   "Method",
	errorCtors:   []string{"NewError"},
	errorHandler: "fiber's error handler",
	// The session store's Get reads the session cookie and keeps the
	// context in the session it returns, whose Save and Destroy set or
	// clear that cookie: a header, never a status or a body.
	noWrite:     [][2]string{{"github.com/gofiber/fiber/v2/middleware/session", "Get"}},
	bodyParsers: []string{"BodyParser"},
	family:      fiberFamily,
	Router: &RouterSpec{
		types: []string{"App", "Group", "Router"},
		ctors: []string{"New"},
		// The handler is the last argument, after the route's middlewares;
		// every registration returns the router, for chaining.
		calls: fiberGet(verbCalls(map[string]Call{
			"Group":  {Kind: CallGroup, Path: 0, minArgs: 1},
			"Route":  {Kind: CallRouteFunc, Path: 0, Func: 1, minArgs: 2},
			"Use":    {Kind: CallSame},
			"Name":   {Kind: CallSame},
			"Mount":  {Kind: CallMountRouter, Path: 0, Handler: 1, args: 2},
			"Add":    {Kind: CallRoute, MethodsArg: 0, Path: 1, Handler: Last, minArgs: 3, Chain: true},
			"All":    {Kind: CallRoute, MethodsArg: -1, Path: 0, Handler: Last, minArgs: 2, Chain: true},
			"Static": {Kind: CallStatic, Path: 0, minArgs: 2, Chain: true, Methods: []string{"GET", "HEAD"}, Suffix: "/*", SuffixJoin: JoinSlash},
		}, true, Call{Path: 0, Handler: Last, minArgs: 2, Chain: true})),
		Pattern: fiberPattern,
		// fiber v2 answers a path other methods have with 405, and its
		// router appends an Allow header there (methodExist in helpers.go).
		behaviour: Behaviour{NotFound: 404, MethodNotAllowed: 405, AllowHeader: true, ErrorStatus: 500},
	},
}

// fiberPattern: :name, :name?, :name<int>, a name ending at - or ., the
// catch-alls * and +, and a trailing slash the default (non-strict)
// routing drops. fiber v3 keeps v2's syntax.
var fiberPattern = Pattern{Params: ParamsColon, Join: JoinSlash, AnonStar: true, Plus: true,
	InSegment: true, Optional: true, Constraints: true, DropsSlash: true}

// fiberGet: fiber's Get registers HEAD too.
func fiberGet(calls map[string]Call) map[string]Call {
	c := calls["Get"]
	c.AlsoHead = true
	calls["Get"] = c
	return calls
}

// fiber2NoBody: the statuses v2's SendStatus sends with an empty body;
// unlike v3 it writes "Reset Content" for 205.
func fiber2NoBody(code int) bool {
	return code >= 100 && code < 200 || code == 204 || code == 304
}
