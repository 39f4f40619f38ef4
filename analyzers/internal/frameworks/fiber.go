package frameworks

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
	Routing:      VerbMethods,
	errorHandler: "fiber's error handler",
}

// fiber2NoBody: the statuses v2's SendStatus sends with an empty body;
// unlike v3 it writes "Reset Content" for 205.
func fiber2NoBody(code int) bool {
	return code >= 100 && code < 200 || code == 204 || code == 304
}
