package frameworks

import (
	"go/ast"
	"go/constant"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// fiber3: fiber v3, on fasthttp like v2. Handlers get the fiber.Ctx
// interface (or, express-style, its Req and Res halves); c.Status chains
// to the senders, c.Redirect() returns a *Redirect whose To sends 303 See
// Other unless Status set another (v2 redirected with 302), and
// SendStatus leaves the body empty for 1xx, 204, 205 and 304 (v2 wrote
// "Reset Content" for 205). testdata/frameworks/semantics pins each of
// these on the real module.
const fiber3Pkg = "github.com/gofiber/fiber/v3"

var fiber3 = &Framework{
	name:     "fiber v3",
	pkg:      fiber3Pkg,
	context:  "Ctx",
	carriers: []string{"Redirect", "Res"},
	split:    [2]string{"Req", "Res"},
	deferred: true,
	apis: withRes(map[string]API{
		"Ctx.Status":     {Name: "fiber.Ctx.Status", Writer: Recv, Steps: []Step{status(0)}},
		"Ctx.SendStatus": send(API{Name: "fiber.Ctx.SendStatus", Writer: Recv, Steps: []Step{status(0), body(-1)}, resolve: statusTextUnless(fiber3NoBody)}),
		"Ctx.Send":       {Name: "fiber.Ctx.Send", Writer: Recv, Steps: []Step{body(0)}},
		"Ctx.SendString": {Name: "fiber.Ctx.SendString", Writer: Recv, Steps: []Step{body(0)}},
		"Ctx.JSON":       {Name: "fiber.Ctx.JSON", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
		"Ctx.JSONP":      {Name: "fiber.Ctx.JSONP", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
		"Ctx.XML":        {Name: "fiber.Ctx.XML", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
		"Ctx.CBOR":       {Name: "fiber.Ctx.CBOR", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
		"Ctx.MsgPack":    {Name: "fiber.Ctx.MsgPack", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
		"Ctx.AutoFormat": {Name: "fiber.Ctx.AutoFormat", Writer: Recv, Steps: []Step{header("Content-Type"), body(0)}},
		// Render executes the template with bind into the body, as HTML.
		"Ctx.Render":      {Name: "fiber.Ctx.Render", Writer: Recv, Steps: []Step{header("Content-Type"), body(1)}},
		"Ctx.Write":       {Name: "fiber.Ctx.Write", Writer: Recv, Steps: []Step{body(0)}},
		"Ctx.WriteString": {Name: "fiber.Ctx.WriteString", Writer: Recv, Steps: []Step{body(0)}},
		"Ctx.Writef":      {Name: "fiber.Ctx.Writef", Writer: Recv, Steps: []Step{bodyFrom(0)}},
		"Ctx.Set":         {Name: "fiber.Ctx.Set", Writer: Recv, Steps: []Step{headerArg(0)}},
		"Ctx.Append":      {Name: "fiber.Ctx.Append", Writer: Recv, Steps: []Step{headerArg(0)}},
		"Ctx.Location":    {Name: "fiber.Ctx.Location", Writer: Recv, Steps: []Step{header("Location")}},
		"Ctx.Type":        {Name: "fiber.Ctx.Type", Writer: Recv, Steps: []Step{header("Content-Type")}},
		"Ctx.Vary":        {Name: "fiber.Ctx.Vary", Writer: Recv, Steps: []Step{header("Vary")}},
		"Ctx.Links":       {Name: "fiber.Ctx.Links", Writer: Recv, Steps: []Step{header("Link")}},
		"Ctx.Attachment":  {Name: "fiber.Ctx.Attachment", Writer: Recv, Steps: []Step{header("Content-Disposition")}},
		"Ctx.Cookie":      {Name: "fiber.Ctx.Cookie", Writer: Recv, Steps: []Step{header("Set-Cookie")}},
		"Ctx.ClearCookie": {Name: "fiber.Ctx.ClearCookie", Writer: Recv, Steps: []Step{header("Set-Cookie")}},

		// c.Redirect().Status(302).To(url): the status is the chain's, or 303.
		"Redirect.Status": {Name: "fiber.Redirect.Status", Writer: Recv, Steps: []Step{status(0)}},
		"Redirect.To":     send(API{Name: "fiber.Redirect.To", Writer: Recv, Steps: []Step{header("Location"), fixed(303)}, resolve: chainStatus}),
		"Redirect.Route":  send(API{Name: "fiber.Redirect.Route", Writer: Recv, Steps: []Step{header("Location"), fixed(303)}, resolve: chainStatus}),
		"Redirect.Back":   send(API{Name: "fiber.Redirect.Back", Writer: Recv, Steps: []Step{header("Location"), fixed(303)}, resolve: chainStatus}),

		"NewError":  {Name: "fiber.NewError", Writer: NoResp, Steps: []Step{status(0)}},
		"NewErrorf": {Name: "fiber.NewErrorf", Writer: NoResp, Steps: []Step{status(0)}},
	}),
	// End flushes the response at once and Drop closes the connection;
	// SendEarlyHints sends a 103 first. Bind() only returns the binder.
	writes: []string{"Next", "RestartRouting", "SendFile", "Download", "SendStream", "SendStreamWriter", "Format",
		"SendEarlyHints", "End", "Drop", "Abandon", "ForceRelease", "Reset"},
	methodCall:   "Method",
	errorCtors:   []string{"NewError", "NewErrorf"},
	readers:      []string{"GetReqHeader", "Locals", "Params", "Query"},
	errorHandler: "fiber's error handler",
	// v2's session Get, and csrf's TokenFromContext, which reads the token
	// the middleware stored.
	noWrite: [][2]string{
		{fiber3Pkg + "/middleware/session", "Get"},
		{fiber3Pkg + "/middleware/csrf", "TokenFromContext"},
	},
	family: fiberFamily,
	Router: &RouterSpec{
		types: []string{"App", "Group", "Router"},
		ctors: []string{"New"},
		// v2's registrations, with the methods of Add as a list; Mount is
		// gone: app.Use("/prefix", sub) mounts an app. Static moved to a
		// middleware package of its own.
		calls: fiberGet(verbCalls(map[string]Call{
			"Group": {Kind: CallGroup, Path: 0, minArgs: 1},
			"Route": {Kind: CallRouteFunc, Path: 0, Func: 1, minArgs: 2},
			"Use":   {Kind: CallMountRouter, Path: 0, Handler: Last, minArgs: 2},
			"Name":  {Kind: CallSame},
			"Add":   {Kind: CallRoute, MethodsArg: 0, Path: 1, Handler: Last, minArgs: 3, Chain: true},
			"All":   {Kind: CallRoute, MethodsArg: -1, Path: 0, Handler: Last, minArgs: 2, Chain: true},
			// RouteChain(path) returns a Register bound to the path.
			"RouteChain": {Kind: CallGroup, Path: 0, args: 1},
		}, true, Call{Path: 0, Handler: Last, minArgs: 2, Chain: true})),
		chains: []string{"Register", "Registering"},
		chainCalls: fiberGet(verbCalls(map[string]Call{
			"All":        {Kind: CallRoute, MethodsArg: -1, Path: -1, Handler: Last, minArgs: 1, Chain: true},
			"Add":        {Kind: CallRoute, MethodsArg: 0, Path: -1, Handler: Last, minArgs: 2, Chain: true},
			"RouteChain": {Kind: CallGroup, Path: 0, args: 1},
		}, true, Call{Path: -1, Handler: Last, minArgs: 1, Chain: true})),
		wrappers: map[string]Wrapper{
			fiber3Pkg + "/middleware/adaptor.HTTPHandler":     {Arg: 0, Strip: -1},
			fiber3Pkg + "/middleware/adaptor.HTTPHandlerFunc": {Arg: 0, Strip: -1},
		},
		Pattern: fiberPattern,
		// A path other methods have is a 405 whose Allow header lists
		// them (the router appends each method it finds).
		behaviour: Behaviour{NotFound: 404, MethodNotAllowed: 405, AllowHeader: true, ErrorStatus: 500},
	},
}

// fiber3NoBody: the statuses v3's SendStatus sends with an empty body.
func fiber3NoBody(code int) bool {
	return code >= 100 && code < 200 || code == 204 || code == 205 || code == 304
}

// withRes adds, for each Ctx method of apis, the same method on Res, the
// response half express-style handlers get (res.Status(201).JSON(v)).
func withRes(apis map[string]API) map[string]API {
	for _, k := range slices.Sorted(maps.Keys(apis)) {
		if m, ok := strings.CutPrefix(k, "Ctx."); ok {
			a := apis[k]
			a.Name = "fiber.Res." + m
			apis["Res."+m] = a
		}
	}
	return apis
}

// statusTextUnless returns a resolve for SendStatus-like APIs: the status
// text they write as the body is left out when the status is a constant
// for which the framework sends no body.
func statusTextUnless(noBody func(int) bool) func(*types.Info, *ast.CallExpr, API) API {
	return func(info *types.Info, call *ast.CallExpr, a API) API {
		code, ok := constInt(info, argAt(call, 0))
		if !ok || !noBody(code) {
			return a
		}
		a.Steps = slices.DeleteFunc(slices.Clone(a.Steps), func(s Step) bool { return s.Op == OpBody })
		return a
	}
}

// chainStatus drops the default status of a fiber v3 redirect when the
// chain it ends sets one: c.Redirect().Status(302).With(k, v).To(url)
// records 302 at Status and the Location at To.
func chainStatus(info *types.Info, call *ast.CallExpr, a API) API {
	for e := call.Fun; ; {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return a
		}
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return a
		}
		fn := typeref.Callee(info, inner)
		if fn == nil || fn.Signature().Recv() == nil || !typeref.IsNamed(fn.Signature().Recv().Type(), fiber3Pkg, "Redirect", true) {
			return a // the start of the chain: c.Redirect()
		}
		if fn.Name() == "Status" {
			a.Steps = slices.DeleteFunc(slices.Clone(a.Steps), func(s Step) bool { return s.Op == OpStatus })
			return a
		}
		e = inner.Fun
	}
}

func argAt(call *ast.CallExpr, i int) ast.Expr {
	if i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

// constInt returns the value of a constant integer expression.
func constInt(info *types.Info, e ast.Expr) (int, bool) {
	if e == nil {
		return 0, false
	}
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v, ok := constant.Int64Val(constant.ToInt(tv.Value))
	return int(v), ok
}
