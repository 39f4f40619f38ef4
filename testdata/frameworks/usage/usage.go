// Package usage uses every declaration of the framework stubs in
// ../../src (gin, gin/render, echo v4 and v5, fiber v2 and v3, fasthttp, chi,
// gorilla/mux; echo v5 and fiber v3 in echo5.go and fiber3.go), with
// argument and result types spelled out as typed variables, so that the file
// only compiles where the stubs' signatures match. It is built twice by
// tools/stubcheck: here, as part of a module that requires the real
// frameworks, and in GOPATH mode next to a copy of the stubs.
//
// When a stub gains a declaration, use it here too.
package usage

import (
	"bufio"
	"context"
	"io"
	"io/fs"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	"github.com/valyala/fasthttp"
)

// Typed values passed as arguments.
var (
	code     int
	code64   int64
	obj      any
	objs     []any
	str      string
	strs     []string
	data     []byte
	flag     bool
	err      error
	reader   io.Reader
	writer   io.Writer
	httpFS   http.FileSystem
	req      *http.Request
	rw       http.ResponseWriter
	handler  http.Handler
	hfunc    http.HandlerFunc
	hfn      func(http.ResponseWriter, *http.Request)
	mw       func(http.Handler) http.Handler
	mws      []func(http.Handler) http.Handler
	ctx      context.Context
	header   map[string]string
	fileHdr  *multipart.FileHeader
	fileMode fs.FileMode
	sameSite http.SameSite
	dur      time.Duration
	stamp    time.Time
)

// ---------------------------------------------------------------- gin

// GinContext uses every *gin.Context method and field the stub declares.
func GinContext(c *gin.Context) {
	var (
		w        gin.ResponseWriter = c.Writer
		r        *http.Request      = c.Request
		params   gin.Params         = c.Params
		keys     map[any]any        = c.Keys
		accepted []string           = c.Accepted
	)
	_, _, _, _, _ = w, r, params, keys, accepted

	var p gin.Param = gin.Param{Key: str, Value: str}
	params = gin.Params{p}
	str, flag = params.Get(str)
	str = params.ByName(str)

	// c.Errors has an unexported type; use its methods.
	errs := c.Errors.ByType(gin.ErrorTypePrivate)
	var last *gin.Error = errs.Last()
	strs = errs.Errors()
	obj = errs.JSON()
	data, err = errs.MarshalJSON()
	str = errs.String()
	_ = last

	var cp *gin.Context = c.Copy()
	_ = cp
	str = c.HandlerName()
	strs = c.HandlerNames()
	var hf gin.HandlerFunc = c.Handler()
	_ = hf
	str = c.FullPath()

	c.Next()
	flag = c.IsAborted()
	c.Abort()
	c.AbortWithStatus(code)
	c.AbortWithStatusPureJSON(code, obj)
	c.AbortWithStatusJSON(code, obj)
	var ge *gin.Error = c.AbortWithError(code, err)
	ge = c.Error(err)
	_ = ge

	c.Set(obj, obj)
	obj, flag = c.Get(obj)
	obj = c.MustGet(obj)
	str = c.GetString(obj)
	flag = c.GetBool(obj)
	code = c.GetInt(obj)
	code64 = c.GetInt64(obj)
	c.Delete(obj)

	str = c.Param(str)
	c.AddParam(str, str)
	str = c.Query(str)
	str = c.DefaultQuery(str, str)
	str, flag = c.GetQuery(str)
	strs = c.QueryArray(str)
	str = c.PostForm(str)
	str = c.DefaultPostForm(str, str)
	str, flag = c.GetPostForm(str)
	fileHdr, err = c.FormFile(str)
	var form *multipart.Form
	form, err = c.MultipartForm()
	_ = form
	err = c.SaveUploadedFile(fileHdr, str, fileMode)

	err = c.Bind(obj)
	err = c.BindJSON(obj)
	err = c.BindXML(obj)
	err = c.BindQuery(obj)
	err = c.BindUri(obj)
	err = c.ShouldBind(obj)
	err = c.ShouldBindJSON(obj)
	err = c.ShouldBindXML(obj)
	err = c.ShouldBindQuery(obj)
	err = c.ShouldBindUri(obj)
	err = c.ShouldBindHeader(obj)

	str = c.ClientIP()
	str = c.RemoteIP()
	str = c.ContentType()
	flag = c.IsWebsocket()

	c.Status(code)
	c.Header(str, str)
	str = c.GetHeader(str)
	data, err = c.GetRawData()
	c.SetSameSite(sameSite)
	c.SetCookie(str, str, code, str, str, flag, flag)
	str, err = c.Cookie(str)

	c.Render(code, render.JSON{Data: obj})
	c.HTML(code, str, obj)
	c.IndentedJSON(code, obj)
	c.SecureJSON(code, obj)
	c.JSONP(code, obj)
	c.JSON(code, obj)
	c.JSON(code, gin.H{str: obj})
	c.AsciiJSON(code, obj)
	c.PureJSON(code, obj)
	c.XML(code, obj)
	c.YAML(code, obj)
	c.TOML(code, obj)
	c.ProtoBuf(code, obj)
	c.BSON(code, obj)
	c.String(code, str, objs...)
	c.Redirect(code, str)
	c.Data(code, str, data)
	c.DataFromReader(code, code64, str, reader, header)
	c.File(str)
	c.FileFromFS(str, httpFS)
	c.FileAttachment(str, str)
	c.SSEvent(str, obj)
	flag = c.Stream(func(w io.Writer) bool { return false })
	c.Negotiate(code, gin.Negotiate{
		Offered:      strs,
		HTMLName:     str,
		HTMLData:     obj,
		JSONData:     obj,
		XMLData:      obj,
		YAMLData:     obj,
		Data:         obj,
		TOMLData:     obj,
		PROTOBUFData: obj,
		BSONData:     obj,
	})
	str = c.NegotiateFormat(strs...)
	c.SetAccepted(strs...)

	var cc context.Context = c
	stamp, flag = c.Deadline()
	var done <-chan struct{} = c.Done()
	err = c.Err()
	obj = c.Value(obj)
	_, _ = cc, done
}

