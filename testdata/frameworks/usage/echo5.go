package usage

import (
	"bufio"
	"io"
	"io/fs"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"

	echo5 "github.com/labstack/echo/v5"
)

// Echo5Context uses *echo.Context of echo v5, a struct.
func Echo5Context(c *echo5.Context) error {
	var (
		w      http.ResponseWriter = c.Response()
		values url.Values
		form   *multipart.Form
		cookie *http.Cookie
		logger *slog.Logger = c.Logger()
		e      *echo5.Echo  = c.Echo()
		ri     echo5.RouteInfo
		pv     echo5.PathValues
		fsys   fs.FS
	)
	c.Reset(req, rw)
	req = c.Request()
	c.SetRequest(req)
	c.SetResponse(w)
	flag = c.IsTLS()
	flag = c.IsWebSocket()
	str = c.Scheme()
	str = c.RealIP()
	str = c.Path()
	c.SetPath(str)
	ri = c.RouteInfo()
	str = c.Param(str)
	str = c.ParamOr(str, str)
	pv = c.PathValues()
	c.SetPathValues(pv)
	c.InitializeRoute(&ri, &pv)
	str = c.QueryParam(str)
	str = c.QueryParamOr(str, str)
	values = c.QueryParams()
	str = c.QueryString()
	str = c.FormValue(str)
	str = c.FormValueOr(str, str)
	values, err = c.FormValues()
	fileHdr, err = c.FormFile(str)
	form, err = c.MultipartForm()
	cookie, err = c.Cookie(str)
	c.SetCookie(cookie)
	var cookies []*http.Cookie = c.Cookies()
	obj = c.Get(str)
	c.Set(str, obj)
	err = c.Bind(obj)
	err = c.Validate(obj)
	err = c.ValidateCtx(obj)
	err = c.Render(code, str, obj)
	err = c.HTML(code, str)
	err = c.HTMLBlob(code, data)
	err = c.String(code, str)
	err = c.JSON(code, obj)
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
	err = c.FileFS(str, fsys)
	err = c.Attachment(str, str)
	err = c.Inline(str, str)
	err = c.NoContent(code)
	err = c.Redirect(code, str)
	c.SetLogger(logger)
	_, _, _, _ = values, form, cookies, e

	c = echo5.NewContext(req, rw, e)
	var n int
	n, err = echo5.ContextGet[int](c, str)
	n, err = echo5.ContextGetOr(c, str, n)
	n, err = echo5.PathParam[int](c, str)
	n, err = echo5.PathParamOr(c, str, n)
	n, err = echo5.QueryParam[int](c, str)
	n, err = echo5.QueryParamOr(c, str, n)
	var ns []int
	ns, err = echo5.QueryParams[int](c, str)
	n, err = echo5.FormValue[int](c, str)
	n, err = echo5.FormValueOr(c, str, n)
	ns, err = echo5.FormValues[int](c, str)
	_, _ = n, ns
	err = echo5.BindPathValues(c, obj)
	err = echo5.BindQueryParams(c, obj)
	err = echo5.BindBody(c, obj)
	err = echo5.BindHeaders(c, obj)
	return err
}

// Echo5Response uses echo v5's Response.
func Echo5Response(w http.ResponseWriter) {
	var r *echo5.Response = echo5.NewResponse(w, slog.Default())
	var _ http.ResponseWriter = r
	var _ http.Flusher = r
	var _ http.Hijacker = r
	var inner http.ResponseWriter = r.ResponseWriter
	code, code64, flag = r.Status, r.Size, r.Committed
	r.Before(func() {})
	r.After(func() {})
	r.WriteHeader(code)
	code, err = r.Write(data)
	r.Flush()
	var conn net.Conn
	var buf *bufio.ReadWriter
	conn, buf, err = r.Hijack()
	inner = r.Unwrap()
	r, err = echo5.UnwrapResponse(inner)
	r, code = echo5.ResolveResponseStatus(inner, err)
	_, _ = conn, buf
}

