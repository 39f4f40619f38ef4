// Package echo is a minimal stub of github.com/labstack/echo/v5 v5.4.6 for
// statuslint's analysistest fixtures.
//
// Every declaration has the real module's signature (parameter and result
// types, variadics, pointer or value receivers); bodies do nothing, so the
// analyzers never mistake the stub for a response helper. Unlike v4, Context
// is a struct used as *Context, Response returns a plain http.ResponseWriter,
// the error handler takes (c, err) in that order and NewHTTPError takes a
// string message. The stub leaves out the router internals (Router,
// DefaultRouter), server start-up configuration and the value binders. The
// test in tools/stubcheck compares this package with the real module.
package echo

import (
	"io"
	"io/fs"
	"log/slog"
	"net/http"
)

// Request methods echo names beside the net/http ones.
const (
	PROPFIND      = "PROPFIND"
	REPORT        = "REPORT"
	QUERY         = "QUERY"
	RouteNotFound = "echo_route_not_found"
	RouteAny      = "echo_route_any"
)

// MIME types.
const (
	MIMEApplicationJSON                  = "application/json"
	MIMEApplicationJSONCharsetUTF8       = MIMEApplicationJSON + "; " + charsetUTF8
	MIMEApplicationJavaScript            = "application/javascript"
	MIMEApplicationJavaScriptCharsetUTF8 = MIMEApplicationJavaScript + "; " + charsetUTF8
	MIMEApplicationXML                   = "application/xml"
	MIMEApplicationXMLCharsetUTF8        = MIMEApplicationXML + "; " + charsetUTF8
	MIMETextXML                          = "text/xml"
	MIMETextXMLCharsetUTF8               = MIMETextXML + "; " + charsetUTF8
	MIMEApplicationForm                  = "application/x-www-form-urlencoded"
	MIMEApplicationProtobuf              = "application/protobuf"
	MIMEApplicationMsgpack               = "application/msgpack"
	MIMEApplicationProblemJSON           = "application/problem+json"
	MIMETextHTML                         = "text/html"
	MIMETextHTMLCharsetUTF8              = MIMETextHTML + "; " + charsetUTF8
	MIMETextPlain                        = "text/plain"
	MIMETextPlainCharsetUTF8             = MIMETextPlain + "; " + charsetUTF8
	MIMEMultipartForm                    = "multipart/form-data"
	MIMEOctetStream                      = "application/octet-stream"
)

const charsetUTF8 = "charset=UTF-8"

// Header names.
const (
	HeaderAccept                          = "Accept"
	HeaderAcceptEncoding                  = "Accept-Encoding"
	HeaderAllow                           = "Allow"
	HeaderAuthorization                   = "Authorization"
	HeaderContentDisposition              = "Content-Disposition"
	HeaderContentEncoding                 = "Content-Encoding"
	HeaderContentLength                   = "Content-Length"
	HeaderContentType                     = "Content-Type"
	HeaderCookie                          = "Cookie"
	HeaderSetCookie                       = "Set-Cookie"
	HeaderIfModifiedSince                 = "If-Modified-Since"
	HeaderLastModified                    = "Last-Modified"
	HeaderLocation                        = "Location"
	HeaderRetryAfter                      = "Retry-After"
	HeaderUpgrade                         = "Upgrade"
	HeaderVary                            = "Vary"
	HeaderWWWAuthenticate                 = "WWW-Authenticate"
	HeaderXForwardedFor                   = "X-Forwarded-For"
	HeaderXForwardedProto                 = "X-Forwarded-Proto"
	HeaderXForwardedProtocol              = "X-Forwarded-Protocol"
	HeaderXForwardedSsl                   = "X-Forwarded-Ssl"
	HeaderXUrlScheme                      = "X-Url-Scheme"
	HeaderXHTTPMethodOverride             = "X-HTTP-Method-Override"
	HeaderXRealIP                         = "X-Real-Ip"
	HeaderXRequestID                      = "X-Request-Id"
	HeaderXCorrelationID                  = "X-Correlation-Id"
	HeaderXRequestedWith                  = "X-Requested-With"
	HeaderServer                          = "Server"
	HeaderOrigin                          = "Origin"
	HeaderCacheControl                    = "Cache-Control"
	HeaderConnection                      = "Connection"
	HeaderAccessControlRequestMethod      = "Access-Control-Request-Method"
	HeaderAccessControlRequestHeaders     = "Access-Control-Request-Headers"
	HeaderAccessControlAllowOrigin        = "Access-Control-Allow-Origin"
	HeaderAccessControlAllowMethods       = "Access-Control-Allow-Methods"
	HeaderAccessControlAllowHeaders       = "Access-Control-Allow-Headers"
	HeaderAccessControlAllowCredentials   = "Access-Control-Allow-Credentials"
	HeaderAccessControlExposeHeaders      = "Access-Control-Expose-Headers"
	HeaderAccessControlMaxAge             = "Access-Control-Max-Age"
	HeaderStrictTransportSecurity         = "Strict-Transport-Security"
	HeaderXContentTypeOptions             = "X-Content-Type-Options"
	HeaderXXSSProtection                  = "X-XSS-Protection"
	HeaderXFrameOptions                   = "X-Frame-Options"
	HeaderContentSecurityPolicy           = "Content-Security-Policy"
	HeaderContentSecurityPolicyReportOnly = "Content-Security-Policy-Report-Only"
	HeaderXCSRFToken                      = "X-CSRF-Token"
	HeaderReferrerPolicy                  = "Referrer-Policy"
	HeaderSecFetchSite                    = "Sec-Fetch-Site"
)