// GinResponseWriter uses every gin.ResponseWriter method.
func GinResponseWriter(w gin.ResponseWriter) {
	var (
		_ http.ResponseWriter = w
		_ http.Hijacker       = w
		_ http.Flusher        = w
		_ http.CloseNotifier  = w //nolint:staticcheck // the real interface embeds it
	)
	code = w.Status()
	code = w.Size()
	code, err = w.WriteString(str)
	flag = w.Written()
	w.WriteHeaderNow()
	var pusher http.Pusher = w.Pusher()
	_ = pusher
}

// GinRender uses every renderer of the render stub.
func GinRender(r *http.Request) {
	renders := []render.Render{
		render.JSON{Data: obj},
		render.IndentedJSON{Data: obj},
		render.SecureJSON{Prefix: str, Data: obj},
		render.PureJSON{Data: obj},
		render.XML{Data: obj},
		render.String{Format: str, Data: objs},
		render.Redirect{Code: code, Request: r, Location: str},
		render.Data{ContentType: str, Data: data},
		render.Reader{ContentType: str, ContentLength: code64, Reader: reader, Headers: header},
	}
	for _, x := range renders {
		err = x.Render(rw)
		x.WriteContentType(rw)
	}
}

// GinError uses gin.Error and gin.ErrorType.
func GinError(e *gin.Error) {
	var (
		inner error         = e.Err
		typ   gin.ErrorType = e.Type
	)
	obj = e.Meta
	types := []gin.ErrorType{gin.ErrorTypeBind, gin.ErrorTypeRender, gin.ErrorTypePrivate, gin.ErrorTypePublic, gin.ErrorTypeAny}
	e = e.SetType(typ)
	e = e.SetMeta(obj)
	obj = e.JSON()
	data, err = e.MarshalJSON()
	str = e.Error()
	flag = e.IsType(types[0])
	inner = e.Unwrap()
	var _ error = e
	_ = inner
}

// GinEngine uses gin.Engine, gin.RouterGroup, gin.IRoutes and the package functions.
func GinEngine(handlers ...gin.HandlerFunc) {
	var opts []gin.OptionFunc
	var e *gin.Engine = gin.New(opts...)
	e = gin.Default(opts...)

	var (
		_ bool     = e.RedirectTrailingSlash
		_ bool     = e.RedirectFixedPath
		_ bool     = e.HandleMethodNotAllowed
		_ bool     = e.ForwardedByClientIP
		_ bool     = e.UseRawPath
		_ bool     = e.UnescapePathValues
		_ bool     = e.RemoveExtraSlash
		_ []string = e.RemoteIPHeaders
		_ string   = e.TrustedPlatform
		_ int64    = e.MaxMultipartMemory
		_ bool     = e.ContextWithFallback

		_ gin.HandlersChain = e.Handlers
		_ gin.RouterGroup   = e.RouterGroup
		_ gin.IRouter       = e
		_ http.Handler      = e
	)

	handler = e.Handler()
	e.NoRoute(handlers...)
	e.NoMethod(handlers...)
	var routes gin.IRoutes = e.Use(handlers...)
	err = e.Run(strs...)
	err = e.RunTLS(str, str, str)
	e.ServeHTTP(rw, req)
	e.HandleContext(&gin.Context{})
	err = e.SetTrustedProxies(strs)
	e.LoadHTMLGlob(str)
	e.LoadHTMLFiles(strs...)

	var g *gin.RouterGroup = e.Group(str, handlers...)
	var _ gin.IRouter = g
	routes = g.Use(handlers...)
	g = g.Group(str, handlers...)
	str = g.BasePath()
	routes = g.Handle(str, str, handlers...)
	routes = g.POST(str, handlers...)
	routes = g.GET(str, handlers...)
	routes = g.DELETE(str, handlers...)
	routes = g.PATCH(str, handlers...)
	routes = g.PUT(str, handlers...)
	routes = g.OPTIONS(str, handlers...)
	routes = g.HEAD(str, handlers...)
	routes = g.Any(str, handlers...)
	routes = g.Match(strs, str, handlers...)
	routes = g.StaticFile(str, str)
	routes = g.StaticFileFS(str, str, httpFS)
	routes = g.Static(str, str)
	routes = g.StaticFS(str, httpFS)

	routes = routes.Use(handlers...)
	routes = routes.Handle(str, str, handlers...)
	routes = routes.Any(str, handlers...)
	routes = routes.GET(str, handlers...)
	routes = routes.POST(str, handlers...)
	routes = routes.DELETE(str, handlers...)
	routes = routes.PATCH(str, handlers...)
	routes = routes.PUT(str, handlers...)
	routes = routes.OPTIONS(str, handlers...)
	routes = routes.HEAD(str, handlers...)
	routes = routes.Match(strs, str, handlers...)
	routes = routes.StaticFile(str, str)
	routes = routes.StaticFileFS(str, str, httpFS)
	routes = routes.Static(str, str)
	routes = routes.StaticFS(str, httpFS)

	var chain gin.HandlersChain = handlers
	var hf gin.HandlerFunc = chain.Last()
	hf = gin.WrapF(hfunc)
	hf = gin.WrapH(handler)
	hf = gin.Logger()
	hf = gin.Recovery()
	_ = hf
	gin.SetMode(gin.DebugMode)
	gin.SetMode(gin.ReleaseMode)
	gin.SetMode(gin.TestMode)
	str = gin.Mode()
	var tc *gin.Context
	tc, e = gin.CreateTestContext(rw)
	_ = tc

	strs = []string{
		gin.MIMEJSON, gin.MIMEHTML, gin.MIMEXML, gin.MIMEXML2, gin.MIMEPlain,
		gin.MIMEPOSTForm, gin.MIMEMultipartPOSTForm, gin.MIMEYAML, gin.MIMEYAML2,
		gin.MIMETOML, gin.MIMEPROTOBUF, gin.MIMEBSON, gin.Version,
	}
	var h gin.H = gin.H{str: obj}
	var m map[string]any = h
	_ = m
}