// Echo5Errors uses echo v5's errors.
func Echo5Errors() {
	var he *echo5.HTTPError = echo5.NewHTTPError(code, str)
	code, str = he.Code, he.Message
	code = he.StatusCode()
	str = he.Error()
	err = he.Unwrap()
	err = (*he).Wrap(err)
	var _ echo5.HTTPStatusCoder = he
	code = echo5.StatusCode(err)
	for _, e := range []interface {
		error
		echo5.HTTPStatusCoder
		Wrap(error) error
	}{
		echo5.ErrBadRequest, echo5.ErrUnauthorized, echo5.ErrForbidden, echo5.ErrNotFound,
		echo5.ErrMethodNotAllowed, echo5.ErrRequestTimeout, echo5.ErrStatusRequestEntityTooLarge,
		echo5.ErrUnsupportedMediaType, echo5.ErrTooManyRequests, echo5.ErrInternalServerError,
		echo5.ErrBadGateway, echo5.ErrServiceUnavailable,
	} {
		code, str, err = e.StatusCode(), e.Error(), e.Wrap(err)
	}
	for _, e := range []error{
		echo5.ErrValidatorNotRegistered, echo5.ErrRendererNotRegistered,
		echo5.ErrInvalidRedirectCode, echo5.ErrCookieNotFound, echo5.ErrInvalidCertOrKeyType,
		echo5.ErrInvalidListenerNetwork, echo5.ErrInvalidJSONPCallback,
	} {
		err = e
	}
}

// Echo5Constants uses the string constants of the echo v5 stub (the header
// names are compared by tools/stubcheck's API check).
func Echo5Constants() []string {
	return []string{
		echo5.PROPFIND, echo5.REPORT, echo5.QUERY, echo5.RouteNotFound, echo5.RouteAny,
		echo5.MIMEApplicationJSON, echo5.MIMEApplicationJSONCharsetUTF8,
		echo5.MIMEApplicationJavaScript, echo5.MIMEApplicationJavaScriptCharsetUTF8,
		echo5.MIMEApplicationXML, echo5.MIMEApplicationXMLCharsetUTF8, echo5.MIMETextXML,
		echo5.MIMETextXMLCharsetUTF8, echo5.MIMEApplicationForm, echo5.MIMEApplicationProtobuf,
		echo5.MIMEApplicationMsgpack, echo5.MIMEApplicationProblemJSON, echo5.MIMETextHTML,
		echo5.MIMETextHTMLCharsetUTF8, echo5.MIMETextPlain, echo5.MIMETextPlainCharsetUTF8,
		echo5.MIMEMultipartForm, echo5.MIMEOctetStream,
		echo5.HeaderAllow, echo5.HeaderRetryAfter, echo5.HeaderLocation,
		echo5.HeaderWWWAuthenticate, echo5.HeaderContentType, echo5.HeaderSetCookie,
		echo5.Version,
	}
}

type echo5Validator struct{}

func (echo5Validator) Validate(i any) error { return nil }

type echo5Renderer struct{}

func (echo5Renderer) Render(c *echo5.Context, w io.Writer, name string, data any) error { return nil }

type echo5Binder struct{}

func (echo5Binder) Bind(c *echo5.Context, target any) error { return nil }

type echo5Serializer struct{}

func (echo5Serializer) Serialize(c *echo5.Context, target any, indent string) error { return nil }
func (echo5Serializer) Deserialize(c *echo5.Context, target any) error              { return nil }