// Version of the stubbed module.
const Version = "5.4.6"

// Echo is the framework instance. The real struct has unexported fields too.
type Echo struct {
	Binder           Binder
	Filesystem       fs.FS
	Renderer         Renderer
	Validator        Validator
	JSONSerializer   JSONSerializer
	IPExtractor      IPExtractor
	SchemeExtractor  SchemeExtractor
	OnAddRoute       func(route Route) error
	HTTPErrorHandler HTTPErrorHandler
	Logger           *slog.Logger
}

// Config configures NewWithConfig (a subset of the real fields).
type Config struct {
	Logger             *slog.Logger
	HTTPErrorHandler   HTTPErrorHandler
	OnAddRoute         func(route Route) error
	Filesystem         fs.FS
	Binder             Binder
	Validator          Validator
	Renderer           Renderer
	JSONSerializer     JSONSerializer
	IPExtractor        IPExtractor
	SchemeExtractor    SchemeExtractor
	FormParseMaxMemory int64
}

// JSONSerializer encodes and decodes JSON bodies.
type JSONSerializer interface {
	Serialize(c *Context, target any, indent string) error
	Deserialize(c *Context, target any) error
}

// HTTPErrorHandler turns an error returned by a handler into a response.
type HTTPErrorHandler func(c *Context, err error)

// HandlerFunc serves a request.
type HandlerFunc func(c *Context) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Validator validates a bound value.
type Validator interface {
	Validate(i any) error
}

// Binder binds request data into a value.
type Binder interface {
	Bind(c *Context, target any) error
}

// Renderer renders a named template.
type Renderer interface {
	Render(c *Context, w io.Writer, templateName string, data any) error
}

// IPExtractor finds the client address of a request.
type IPExtractor func(*http.Request) string

// SchemeExtractor finds the scheme of a request.
type SchemeExtractor func(*http.Request) string

// New returns an Echo with the default configuration.
func New() *Echo { return &Echo{} }

// NewWithConfig returns an Echo configured by config.
func NewWithConfig(config Config) *Echo { return &Echo{} }

// NewContext returns a context for r and w.
func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) *Context { return &Context{} }

// DefaultHTTPErrorHandler returns the error handler echo installs by default;
// exposeError adds the error text to the JSON body.
func DefaultHTTPErrorHandler(exposeError bool) HTTPErrorHandler { return nil }

// Pre adds middleware that runs before routing.
func (e *Echo) Pre(middleware ...MiddlewareFunc) {}

// Use adds middleware that runs after routing.
func (e *Echo) Use(middleware ...MiddlewareFunc) {}

// CONNECT registers a CONNECT route.
func (e *Echo) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// DELETE registers a DELETE route.
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// GET registers a GET route.
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// HEAD registers a HEAD route.
func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// OPTIONS registers an OPTIONS route.
func (e *Echo) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// PATCH registers a PATCH route.
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// POST registers a POST route.
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// PUT registers a PUT route.
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// QUERY registers a QUERY route.
func (e *Echo) QUERY(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// TRACE registers a TRACE route.
func (e *Echo) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

// RouteNotFound registers the handler for paths no route matches.
func (e *Echo) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// Any registers a route for every method.
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// Match registers a route for the given methods.
func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) Routes {
	return nil
}

// Static serves the files under fsRoot at pathPrefix.
func (e *Echo) Static(pathPrefix, fsRoot string, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// StaticFS serves the files of filesystem at pathPrefix.
func (e *Echo) StaticFS(pathPrefix string, filesystem fs.FS, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// FileFS serves one file of filesystem at path.
func (e *Echo) FileFS(path, file string, filesystem fs.FS, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// File serves one file at path.
func (e *Echo) File(path, file string, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// AddRoute registers route.
func (e *Echo) AddRoute(route Route) (RouteInfo, error) { return RouteInfo{}, nil }

// Add registers a route for method and path.
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// Group returns a group of routes under prefix.
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return &Group{} }

// PreMiddlewares returns the middleware added with Pre.
func (e *Echo) PreMiddlewares() []MiddlewareFunc { return nil }

// Middlewares returns the middleware added with Use.
func (e *Echo) Middlewares() []MiddlewareFunc { return nil }

// AcquireContext takes a context from the pool.
func (e *Echo) AcquireContext() *Context { return &Context{} }

// ReleaseContext returns a context to the pool.
func (e *Echo) ReleaseContext(c *Context) {}

// ServeHTTP serves a request.
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Start listens on address and serves requests.
func (e *Echo) Start(address string) error { return nil }

// StaticDirectoryHandler serves the files of fileSystem.
func StaticDirectoryHandler(fileSystem fs.FS, disablePathUnescaping bool) HandlerFunc { return nil }

// StaticFileHandler serves one file of filesystem.
func StaticFileHandler(file string, filesystem fs.FS) HandlerFunc { return nil }

// WrapHandler adapts an http.Handler.
func WrapHandler(h http.Handler) HandlerFunc { return nil }

// WrapMiddleware adapts net/http middleware.
func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc { return nil }

// NewDefaultFS returns a file system rooted at dir.
func NewDefaultFS(dir string) fs.FS { return nil }

// MustSubFS returns the sub tree of currentFs at fsRoot.
func MustSubFS(currentFs fs.FS, fsRoot string) fs.FS { return nil }