// ---------------------------------------------------------------- echo

// EchoContext uses every echo.Context method the stub declares.
func EchoContext(c echo.Context) error {
	var r *http.Request = c.Request()
	c.SetRequest(r)
	var resp *echo.Response = c.Response()
	c.SetResponse(resp)
	flag = c.IsTLS()
	flag = c.IsWebSocket()
	str = c.Scheme()
	str = c.RealIP()
	str = c.Path()
	c.SetPath(str)
	str = c.Param(str)
	strs = c.ParamNames()
	c.SetParamNames(strs...)
	strs = c.ParamValues()
	c.SetParamValues(strs...)
	str = c.QueryParam(str)
	var q url.Values = c.QueryParams()
	str = c.QueryString()
	str = c.FormValue(str)
	q, err = c.FormParams()
	fileHdr, err = c.FormFile(str)
	var form *multipart.Form
	form, err = c.MultipartForm()
	var cookie *http.Cookie
	cookie, err = c.Cookie(str)
	c.SetCookie(cookie)
	var cookies []*http.Cookie = c.Cookies()
	_, _, _ = q, form, cookies
	obj = c.Get(str)
	c.Set(str, obj)
	err = c.Bind(obj)
	err = c.Validate(obj)

	err = c.Render(code, str, obj)
	err = c.HTML(code, str)
	err = c.HTMLBlob(code, data)
	err = c.String(code, str)
	err = c.JSON(code, obj)
	err = c.JSON(code, echo.Map{str: obj})
	err = c.JSONPretty(code, obj, str)
	err = c.JSONBlob(code, data)
	err = c.JSONP(code, str, obj)
	err = c.JSONPBlob(code, str, data)
	err = c.XML(code, obj)
	err = c.XMLPretty(code, obj, str)
	err = c.XMLBlob(code, data)
	err = c.Blob(code, str, data)
	err = c.Stream(code, str, reader)
	err = c.File(str)
	err = c.Attachment(str, str)
	err = c.Inline(str, str)
	err = c.NoContent(code)
	err = c.Redirect(code, str)
	c.Error(err)
	var h echo.HandlerFunc = c.Handler()
	c.SetHandler(h)
	var e *echo.Echo = c.Echo()
	_ = e
	c.Reset(r, rw)
	return err
}

// EchoResponse uses echo.Response.
func EchoResponse(r *echo.Response, e *echo.Echo) {
	var (
		w         http.ResponseWriter = r.Writer
		status    int                 = r.Status
		size      int64               = r.Size
		committed bool                = r.Committed
	)
	_, _, _, _ = w, status, size, committed
	var (
		_ http.ResponseWriter = r
		_ http.Flusher        = r
		_ http.Hijacker       = r
	)
	r = echo.NewResponse(rw, e)
	var h http.Header = r.Header()
	_ = h
	r.Before(func() {})
	r.After(func() {})
	r.WriteHeader(code)
	code, err = r.Write(data)
	r.Flush()
	var (
		conn net.Conn
		brw  *bufio.ReadWriter
	)
	conn, brw, err = r.Hijack()
	_, _ = conn, brw
	rw = r.Unwrap()
}

// EchoErrors uses echo.HTTPError, NewHTTPError and the error values.
func EchoErrors() {
	var he *echo.HTTPError = echo.NewHTTPError(code, objs...)
	var (
		internal error = he.Internal
		message  any   = he.Message
		status   int   = he.Code
	)
	_, _, _ = internal, message, status
	str = he.Error()
	he = he.SetInternal(err)
	he = he.WithInternal(err)
	err = he.Unwrap()
	var _ error = he

	httpErrors := []*echo.HTTPError{
		echo.ErrBadRequest, echo.ErrUnauthorized, echo.ErrPaymentRequired, echo.ErrForbidden,
		echo.ErrNotFound, echo.ErrMethodNotAllowed, echo.ErrNotAcceptable, echo.ErrProxyAuthRequired,
		echo.ErrRequestTimeout, echo.ErrConflict, echo.ErrGone, echo.ErrLengthRequired,
		echo.ErrPreconditionFailed, echo.ErrStatusRequestEntityTooLarge, echo.ErrRequestURITooLong,
		echo.ErrUnsupportedMediaType, echo.ErrRequestedRangeNotSatisfiable, echo.ErrExpectationFailed,
		echo.ErrTeapot, echo.ErrMisdirectedRequest, echo.ErrUnprocessableEntity, echo.ErrLocked,
		echo.ErrFailedDependency, echo.ErrTooEarly, echo.ErrUpgradeRequired, echo.ErrPreconditionRequired,
		echo.ErrTooManyRequests, echo.ErrRequestHeaderFieldsTooLarge, echo.ErrUnavailableForLegalReasons,
		echo.ErrInternalServerError, echo.ErrNotImplemented, echo.ErrBadGateway, echo.ErrServiceUnavailable,
		echo.ErrGatewayTimeout, echo.ErrHTTPVersionNotSupported, echo.ErrVariantAlsoNegotiates,
		echo.ErrInsufficientStorage, echo.ErrLoopDetected, echo.ErrNotExtended,
		echo.ErrNetworkAuthenticationRequired,
	}
	plainErrors := []error{
		echo.ErrValidatorNotRegistered, echo.ErrRendererNotRegistered, echo.ErrInvalidRedirectCode,
		echo.ErrInvalidJSONPCallback, echo.ErrCookieNotFound, echo.ErrInvalidCertOrKeyType,
		echo.ErrInvalidListenerNetwork,
	}
	_, _ = httpErrors, plainErrors

	var nf, mna func(echo.Context) error = echo.NotFoundHandler, echo.MethodNotAllowedHandler
	_, _ = nf, mna
}

