package usage

import (
	"bufio"
	"context"
	"crypto/tls"
	"io"
	"mime/multipart"
	"net/http"

	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/valyala/fasthttp"
)

// Fiber3Ctx uses fiber v3's Ctx interface.
func Fiber3Ctx(c fiber3.Ctx) error {
	var (
		app      *fiber3.App = c.App()
		fc       *fasthttp.RequestCtx
		hello    *tls.ClientHelloInfo
		headers  map[string][]string
		form     *multipart.Form
		route    *fiber3.Route
		bind     *fiber3.Bind
		redirect *fiber3.Redirect
		chained  fiber3.Ctx
		done     <-chan struct{}
		queries  map[string]string
	)
	str = c.BaseURL()
	fc = c.RequestCtx()
	ctx = c.Context()
	c.SetContext(ctx)
	stamp, flag = c.Deadline()
	done = c.Done()
	err = c.Err()
	str = c.Get(str, strs...)
	headers = c.GetHeaders()
	headers = c.GetReqHeaders()
	str = c.GetRespHeader(str, strs...)
	headers = c.GetRespHeaders()
	hello = c.ClientHelloInfo()
	err = c.Next()
	err = c.RestartRouting()
	str = c.OriginalURL()
	str = c.Path(strs...)
	str = c.RequestID()
	var rq fiber3.Req = c.Req()
	var rs fiber3.Res = c.Res()
	redirect = c.Redirect()
	err = c.ViewBind(fiber3.Map{str: obj})
	route = c.Route()
	str = c.FullPath()
	flag = c.Matched()
	flag = c.IsMiddleware()
	flag = c.HasBody()
	c.OverrideParam(str, str)
	flag = c.IsWebSocket()
	flag = c.IsPreflight()
	err = c.SaveFile(fileHdr, str)
	flag = c.Secure()
	chained = c.Status(code)
	str = c.String()
	obj = c.Value(obj)
	flag = c.XHR()
	c.Reset(fc)
	c.Abandon()
	flag = c.IsAbandoned()
	c.ForceRelease()
	bind = c.Bind()
	str = c.FullURL()
	str = c.UserAgent()
	str = c.Referer()
	str = c.AcceptLanguage()
	str = c.AcceptEncoding()
	flag = c.HasHeader(str)
	str = c.MediaType()
	str = c.Charset()
	flag = c.IsJSON()
	flag = c.IsForm()
	flag = c.IsMultipart()
	flag = c.AcceptsJSON()
	flag = c.AcceptsHTML()
	flag = c.AcceptsXML()
	flag = c.AcceptsEventStream()
	str = c.Accepts(strs...)
	str = c.AcceptsCharsets(strs...)
	str = c.AcceptsEncodings(strs...)
	str = c.AcceptsLanguages(strs...)
	str = c.AcceptsLanguagesExtended(strs...)
	data = c.BodyRaw()
	data = c.Body()
	str = c.Cookies(str, strs...)
	fileHdr, err = c.FormFile(str)
	str = c.FormValue(str, strs...)
	flag = c.Fresh()
	str = c.Host()
	str = c.Hostname()
	str = c.Port()
	str = c.IP()
	strs = c.IPs()
	flag = c.Is(str)
	obj = c.Locals(obj, objs...)
	str = c.Method(strs...)
	form, err = c.MultipartForm()
	str = c.Params(str, strs...)
	str = c.Scheme()
	str = c.Protocol()
	str = c.Query(str, strs...)
	queries = c.Queries()
	strs = c.Subdomains(code)
	flag = c.Stale()
	flag = c.IsProxyTrusted()
	flag = c.IsFromLocal()
	c.Append(str, strs...)
	c.Attachment(strs...)
	c.ClearCookie(strs...)
	c.Cookie(&fiber3.Cookie{})
	err = c.Download(str, strs...)
	err = c.Format(fiber3.ResFmt{MediaType: str, Handler: func(fiber3.Ctx) error { return nil }})
	err = c.AutoFormat(obj)
	err = c.JSON(obj, strs...)
	err = c.MsgPack(obj, strs...)
	err = c.CBOR(obj, strs...)
	err = c.JSONP(obj, strs...)
	err = c.XML(obj)
	c.Links(strs...)
	c.Location(str)
	str, err = c.GetRouteURL(str, fiber3.Map{})
	err = c.Render(str, obj, strs...)
	err = c.Send(data)
	err = c.SendEarlyHints(strs)
	err = c.SendFile(str, fiber3.SendFile{})
	err = c.SendStatus(code)
	err = c.SendString(str)
	err = c.SendStream(reader, code)
	err = c.SendStreamWriter(func(*bufio.Writer) {})
	c.Set(str, str)
	chained = c.Type(str, strs...)
	c.Vary(strs...)
	code, err = c.Write(data)
	code, err = c.Writef(str, objs...)
	code, err = c.WriteString(str)
	err = c.Drop()
	err = c.End()
	var _ io.Writer = c
	var _ context.Context = c
	_, _, _, _, _, _, _, _, _, _, _ = app, hello, headers, form, route, rq, rs, done, queries, bind, redirect

	var n int = fiber3.Params[int](c, str, code)
	n = fiber3.Query[int](c, str, n)
	n = fiber3.GetReqHeader[int](c, str, n)
	n = fiber3.Locals[int](c, obj, n)
	_ = n
	_ = chained
	return c.Status(code).JSON(obj)
}

