package echo

import (
	"io"
	"io/fs"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
)

// Context holds the request, the response writer and the route of one
// request. In v5 it is a struct, used as *Context; the real one has
// unexported fields only.
type Context struct{}

// NewContext returns a context for r and w; opts may hold the *Echo.
func NewContext(r *http.Request, w http.ResponseWriter, opts ...any) *Context { return &Context{} }

// Reset makes the context serve r and w.
func (c *Context) Reset(r *http.Request, w http.ResponseWriter) {}

// Request returns the request.
func (c *Context) Request() *http.Request { return nil }

// SetRequest replaces the request.
func (c *Context) SetRequest(r *http.Request) {}

// Response returns the response writer: a plain http.ResponseWriter in v5.
func (c *Context) Response() http.ResponseWriter { return nil }

// SetResponse replaces the response writer.
func (c *Context) SetResponse(r http.ResponseWriter) {}

// IsTLS reports whether the connection is TLS.
func (c *Context) IsTLS() bool { return false }

// IsWebSocket reports whether the request is a WebSocket upgrade.
func (c *Context) IsWebSocket() bool { return false }

// Scheme returns http or https.
func (c *Context) Scheme() string { return "" }

// RealIP returns the client address.
func (c *Context) RealIP() string { return "" }

// Path returns the registered path of the route.
func (c *Context) Path() string { return "" }

// SetPath replaces the registered path.
func (c *Context) SetPath(p string) {}

// RouteInfo describes the matched route.
func (c *Context) RouteInfo() RouteInfo { return RouteInfo{} }

// Param returns the path parameter name.
func (c *Context) Param(name string) string { return "" }

// ParamOr returns the path parameter name, or defaultValue.
func (c *Context) ParamOr(name, defaultValue string) string { return defaultValue }

// PathValues returns the path parameters.
func (c *Context) PathValues() PathValues { return nil }

// SetPathValues replaces the path parameters.
func (c *Context) SetPathValues(pathValues PathValues) {}

// InitializeRoute sets the matched route and its parameters.
func (c *Context) InitializeRoute(ri *RouteInfo, pathValues *PathValues) {}

// QueryParam returns the query parameter name.
func (c *Context) QueryParam(name string) string { return "" }

// QueryParamOr returns the query parameter name, or defaultValue.
func (c *Context) QueryParamOr(name, defaultValue string) string { return defaultValue }

// QueryParams returns the query parameters.
func (c *Context) QueryParams() url.Values { return nil }

// QueryString returns the raw query.
func (c *Context) QueryString() string { return "" }

// FormValue returns the form field name.
func (c *Context) FormValue(name string) string { return "" }

// FormValueOr returns the form field name, or defaultValue.
func (c *Context) FormValueOr(name, defaultValue string) string { return defaultValue }

// FormValues returns the form fields.
func (c *Context) FormValues() (url.Values, error) { return nil, nil }

// FormFile returns the uploaded file name.
func (c *Context) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }

// MultipartForm returns the parsed multipart form.
func (c *Context) MultipartForm() (*multipart.Form, error) { return nil, nil }

// Cookie returns the request cookie name.
func (c *Context) Cookie(name string) (*http.Cookie, error) { return nil, nil }

// SetCookie adds a Set-Cookie header to the response.
func (c *Context) SetCookie(cookie *http.Cookie) {}

// Cookies returns the request cookies.
func (c *Context) Cookies() []*http.Cookie { return nil }

// Get returns a value stored on the context.
func (c *Context) Get(key string) any { return nil }

// Set stores a value on the context.
func (c *Context) Set(key string, val any) {}

// Bind decodes path, query and body into i.
func (c *Context) Bind(i any) error { return nil }

// Validate runs the registered validator on i.
func (c *Context) Validate(i any) error { return nil }

// ValidateCtx runs the registered validator on i with the request's context.
func (c *Context) ValidateCtx(i any) error { return nil }

// Render renders template name and sends it as HTML with code.
func (c *Context) Render(code int, name string, data any) (err error) { return nil }

// HTML sends html with code.
func (c *Context) HTML(code int, html string) (err error) { return nil }

// HTMLBlob sends b as HTML with code.
func (c *Context) HTMLBlob(code int, b []byte) (err error) { return nil }

// String sends s as plain text with code.
func (c *Context) String(code int, s string) (err error) { return nil }