// EchoConstants uses the constant blocks of the echo stub.
func EchoConstants() []string {
	return []string{
		echo.CONNECT, echo.DELETE, echo.GET, echo.HEAD, echo.OPTIONS, echo.PATCH, echo.POST,
		echo.PUT, echo.TRACE,

		echo.MIMEApplicationJSON, echo.MIMEApplicationJSONCharsetUTF8, echo.MIMEApplicationJavaScript,
		echo.MIMEApplicationJavaScriptCharsetUTF8, echo.MIMEApplicationXML,
		echo.MIMEApplicationXMLCharsetUTF8, echo.MIMETextXML, echo.MIMETextXMLCharsetUTF8,
		echo.MIMEApplicationForm, echo.MIMEApplicationProtobuf, echo.MIMEApplicationMsgpack,
		echo.MIMETextHTML, echo.MIMETextHTMLCharsetUTF8, echo.MIMETextPlain,
		echo.MIMETextPlainCharsetUTF8, echo.MIMEMultipartForm, echo.MIMEOctetStream,

		echo.HeaderAccept, echo.HeaderAcceptEncoding, echo.HeaderAllow, echo.HeaderAuthorization,
		echo.HeaderContentDisposition, echo.HeaderContentEncoding, echo.HeaderContentLength,
		echo.HeaderContentType, echo.HeaderCookie, echo.HeaderSetCookie, echo.HeaderIfModifiedSince,
		echo.HeaderLastModified, echo.HeaderLocation, echo.HeaderRetryAfter, echo.HeaderUpgrade,
		echo.HeaderVary, echo.HeaderWWWAuthenticate, echo.HeaderXForwardedFor,
		echo.HeaderXForwardedProto, echo.HeaderXForwardedProtocol, echo.HeaderXForwardedSsl,
		echo.HeaderXUrlScheme, echo.HeaderXHTTPMethodOverride, echo.HeaderXRealIP,
		echo.HeaderXRequestID, echo.HeaderXCorrelationID, echo.HeaderXRequestedWith,
		echo.HeaderServer, echo.HeaderOrigin, echo.HeaderCacheControl, echo.HeaderConnection,
		echo.HeaderAccessControlRequestMethod, echo.HeaderAccessControlRequestHeaders,
		echo.HeaderAccessControlAllowOrigin, echo.HeaderAccessControlAllowMethods,
		echo.HeaderAccessControlAllowHeaders, echo.HeaderAccessControlAllowCredentials,
		echo.HeaderAccessControlExposeHeaders, echo.HeaderAccessControlMaxAge,
		echo.HeaderStrictTransportSecurity, echo.HeaderXContentTypeOptions,
		echo.HeaderXXSSProtection, echo.HeaderXFrameOptions, echo.HeaderContentSecurityPolicy,
		echo.HeaderContentSecurityPolicyReportOnly, echo.HeaderXCSRFToken,
		echo.HeaderReferrerPolicy, echo.HeaderSecFetchSite,

		echo.Version, echo.ContextKeyHeaderAllow,
	}
}

type echoValidator struct{}

func (echoValidator) Validate(i interface{}) error { return nil }

type echoRenderer struct{}

func (echoRenderer) Render(io.Writer, string, interface{}, echo.Context) error { return nil }

type echoBinder struct{}

func (echoBinder) Bind(i interface{}, c echo.Context) error { return nil }