// Fiber3ReqRes uses the Req and Res halves of a fiber v3 Ctx.
func Fiber3ReqRes(rq fiber3.Req, rs fiber3.Res) error {
	var (
		app   *fiber3.App
		fc    *fasthttp.RequestCtx
		route *fiber3.Route
	)
	app = rq.App()
	str = rq.BaseURL()
	data = rq.Body()
	fc = rq.RequestCtx()
	str = rq.Cookies(str, strs...)
	fileHdr, err = rq.FormFile(str)
	str = rq.FormValue(str, strs...)
	str = rq.Get(str, strs...)
	str = rq.Hostname()
	str = rq.IP()
	obj = rq.Locals(obj, objs...)
	str = rq.Method(strs...)
	str = rq.OriginalURL()
	str = rq.Params(str, strs...)
	str = rq.Query(str, strs...)
	route = rq.Route()

	app = rs.App()
	rs.Append(str, strs...)
	rs.Attachment(strs...)
	rs.ClearCookie(strs...)
	fc = rs.RequestCtx()
	rs.Cookie(&fiber3.Cookie{})
	err = rs.Download(str, strs...)
	err = rs.Format(fiber3.ResFmt{})
	err = rs.AutoFormat(obj)
	str = rs.Get(str, strs...)
	var headers map[string][]string = rs.GetHeaders()
	err = rs.JSON(obj, strs...)
	err = rs.MsgPack(obj, strs...)
	err = rs.CBOR(obj, strs...)
	err = rs.JSONP(obj, strs...)
	err = rs.XML(obj)
	rs.Links(strs...)
	rs.Location(str)
	str = rs.OriginalURL()
	var redirect *fiber3.Redirect = rs.Redirect()
	err = rs.ViewBind(fiber3.Map{})
	str, err = rs.GetRouteURL(str, fiber3.Map{})
	err = rs.Render(str, obj, strs...)
	err = rs.Send(data)
	err = rs.SendEarlyHints(strs)
	err = rs.SendFile(str)
	err = rs.SendStatus(code)
	err = rs.SendString(str)
	err = rs.SendStream(reader, code)
	err = rs.SendStreamWriter(func(*bufio.Writer) {})
	rs.Set(str, str)
	var chained fiber3.Ctx = rs.Status(code)
	chained = rs.Type(str, strs...)
	rs.Vary(strs...)
	code, err = rs.Write(data)
	code, err = rs.Writef(str, objs...)
	code, err = rs.WriteString(str)
	err = rs.Drop()
	_, _, _, _, _, _ = app, fc, route, headers, redirect, chained
	return rs.End()
}

// Fiber3Bind uses fiber v3's Bind.
func Fiber3Bind(b *fiber3.Bind) {
	b = b.WithoutAutoHandling()
	b = b.WithAutoHandling()
	b = b.SkipValidation(flag)
	err = b.Custom(str, obj)
	err = b.Header(obj)
	err = b.RespHeader(obj)
	err = b.Cookie(obj)
	err = b.Query(obj)
	err = b.JSON(obj)
	err = b.CBOR(obj)
	err = b.XML(obj)
	err = b.Form(obj)
	err = b.URI(obj)
	err = b.MsgPack(obj)
	err = b.Body(obj)
	err = b.All(obj)
}

// Fiber3Redirect uses fiber v3's Redirect.
func Fiber3Redirect(r *fiber3.Redirect) error {
	r = fiber3.AcquireRedirect()
	defer fiber3.ReleaseRedirect(r)
	r = r.Status(code)
	r = r.With(str, str, uint8(code))
	r = r.WithInput()
	var msgs []fiber3.FlashMessage = r.Messages()
	var msg fiber3.FlashMessage = r.Message(str)
	str, str = msg.Key, msg.Value
	var level uint8 = msg.Level
	var olds []fiber3.OldInputData = r.OldInputs()
	var old fiber3.OldInputData = r.OldInput(str)
	str, str = old.Key, old.Value
	_, _, _ = msgs, level, olds
	err = r.Route(str, fiber3.RedirectConfig{Params: fiber3.Map{}, Queries: header})
	err = r.Back(strs...)
	return r.Status(code).To(str)
}