// Echo5Engine uses echo v5's Echo, Group, routes and configuration.
func Echo5Engine(h echo5.HandlerFunc, m ...echo5.MiddlewareFunc) {
	var (
		eh      echo5.HTTPErrorHandler      = echo5.DefaultHTTPErrorHandler(flag)
		plainEH func(*echo5.Context, error) = eh
		plainH  func(*echo5.Context) error  = h
		plainM  func(echo5.HandlerFunc) echo5.HandlerFunc
		mwf     echo5.MiddlewareFunc  = plainM
		ipx     echo5.IPExtractor     = func(*http.Request) string { return "" }
		scx     echo5.SchemeExtractor = func(*http.Request) string { return "" }
		fsys    fs.FS                 = echo5.NewDefaultFS(str)
		onAdd   func(echo5.Route) error
	)
	_, _, _ = plainEH, plainH, mwf
	fsys = echo5.MustSubFS(fsys, str)
	cfg := echo5.Config{
		Logger: slog.Default(), HTTPErrorHandler: eh, OnAddRoute: onAdd, Filesystem: fsys,
		Binder: echo5Binder{}, Validator: echo5Validator{}, Renderer: echo5Renderer{},
		JSONSerializer: echo5Serializer{}, IPExtractor: ipx, SchemeExtractor: scx,
		FormParseMaxMemory: code64,
	}
	var e *echo5.Echo = echo5.NewWithConfig(cfg)
	e = echo5.New()
	e.Binder, e.Filesystem, e.Renderer, e.Validator = echo5Binder{}, fsys, echo5Renderer{}, echo5Validator{}
	e.JSONSerializer, e.IPExtractor, e.SchemeExtractor = echo5Serializer{}, ipx, scx
	e.OnAddRoute, e.HTTPErrorHandler, e.Logger = onAdd, eh, slog.Default()
	var c *echo5.Context = e.NewContext(req, rw)
	eh(c, err)
	e.Pre(m...)
	e.Use(m...)
	var ri echo5.RouteInfo
	ri = e.CONNECT(str, h, m...)
	ri = e.DELETE(str, h, m...)
	ri = e.GET(str, h, m...)
	ri = e.HEAD(str, h, m...)
	ri = e.OPTIONS(str, h, m...)
	ri = e.PATCH(str, h, m...)
	ri = e.POST(str, h, m...)
	ri = e.PUT(str, h, m...)
	ri = e.QUERY(str, h, m...)
	ri = e.TRACE(str, h, m...)
	ri = e.RouteNotFound(str, h, m...)
	ri = e.Any(str, h, m...)
	var routes echo5.Routes = e.Match(strs, str, h, m...)
	ri = e.Static(str, str, m...)
	ri = e.StaticFS(str, fsys, m...)
	ri = e.FileFS(str, str, fsys, m...)
	ri = e.File(str, str, m...)
	route := echo5.Route{Method: str, Path: str, Name: str, Handler: h, Middlewares: m}
	ri, err = e.AddRoute(route)
	ri = e.Add(str, str, h, m...)
	var g *echo5.Group = e.Group(str, m...)
	m = e.PreMiddlewares()
	m = e.Middlewares()
	c = e.AcquireContext()
	e.ReleaseContext(c)
	e.ServeHTTP(rw, req)
	err = e.Start(str)
	h = echo5.StaticDirectoryHandler(fsys, flag)
	h = echo5.StaticFileHandler(str, fsys)
	h = echo5.WrapHandler(handler)
	mwf = echo5.WrapMiddleware(mw)

	g.Use(m...)
	ri = g.CONNECT(str, h, m...)
	ri = g.DELETE(str, h, m...)
	ri = g.GET(str, h, m...)
	ri = g.HEAD(str, h, m...)
	ri = g.OPTIONS(str, h, m...)
	ri = g.PATCH(str, h, m...)
	ri = g.POST(str, h, m...)
	ri = g.PUT(str, h, m...)
	ri = g.QUERY(str, h, m...)
	ri = g.TRACE(str, h, m...)
	ri = g.RouteNotFound(str, h, m...)
	ri = g.Any(str, h, m...)
	routes = g.Match(strs, str, h, m...)
	g = g.Group(str, m...)
	ri = g.Static(str, str, m...)
	ri = g.StaticFS(str, fsys, m...)
	ri = g.FileFS(str, str, fsys, m...)
	ri = g.File(str, str, m...)
	ri = g.Add(str, str, h, m...)
	ri, err = g.AddRoute(route)

	ri = route.ToRouteInfo(strs)
	route = route.WithPrefix(str, m)
	str, str, str, strs = ri.Name, ri.Method, ri.Path, ri.Parameters
	ri = ri.Clone()
	str = ri.Reverse(objs...)
	routes = routes.Clone()
	str, err = routes.Reverse(str, objs...)
	ri, err = routes.FindByMethodPath(str, str)
	routes, err = routes.FilterByMethod(str)
	routes, err = routes.FilterByPath(str)
	routes, err = routes.FilterByName(str)
	var plain []echo5.RouteInfo = routes
	_ = plain

	pv := echo5.PathValues{{Name: str, Value: str}}
	str, flag = pv.Get(str)
	str = pv.GetOr(str, str)
	var plainPV []echo5.PathValue = pv
	_ = plainPV
}