// EchoEngine uses echo.Echo, echo.Group and the handler types.
func EchoEngine(h echo.HandlerFunc, m ...echo.MiddlewareFunc) {
	var e *echo.Echo = echo.New()
	e.Server = &http.Server{}
	e.TLSServer = &http.Server{}
	e.HTTPErrorHandler = func(err error, c echo.Context) {}
	e.Binder = echoBinder{}
	e.Validator = echoValidator{}
	e.Renderer = echoRenderer{}
	e.IPExtractor = func(*http.Request) string { return "" }
	e.ListenerNetwork = str
	e.DisableHTTP2 = flag
	e.Debug = flag
	e.HideBanner = flag
	e.HidePort = flag
	var _ http.Handler = e

	var c echo.Context = e.NewContext(req, rw)
	e.DefaultHTTPErrorHandler(err, c)
	e.Pre(m...)
	e.Use(m...)
	var route *echo.Route = e.CONNECT(str, h, m...)
	route = e.DELETE(str, h, m...)
	route = e.GET(str, h, m...)
	route = e.HEAD(str, h, m...)
	route = e.OPTIONS(str, h, m...)
	route = e.PATCH(str, h, m...)
	route = e.POST(str, h, m...)
	route = e.PUT(str, h, m...)
	route = e.TRACE(str, h, m...)
	route = e.RouteNotFound(str, h, m...)
	var routes []*echo.Route = e.Any(str, h, m...)
	routes = e.Match(strs, str, h, m...)
	route = e.Add(str, str, h, m...)
	route = e.Static(str, str)
	route = e.File(str, str, m...)
	var g *echo.Group = e.Group(str, m...)
	g = e.Host(str, m...)
	routes = e.Routes()
	e.ServeHTTP(rw, req)
	err = e.Start(str)
	err = e.StartServer(&http.Server{})
	err = e.Close()
	str, str, str = route.Method, route.Path, route.Name

	g.Use(m...)
	route = g.CONNECT(str, h, m...)
	route = g.DELETE(str, h, m...)
	route = g.GET(str, h, m...)
	route = g.HEAD(str, h, m...)
	route = g.OPTIONS(str, h, m...)
	route = g.PATCH(str, h, m...)
	route = g.POST(str, h, m...)
	route = g.PUT(str, h, m...)
	route = g.TRACE(str, h, m...)
	routes = g.Any(str, h, m...)
	routes = g.Match(strs, str, h, m...)
	g = g.Group(str, m...)
	g.Static(str, str)
	g.File(str, str)
	route = g.RouteNotFound(str, h, m...)
	route = g.Add(str, str, h, m...)
	_, _ = route, routes

	var mf echo.MiddlewareFunc = echo.WrapMiddleware(mw)
	h = mf(echo.WrapHandler(handler))
	var ehf echo.HTTPErrorHandler = e.HTTPErrorHandler
	var mp echo.Map = echo.Map{str: obj}
	var plain map[string]interface{} = mp
	var ipx echo.IPExtractor = e.IPExtractor
	_, _, _ = ehf, plain, ipx
	var (
		_ echo.Binder    = e.Binder
		_ echo.Validator = e.Validator
		_ echo.Renderer  = e.Renderer
	)
}

// ---------------------------------------------------------------- fiber

// FiberCtx uses every *fiber.Ctx method the stub declares.
func FiberCtx(c *fiber.Ctx) error {
	var ints []int
	var bools []bool
	str = c.Accepts(strs...)
	var app *fiber.App = c.App()
	_ = app
	c.Append(str, strs...)
	c.Attachment(strs...)
	str = c.BaseURL()
	data = c.Body()
	err = c.BodyParser(obj)
	c.ClearCookie(strs...)
	var fctx *fasthttp.RequestCtx = c.Context()
	_ = fctx
	ctx = c.UserContext()
	c.SetUserContext(ctx)
	c.Cookie(&fiber.Cookie{})
	str = c.Cookies(str, strs...)
	err = c.Download(str, strs...)
	err = c.Format(obj)
	fileHdr, err = c.FormFile(str)
	str = c.FormValue(str, strs...)
	str = c.Get(str, strs...)
	str = c.GetRespHeader(str, strs...)
	str = c.Hostname()
	str = c.IP()
	err = c.JSON(obj, strs...)
	err = c.JSON(fiber.Map{str: obj})
	err = c.JSONP(obj, strs...)
	err = c.XML(obj)
	c.Links(strs...)
	obj = c.Locals(obj, objs...)
	c.Location(str)
	str = c.Method(strs...)
	err = c.Next()
	str = c.OriginalURL()
	str = c.Params(str, strs...)
	header = c.AllParams()
	err = c.ParamsParser(obj)
	code, err = c.ParamsInt(str, ints...)
	str = c.Path(strs...)
	str = c.Protocol()
	str = c.Query(str, strs...)
	code = c.QueryInt(str, ints...)
	flag = c.QueryBool(str, bools...)
	err = c.QueryParser(obj)
	err = c.ReqHeaderParser(obj)
	err = c.Redirect(str, ints...)
	err = c.Render(str, obj, strs...)
	var route *fiber.Route = c.Route()
	_ = route
	err = c.Send(data)
	err = c.SendFile(str, bools...)
	err = c.SendStatus(code)
	err = c.SendString(str)
	err = c.SendStream(reader, ints...)
	c.Set(str, str)
	var chained *fiber.Ctx = c.Status(code)
	chained = c.Type(str, strs...)
	_ = chained
	c.Vary(strs...)
	code, err = c.Write(data)
	code, err = c.Writef(str, objs...)
	code, err = c.WriteString(str)
	str = c.String()
	var _ io.Writer = c
	return c.Status(code).JSON(obj)
}

// FiberCookie uses fiber.Cookie.
func FiberCookie() *fiber.Cookie {
	return &fiber.Cookie{
		Name: str, Value: str, Path: str, Domain: str, MaxAge: code, Expires: stamp,
		Secure: flag, HTTPOnly: flag, SameSite: str, SessionOnly: flag,
	}
}