// JSON sends i encoded as JSON with code.
func (c *Context) JSON(code int, i any) (err error) { return nil }

// JSONPretty sends i encoded as indented JSON with code.
func (c *Context) JSONPretty(code int, i any, indent string) (err error) { return nil }

// JSONBlob sends b as JSON with code.
func (c *Context) JSONBlob(code int, b []byte) (err error) { return nil }

// JSONP sends i as JSONP with code.
func (c *Context) JSONP(code int, callback string, i any) (err error) { return nil }

// JSONPBlob sends b as JSONP with code.
func (c *Context) JSONPBlob(code int, callback string, b []byte) (err error) { return nil }

// XML sends i encoded as XML with code.
func (c *Context) XML(code int, i any) (err error) { return nil }

// XMLPretty sends i encoded as indented XML with code.
func (c *Context) XMLPretty(code int, i any, indent string) (err error) { return nil }

// XMLBlob sends b as XML with code.
func (c *Context) XMLBlob(code int, b []byte) (err error) { return nil }

// Blob sends b with code and contentType.
func (c *Context) Blob(code int, contentType string, b []byte) (err error) { return nil }

// Stream copies r to the response with code and contentType.
func (c *Context) Stream(code int, contentType string, r io.Reader) (err error) { return nil }

// File sends a file of the Echo's file system.
func (c *Context) File(file string) error { return nil }

// FileFS sends a file of filesystem.
func (c *Context) FileFS(file string, filesystem fs.FS) error { return nil }

// Attachment sends a file as a download named name.
func (c *Context) Attachment(file, name string) error { return nil }

// Inline sends a file for display, named name.
func (c *Context) Inline(file, name string) error { return nil }

// NoContent sends code with no body.
func (c *Context) NoContent(code int) error { return nil }

// Redirect sends code (300-308) with a Location of url.
func (c *Context) Redirect(code int, url string) error { return nil }

// Logger returns the context's logger.
func (c *Context) Logger() *slog.Logger { return nil }

// SetLogger replaces the context's logger.
func (c *Context) SetLogger(logger *slog.Logger) {}

// Echo returns the Echo the context belongs to.
func (c *Context) Echo() *Echo { return nil }

// ContextGet returns the value stored under key as a T.
func ContextGet[T any](c *Context, key string) (T, error) {
	var zero T
	return zero, nil
}

// ContextGetOr returns the value stored under key as a T, or defaultValue.
func ContextGetOr[T any](c *Context, key string, defaultValue T) (T, error) {
	return defaultValue, nil
}

// PathParam parses the path parameter paramName as a T.
func PathParam[T any](c *Context, paramName string, opts ...any) (T, error) {
	var zero T
	return zero, nil
}

// PathParamOr parses the path parameter paramName as a T, or returns defaultValue.
func PathParamOr[T any](c *Context, paramName string, defaultValue T, opts ...any) (T, error) {
	return defaultValue, nil
}

// QueryParam parses the query parameter key as a T.
func QueryParam[T any](c *Context, key string, opts ...any) (T, error) {
	var zero T
	return zero, nil
}

// QueryParamOr parses the query parameter key as a T, or returns defaultValue.
func QueryParamOr[T any](c *Context, key string, defaultValue T, opts ...any) (T, error) {
	return defaultValue, nil
}

// QueryParams parses every value of the query parameter key as a T.
func QueryParams[T any](c *Context, key string, opts ...any) ([]T, error) { return nil, nil }

// FormValue parses the form field key as a T.
func FormValue[T any](c *Context, key string, opts ...any) (T, error) {
	var zero T
	return zero, nil
}

// FormValueOr parses the form field key as a T, or returns defaultValue.
func FormValueOr[T any](c *Context, key string, defaultValue T, opts ...any) (T, error) {
	return defaultValue, nil
}

// FormValues parses every value of the form field key as a T.
func FormValues[T any](c *Context, key string, opts ...any) ([]T, error) { return nil, nil }

// BindPathValues decodes the path parameters into target.
func BindPathValues(c *Context, target any) error { return nil }

// BindQueryParams decodes the query parameters into target.
func BindQueryParams(c *Context, target any) error { return nil }

// BindBody decodes the request body into target.
func BindBody(c *Context, target any) (err error) { return nil }

// BindHeaders decodes the request headers into target.
func BindHeaders(c *Context, target any) error { return nil }