// Fiber3Types uses fiber v3's cookie, file and format types.
func Fiber3Types() {
	_ = fiber3.Cookie{
		Expires: stamp, Name: str, Value: str, Path: str, Domain: str, SameSite: str,
		MaxAge: code, Secure: flag, HTTPOnly: flag, Partitioned: flag, SessionOnly: flag,
	}
	_ = fiber3.SendFile{
		FS: nil, Compress: flag, ByteRange: flag, Download: flag, CacheDuration: dur, MaxAge: code,
	}
	var handler func(fiber3.Ctx) error
	_ = fiber3.ResFmt{Handler: handler, MediaType: str}
}

// Fiber3App uses fiber v3's App, Group, Router, Register and configuration,
// and registers every handler shape v3 accepts.
func Fiber3App(h fiber3.Handler, handlers ...any) {
	var errorHandler fiber3.ErrorHandler = fiber3.DefaultErrorHandler
	var plainEH func(fiber3.Ctx, error) error = errorHandler
	var plainH func(fiber3.Ctx) error = h
	_, _ = plainEH, plainH
	cfg := fiber3.Config{
		ServerHeader: str, StrictRouting: flag, CaseSensitive: flag, Immutable: flag,
		UnescapePath: flag, BodyLimit: code, ReadTimeout: dur, WriteTimeout: dur,
		IdleTimeout: dur, ProxyHeader: str, ErrorHandler: errorHandler, AppName: str,
		TrustProxy: flag, RequestMethods: strs, CompressedFileSuffixes: header,
	}
	var app *fiber3.App = fiber3.New(cfg)
	cfg = app.Config()
	err = app.ErrorHandler(nil, err)

	var r fiber3.Router = app.Use(objs...)
	r = app.Get(str, h, handlers...)
	r = app.Head(str, h, handlers...)
	r = app.Post(str, h, handlers...)
	r = app.Put(str, h, handlers...)
	r = app.Delete(str, h, handlers...)
	r = app.Connect(str, h, handlers...)
	r = app.Options(str, h, handlers...)
	r = app.Trace(str, h, handlers...)
	r = app.Patch(str, h, handlers...)
	r = app.Add(strs, str, h, handlers...)
	r = app.All(str, h, handlers...)
	r = app.Group(str, handlers...)
	r = app.Route(str, func(router fiber3.Router) {}, strs...)
	r = app.Name(str)
	var reg fiber3.Register = app.RouteChain(str)
	var route fiber3.Route = app.GetRoute(str)
	var routes []fiber3.Route = app.GetRoutes(flag)
	str, str, str = route.Method, route.Name, route.Path
	strs = route.Params
	var routeHandlers []fiber3.Handler = route.Handlers
	_, _ = routes, routeHandlers
	var fh fasthttp.RequestHandler = app.Handler()
	err = app.Shutdown()
	err = app.ShutdownWithTimeout(dur)
	err = app.ShutdownWithContext(ctx)
	err = app.Listen(str, fiber3.ListenConfig{
		GracefulContext: ctx, TLSConfigFunc: func(*tls.Config) {}, TLSConfig: nil,
		DisableStartupMessage: flag,
	})
	str = app.MountPath()
	app.RemoveRoute(str, strs...)
	app.RemoveRouteByName(str, strs...)
	var resp *http.Response
	resp, err = app.Test(req, fiber3.TestConfig{Timeout: dur, FailOnTimeout: flag})
	_ = resp

	// The handler shapes v3 registers.
	r = r.Get(str, func(c fiber3.Ctx) error { return nil })
	r = r.Get(str, func(c fiber3.Ctx) {})
	r = r.Get(str, func(rq fiber3.Req, rs fiber3.Res) error { return nil })
	r = r.Get(str, func(rq fiber3.Req, rs fiber3.Res) {})
	r = r.Get(str, func(rq fiber3.Req, rs fiber3.Res, next func() error) error { return next() })
	r = r.Get(str, hfunc)
	r = r.Get(str, handler)
	r = r.Get(str, hfn)
	r = r.Get(str, fh)
	r = r.Get(str, func(fc *fasthttp.RequestCtx) error { return nil })

	r = r.Use(objs...)
	r = r.Head(str, h, handlers...)
	r = r.Post(str, h, handlers...)
	r = r.Put(str, h, handlers...)
	r = r.Delete(str, h, handlers...)
	r = r.Connect(str, h, handlers...)
	r = r.Options(str, h, handlers...)
	r = r.Trace(str, h, handlers...)
	r = r.Patch(str, h, handlers...)
	r = r.Add(strs, str, h, handlers...)
	r = r.All(str, h, handlers...)
	r = r.Group(str, handlers...)
	r = r.Route(str, func(router fiber3.Router) {}, strs...)
	r = r.Name(str)
	reg = r.RouteChain(str)

	g := &fiber3.Group{Prefix: str}
	r = g.Name(str)
	r = g.Use(objs...)
	r = g.Get(str, h, handlers...)
	r = g.Head(str, h, handlers...)
	r = g.Post(str, h, handlers...)
	r = g.Put(str, h, handlers...)
	r = g.Delete(str, h, handlers...)
	r = g.Connect(str, h, handlers...)
	r = g.Options(str, h, handlers...)
	r = g.Trace(str, h, handlers...)
	r = g.Patch(str, h, handlers...)
	r = g.Add(strs, str, h, handlers...)
	r = g.All(str, h, handlers...)
	r = g.Group(str, handlers...)
	r = g.Route(str, func(router fiber3.Router) {}, strs...)
	reg = g.RouteChain(str)

	reg = reg.All(h, handlers...)
	reg = reg.Get(h, handlers...)
	reg = reg.Head(h, handlers...)
	reg = reg.Post(h, handlers...)
	reg = reg.Put(h, handlers...)
	reg = reg.Delete(h, handlers...)
	reg = reg.Connect(h, handlers...)
	reg = reg.Options(h, handlers...)
	reg = reg.Trace(h, handlers...)
	reg = reg.Patch(h, handlers...)
	reg = reg.Add(strs, h, handlers...)
	reg = reg.RouteChain(str)
	var registering *fiber3.Registering
	reg = registering
	_ = reg

	var m fiber3.Map = fiber3.Map{str: obj}
	var plain map[string]any = m
	_ = plain
}