// FiberApp uses fiber.App, fiber.Group, fiber.Router and the configuration types.
func FiberApp(handlers ...fiber.Handler) {
	var errorHandler fiber.ErrorHandler = fiber.DefaultErrorHandler
	var plainEH func(*fiber.Ctx, error) error = errorHandler
	var plainH func(*fiber.Ctx) error
	var h fiber.Handler = plainH
	_, _ = plainEH, h
	cfg := fiber.Config{
		Prefork: flag, ServerHeader: str, StrictRouting: flag, CaseSensitive: flag,
		Immutable: flag, BodyLimit: code, ReadTimeout: dur, WriteTimeout: dur, IdleTimeout: dur,
		ProxyHeader: str, ErrorHandler: errorHandler, DisableStartupMessage: flag,
		AppName: str, EnableTrustedProxyCheck: flag, TrustedProxies: strs,
	}
	var app *fiber.App = fiber.New(cfg)
	cfg = app.Config()
	err = app.ErrorHandler(&fiber.Ctx{}, err)
	var r fiber.Router = app.Use(objs...)
	r = app.Get(str, handlers...)
	r = app.Head(str, handlers...)
	r = app.Post(str, handlers...)
	r = app.Put(str, handlers...)
	r = app.Delete(str, handlers...)
	r = app.Connect(str, handlers...)
	r = app.Options(str, handlers...)
	r = app.Trace(str, handlers...)
	r = app.Patch(str, handlers...)
	r = app.Add(str, str, handlers...)
	static := fiber.Static{
		Compress: flag, ByteRange: flag, Browse: flag, Download: flag, Index: str,
		CacheDuration: dur, MaxAge: code, ModifyResponse: h,
		Next: func(c *fiber.Ctx) bool { return false },
	}
	r = app.Static(str, str, static)
	r = app.All(str, handlers...)
	r = app.Group(str, handlers...)
	r = app.Route(str, func(router fiber.Router) {}, strs...)
	r = app.Mount(str, app)
	r = app.Name(str)
	var route fiber.Route = app.GetRoute(str)
	var routes []fiber.Route = app.GetRoutes(flag)
	str, str, str = route.Method, route.Name, route.Path
	strs = route.Params
	handlers = route.Handlers
	_ = routes
	err = app.Listen(str)
	err = app.Shutdown()
	var resp *http.Response
	resp, err = app.Test(req, code)
	_ = resp

	r = r.Use(objs...)
	r = r.Get(str, handlers...)
	r = r.Head(str, handlers...)
	r = r.Post(str, handlers...)
	r = r.Put(str, handlers...)
	r = r.Delete(str, handlers...)
	r = r.Connect(str, handlers...)
	r = r.Options(str, handlers...)
	r = r.Trace(str, handlers...)
	r = r.Patch(str, handlers...)
	r = r.Add(str, str, handlers...)
	r = r.Static(str, str, static)
	r = r.All(str, handlers...)
	r = r.Group(str, handlers...)
	r = r.Route(str, func(router fiber.Router) {}, strs...)
	r = r.Mount(str, app)
	r = r.Name(str)

	g := &fiber.Group{}
	r = g.Use(objs...)
	r = g.Get(str, handlers...)
	r = g.Head(str, handlers...)
	r = g.Post(str, handlers...)
	r = g.Put(str, handlers...)
	r = g.Delete(str, handlers...)
	r = g.Connect(str, handlers...)
	r = g.Options(str, handlers...)
	r = g.Trace(str, handlers...)
	r = g.Patch(str, handlers...)
	r = g.Add(str, str, handlers...)
	r = g.Static(str, str, static)
	r = g.All(str, handlers...)
	r = g.Group(str, handlers...)
	r = g.Route(str, func(router fiber.Router) {}, strs...)
	r = g.Mount(str, app)
	r = g.Name(str)

	var m fiber.Map = fiber.Map{str: obj}
	var plain map[string]interface{} = m
	_ = plain
}

// FiberErrors uses fiber.Error, NewError and the error values.
func FiberErrors() {
	var fe *fiber.Error = fiber.NewError(code, strs...)
	code, str = fe.Code, fe.Message
	str = fe.Error()
	var _ error = fe
	_ = []*fiber.Error{
		fiber.ErrBadRequest, fiber.ErrUnauthorized, fiber.ErrPaymentRequired, fiber.ErrForbidden,
		fiber.ErrNotFound, fiber.ErrMethodNotAllowed, fiber.ErrNotAcceptable,
		fiber.ErrProxyAuthRequired, fiber.ErrRequestTimeout, fiber.ErrConflict, fiber.ErrGone,
		fiber.ErrLengthRequired, fiber.ErrPreconditionFailed, fiber.ErrRequestEntityTooLarge,
		fiber.ErrRequestURITooLong, fiber.ErrUnsupportedMediaType,
		fiber.ErrRequestedRangeNotSatisfiable, fiber.ErrExpectationFailed, fiber.ErrTeapot,
		fiber.ErrMisdirectedRequest, fiber.ErrUnprocessableEntity, fiber.ErrLocked,
		fiber.ErrFailedDependency, fiber.ErrTooEarly, fiber.ErrUpgradeRequired,
		fiber.ErrPreconditionRequired, fiber.ErrTooManyRequests,
		fiber.ErrRequestHeaderFieldsTooLarge, fiber.ErrUnavailableForLegalReasons,
		fiber.ErrInternalServerError, fiber.ErrNotImplemented, fiber.ErrBadGateway,
		fiber.ErrServiceUnavailable, fiber.ErrGatewayTimeout, fiber.ErrHTTPVersionNotSupported,
		fiber.ErrVariantAlsoNegotiates, fiber.ErrInsufficientStorage, fiber.ErrLoopDetected,
		fiber.ErrNotExtended, fiber.ErrNetworkAuthenticationRequired,
	}
}

// FiberStatusCodes uses the status constants of the fiber stub.
func FiberStatusCodes() []int {
	return []int{
		fiber.StatusContinue, fiber.StatusSwitchingProtocols, fiber.StatusProcessing,
		fiber.StatusEarlyHints,
		fiber.StatusOK, fiber.StatusCreated, fiber.StatusAccepted,
		fiber.StatusNonAuthoritativeInformation, fiber.StatusNoContent, fiber.StatusResetContent,
		fiber.StatusPartialContent, fiber.StatusMultiStatus, fiber.StatusAlreadyReported,
		fiber.StatusIMUsed,
		fiber.StatusMultipleChoices, fiber.StatusMovedPermanently, fiber.StatusFound,
		fiber.StatusSeeOther, fiber.StatusNotModified, fiber.StatusUseProxy,
		fiber.StatusSwitchProxy, fiber.StatusTemporaryRedirect, fiber.StatusPermanentRedirect,
		fiber.StatusBadRequest, fiber.StatusUnauthorized, fiber.StatusPaymentRequired,
		fiber.StatusForbidden, fiber.StatusNotFound, fiber.StatusMethodNotAllowed,
		fiber.StatusNotAcceptable, fiber.StatusProxyAuthRequired, fiber.StatusRequestTimeout,
		fiber.StatusConflict, fiber.StatusGone, fiber.StatusLengthRequired,
		fiber.StatusPreconditionFailed, fiber.StatusRequestEntityTooLarge,
		fiber.StatusRequestURITooLong, fiber.StatusUnsupportedMediaType,
		fiber.StatusRequestedRangeNotSatisfiable, fiber.StatusExpectationFailed,
		fiber.StatusTeapot, fiber.StatusMisdirectedRequest, fiber.StatusUnprocessableEntity,
		fiber.StatusLocked, fiber.StatusFailedDependency, fiber.StatusTooEarly,
		fiber.StatusUpgradeRequired, fiber.StatusPreconditionRequired,
		fiber.StatusTooManyRequests, fiber.StatusRequestHeaderFieldsTooLarge,
		fiber.StatusUnavailableForLegalReasons,
		fiber.StatusInternalServerError, fiber.StatusNotImplemented, fiber.StatusBadGateway,
		fiber.StatusServiceUnavailable, fiber.StatusGatewayTimeout,
		fiber.StatusHTTPVersionNotSupported, fiber.StatusVariantAlsoNegotiates,
		fiber.StatusInsufficientStorage, fiber.StatusLoopDetected, fiber.StatusNotExtended,
		fiber.StatusNetworkAuthenticationRequired,
	}
}

// FiberStrings uses the method, MIME and version constants of the fiber stub.
// The many Header* constants are checked by name and value by
// tools/stubcheck's API comparison; FiberHeaders uses the common ones.
func FiberStrings() []string {
	return []string{
		fiber.MethodGet, fiber.MethodHead, fiber.MethodPost, fiber.MethodPut, fiber.MethodPatch,
		fiber.MethodDelete, fiber.MethodConnect, fiber.MethodOptions, fiber.MethodTrace,

		fiber.MIMETextXML, fiber.MIMETextHTML, fiber.MIMETextPlain, fiber.MIMETextJavaScript,
		fiber.MIMEApplicationXML, fiber.MIMEApplicationJSON, fiber.MIMEApplicationJavaScript,
		fiber.MIMEApplicationForm, fiber.MIMEOctetStream, fiber.MIMEMultipartForm,
		fiber.MIMETextXMLCharsetUTF8, fiber.MIMETextHTMLCharsetUTF8,
		fiber.MIMETextPlainCharsetUTF8, fiber.MIMETextJavaScriptCharsetUTF8,
		fiber.MIMEApplicationXMLCharsetUTF8, fiber.MIMEApplicationJSONCharsetUTF8,
		fiber.MIMEApplicationJavaScriptCharsetUTF8,

		fiber.Version,
	}
}

// FiberHeaders uses the header constants handlers commonly set.
func FiberHeaders() []string {
	return []string{
		fiber.HeaderAllow, fiber.HeaderRetryAfter, fiber.HeaderLocation,
		fiber.HeaderWWWAuthenticate, fiber.HeaderContentType, fiber.HeaderContentLength,
		fiber.HeaderCacheControl, fiber.HeaderAuthorization, fiber.HeaderXRequestID,
		fiber.HeaderVary, fiber.HeaderETag, fiber.HeaderLastModified,
	}
}

// Fasthttp uses the *fasthttp.RequestCtx methods the stub declares.
func Fasthttp(fc *fasthttp.RequestCtx) {
	var _ context.Context = fc
	stamp, flag = fc.Deadline()
	var done <-chan struct{} = fc.Done()
	_ = done
	err = fc.Err()
	obj = fc.Value(obj)
	obj = fc.UserValue(obj)
	fc.SetUserValue(obj, obj)
	fc.SetStatusCode(code)
	fc.SetContentType(str)
	fc.SetBody(data)
	fc.SetBodyString(str)
	fc.Error(str, code)
	fc.Redirect(str, code)
	code, err = fc.Write(data)
	code, err = fc.WriteString(str)
}

// ---------------------------------------------------------------- chi