// Fiber3Errors uses fiber v3's Error, NewError and the error values.
func Fiber3Errors() {
	var fe *fiber3.Error = fiber3.NewError(code, strs...)
	fe = fiber3.NewErrorf(code, objs...)
	code, str = fe.Code, fe.Message
	str = fe.Error()
	var _ error = fe
	fe = fiber3.ErrRedirectBackNoFallback
	err = fiber3.ErrTestGotEmptyResponse
	_ = []*fiber3.Error{
		fiber3.ErrBadRequest, fiber3.ErrUnauthorized, fiber3.ErrPaymentRequired, fiber3.ErrForbidden,
		fiber3.ErrNotFound, fiber3.ErrMethodNotAllowed, fiber3.ErrNotAcceptable,
		fiber3.ErrProxyAuthRequired, fiber3.ErrRequestTimeout, fiber3.ErrConflict, fiber3.ErrGone,
		fiber3.ErrLengthRequired, fiber3.ErrPreconditionFailed, fiber3.ErrRequestEntityTooLarge,
		fiber3.ErrRequestURITooLong, fiber3.ErrUnsupportedMediaType,
		fiber3.ErrRequestedRangeNotSatisfiable, fiber3.ErrExpectationFailed, fiber3.ErrTeapot,
		fiber3.ErrMisdirectedRequest, fiber3.ErrUnprocessableEntity, fiber3.ErrLocked,
		fiber3.ErrFailedDependency, fiber3.ErrTooEarly, fiber3.ErrUpgradeRequired,
		fiber3.ErrPreconditionRequired, fiber3.ErrTooManyRequests,
		fiber3.ErrRequestHeaderFieldsTooLarge, fiber3.ErrUnavailableForLegalReasons,
		fiber3.ErrInternalServerError, fiber3.ErrNotImplemented, fiber3.ErrBadGateway,
		fiber3.ErrServiceUnavailable, fiber3.ErrGatewayTimeout, fiber3.ErrHTTPVersionNotSupported,
		fiber3.ErrVariantAlsoNegotiates, fiber3.ErrInsufficientStorage, fiber3.ErrLoopDetected,
		fiber3.ErrNotExtended, fiber3.ErrNetworkAuthenticationRequired,
	}
}

// Fiber3Constants uses a few constants of the fiber v3 stub; every constant
// is compared by name and value by tools/stubcheck's API check.
func Fiber3Constants() ([]int, []string) {
	return []int{
			fiber3.StatusOK, fiber3.StatusCreated, fiber3.StatusNoContent, fiber3.StatusSeeOther,
			fiber3.StatusFound, fiber3.StatusTooManyRequests, fiber3.StatusInternalServerError,
		}, []string{
			fiber3.MethodGet, fiber3.MethodPost, fiber3.MIMEApplicationJSON,
			fiber3.MIMETextPlainCharsetUTF8, fiber3.HeaderAllow, fiber3.HeaderRetryAfter,
			fiber3.HeaderLocation, fiber3.HeaderWWWAuthenticate, fiber3.HeaderContentType,
			fiber3.Version,
		}
}

// Fasthttp3 uses the fasthttp handler type fiber v3 accepts.
func Fasthttp3(h fasthttp.RequestHandler) {
	var plain func(*fasthttp.RequestCtx) = h
	_ = plain
}