// Chi uses the chi stub.
func Chi(fn func(r chi.Router)) {
	var mx *chi.Mux = chi.NewRouter()
	mx = chi.NewMux()
	var r chi.Router = mx
	var _ chi.Routes = mx
	var _ http.Handler = mx

	mx.ServeHTTP(rw, req)
	mx.Use(mws...)
	mx.Handle(str, handler)
	mx.HandleFunc(str, hfunc)
	mx.Method(str, str, handler)
	mx.MethodFunc(str, str, hfunc)
	mx.Connect(str, hfunc)
	mx.Delete(str, hfunc)
	mx.Get(str, hfunc)
	mx.Head(str, hfunc)
	mx.Options(str, hfunc)
	mx.Patch(str, hfunc)
	mx.Post(str, hfunc)
	mx.Put(str, hfunc)
	mx.Query(str, hfunc)
	mx.Trace(str, hfunc)
	mx.NotFound(hfunc)
	mx.MethodNotAllowed(hfunc)
	r = mx.With(mws...)
	r = mx.Group(fn)
	r = mx.Route(str, fn)
	mx.Mount(str, handler)
	var routes []chi.Route = mx.Routes()
	var middlewares chi.Middlewares = mx.Middlewares()
	rctx := chi.NewRouteContext()
	flag = mx.Match(rctx, str, str)
	str = mx.Find(rctx, str, str)
	hfunc = mx.NotFoundHandler()

	r.ServeHTTP(rw, req)
	r.Use(mws...)
	r = r.With(mws...)
	r = r.Group(fn)
	r = r.Route(str, fn)
	r.Mount(str, handler)
	r.Handle(str, handler)
	r.HandleFunc(str, hfunc)
	r.Method(str, str, handler)
	r.MethodFunc(str, str, hfunc)
	r.Connect(str, hfunc)
	r.Delete(str, hfunc)
	r.Get(str, hfunc)
	r.Head(str, hfunc)
	r.Options(str, hfunc)
	r.Patch(str, hfunc)
	r.Post(str, hfunc)
	r.Put(str, hfunc)
	r.Query(str, hfunc)
	r.Trace(str, hfunc)
	r.NotFound(hfunc)
	r.MethodNotAllowed(hfunc)
	routes = r.Routes()
	middlewares = r.Middlewares()
	flag = r.Match(rctx, str, str)
	str = r.Find(rctx, str, str)

	middlewares = chi.Chain(mws...)
	handler = middlewares.Handler(handler)
	handler = middlewares.HandlerFunc(hfunc)
	var plain []func(http.Handler) http.Handler = middlewares
	_ = plain

	for _, route := range routes {
		var (
			sub      chi.Routes              = route.SubRoutes
			handlers map[string]http.Handler = route.Handlers
			pattern  string                  = route.Pattern
		)
		_, _, _ = sub, handlers, pattern
	}

	str = chi.URLParam(req, str)
	str = chi.URLParamFromCtx(ctx, str)
	rctx = chi.RouteContext(ctx)
	var (
		rs       chi.Routes      = rctx.Routes
		path     string          = rctx.RoutePath
		method   string          = rctx.RouteMethod
		params   chi.RouteParams = rctx.URLParams
		patterns []string        = rctx.RoutePatterns
	)
	_, _, _, _ = rs, path, method, patterns
	strs, strs = params.Keys, params.Values
	params.Add(str, str)
	rctx.Reset()
	rctx = rctx.Clone()
	str = rctx.URLParam(str)
	str = rctx.RoutePattern()
	ctx = context.WithValue(ctx, chi.RouteCtxKey, rctx)
}

// ---------------------------------------------------------------- gorilla/mux

// GorillaMux uses the gorilla/mux stub.
func GorillaMux(mwf ...mux.MiddlewareFunc) {
	var r *mux.Router = mux.NewRouter()
	r.NotFoundHandler = handler
	r.MethodNotAllowedHandler = handler
	r.KeepContext = flag
	var _ http.Handler = r

	var match *mux.RouteMatch = &mux.RouteMatch{}
	var (
		matched  *mux.Route        = match.Route
		mh       http.Handler      = match.Handler
		vars     map[string]string = match.Vars
		matchErr error             = match.MatchErr
	)
	_, _, _, _ = matched, mh, vars, matchErr

	flag = r.Match(req, match)
	r.ServeHTTP(rw, req)
	var route *mux.Route = r.Get(str)
	route = r.GetRoute(str)
	r = r.StrictSlash(flag)
	r = r.SkipClean(flag)
	r = r.UseEncodedPath()
	route = r.NewRoute()
	route = r.Name(str)
	route = r.Handle(str, handler)
	route = r.HandleFunc(str, hfn)
	route = r.Headers(strs...)
	route = r.Host(str)
	var matcher mux.MatcherFunc = func(*http.Request, *mux.RouteMatch) bool { return false }
	route = r.MatcherFunc(matcher)
	route = r.Methods(strs...)
	route = r.Path(str)
	route = r.PathPrefix(str)
	route = r.Queries(strs...)
	route = r.Schemes(strs...)
	r.Use(mwf...)
	var walk mux.WalkFunc = func(route *mux.Route, router *mux.Router, ancestors []*mux.Route) error { return nil }
	err = r.Walk(walk)

	vars = mux.Vars(req)
	route = mux.CurrentRoute(req)
	req = mux.SetURLVars(req, vars)
	var cors mux.MiddlewareFunc = mux.CORSMethodMiddleware(r)
	handler = cors.Middleware(handler)
	var plain func(http.Handler) http.Handler = cors
	_ = plain

	flag = route.SkipClean()
	flag = route.Match(req, match)
	err = route.GetError()
	route = route.BuildOnly()
	route = route.Handler(handler)
	route = route.HandlerFunc(hfn)
	handler = route.GetHandler()
	route = route.Name(str)
	str = route.GetName()
	route = route.Headers(strs...)
	route = route.Host(str)
	route = route.MatcherFunc(matcher)
	route = route.Methods(strs...)
	route = route.Path(str)
	route = route.PathPrefix(str)
	route = route.Queries(strs...)
	route = route.Schemes(strs...)
	r = route.Subrouter()
	var u *url.URL
	u, err = route.URL(strs...)
	_ = u
	str, err = route.GetPathTemplate()
	strs, err = route.GetMethods()

	err = mux.ErrMethodMismatch
	err = mux.ErrNotFound
	err = mux.SkipRouter
}
