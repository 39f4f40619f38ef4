package fiber

import (
	"context"
	"io"
	"mime/multipart"
	"time"

	"github.com/valyala/fasthttp"
)

// Ctx represents the Context which hold the HTTP request and response.
type Ctx struct{}

// Cookie data for c.Cookie.
type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}

// Accepts checks if the specified extensions or content types are acceptable.
func (c *Ctx) Accepts(offers ...string) string { return "" }

// App returns the *App reference to the instance of the Fiber application.
func (c *Ctx) App() *App { return nil }

// Append the specified value to the HTTP response header field.
func (c *Ctx) Append(field string, values ...string) {}

// Attachment sets the HTTP response Content-Disposition header field to attachment.
func (c *Ctx) Attachment(filename ...string) {}

// BaseURL returns (protocol + host + base path).
func (c *Ctx) BaseURL() string { return "" }

// Body contains the raw body submitted in a POST request.
func (c *Ctx) Body() []byte { return nil }

// BodyParser binds the request body to a struct.
func (c *Ctx) BodyParser(out interface{}) error { return nil }

// ClearCookie expires a specific cookie by key on the client side.
func (c *Ctx) ClearCookie(key ...string) {}

// Context returns *fasthttp.RequestCtx that carries a deadline
// a cancellation signal, and other values across API boundaries.
func (c *Ctx) Context() *fasthttp.RequestCtx { return nil }

// UserContext returns a context implementation that was set by
// user earlier or returns a non-nil, empty context, if it was not set earlier.
func (c *Ctx) UserContext() context.Context { return context.Background() }

// SetUserContext sets a context implementation by user.
func (c *Ctx) SetUserContext(ctx context.Context) {}

// Cookie sets a cookie by passing a cookie struct.
func (c *Ctx) Cookie(cookie *Cookie) {}

// Cookies are used for getting a cookie value by key.
func (c *Ctx) Cookies(key string, defaultValue ...string) string { return "" }

// Download transfers the file from path as an attachment.
func (c *Ctx) Download(file string, filename ...string) error { return nil }

// Format performs content-negotiation on the Accept HTTP header.
func (c *Ctx) Format(body interface{}) error { return nil }

// FormFile returns the first file by key from a MultipartForm.
func (c *Ctx) FormFile(key string) (*multipart.FileHeader, error) { return nil, nil }

// FormValue returns the first value by key from a MultipartForm.
func (c *Ctx) FormValue(key string, defaultValue ...string) string { return "" }

// Get returns the HTTP request header specified by field.
func (c *Ctx) Get(key string, defaultValue ...string) string { return "" }

// GetRespHeader returns the HTTP response header specified by field.
func (c *Ctx) GetRespHeader(key string, defaultValue ...string) string { return "" }

// Hostname contains the hostname derived from the X-Forwarded-Host or Host HTTP header.
func (c *Ctx) Hostname() string { return "" }

// IP returns the remote IP address of the request.
func (c *Ctx) IP() string { return "" }

// JSON converts any interface or string to JSON.
func (c *Ctx) JSON(data interface{}, ctype ...string) error { return nil }

// JSONP sends a JSON response with JSONP support.
func (c *Ctx) JSONP(data interface{}, callback ...string) error { return nil }

// XML converts any interface or string to XML.
func (c *Ctx) XML(data interface{}) error { return nil }

// Links joins the links followed by the property to populate the response's Link HTTP header field.
func (c *Ctx) Links(link ...string) {}

// Locals makes it possible to pass interface{} values under keys scoped to the request.
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { return nil }

// Location sets the response Location HTTP header to the specified path parameter.
func (c *Ctx) Location(path string) {}

// Method returns the HTTP request method for the context, optionally overridden by the provided argument.
func (c *Ctx) Method(override ...string) string { return "" }

// Next executes the next method in the stack that matches the current route.
func (c *Ctx) Next() error { return nil }

// OriginalURL contains the original request URL.
func (c *Ctx) OriginalURL() string { return "" }

// Params is used to get the route parameters.
func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }

// AllParams Params is used to get all route parameters.
func (c *Ctx) AllParams() map[string]string { return nil }

// ParamsParser binds the param string to a struct.
func (c *Ctx) ParamsParser(out interface{}) error { return nil }

// ParamsInt is used to get an integer from the route parameters.
func (c *Ctx) ParamsInt(key string, defaultValue ...int) (int, error) { return 0, nil }

// Path returns the path part of the request URL.
func (c *Ctx) Path(override ...string) string { return "" }

// Protocol contains the request protocol string: http or https for TLS requests.
func (c *Ctx) Protocol() string { return "" }

// Query returns the query string parameter in the url.
func (c *Ctx) Query(key string, defaultValue ...string) string { return "" }

// QueryInt returns integer value of key string parameter in the url.
func (c *Ctx) QueryInt(key string, defaultValue ...int) int { return 0 }

// QueryBool returns bool value of key string parameter in the url.
func (c *Ctx) QueryBool(key string, defaultValue ...bool) bool { return false }

// QueryParser binds the query string to a struct.
func (c *Ctx) QueryParser(out interface{}) error { return nil }

// ReqHeaderParser binds the request header strings to a struct.
func (c *Ctx) ReqHeaderParser(out interface{}) error { return nil }

// Redirect to the URL derived from the specified path, with specified status.
// If status is not specified, status defaults to 302 Found.
func (c *Ctx) Redirect(location string, status ...int) error { return nil }

// Render a template with data and sends a text/html response.
func (c *Ctx) Render(name string, bind interface{}, layouts ...string) error { return nil }

// Route returns the matched Route struct.
func (c *Ctx) Route() *Route { return nil }

// Send sets the HTTP response body without copying it.
func (c *Ctx) Send(body []byte) error { return nil }

// SendFile transfers the file from the given path.
func (c *Ctx) SendFile(file string, compress ...bool) error { return nil }

// SendStatus sets the HTTP status code and if the response body is empty,
// it sets the correct status message in the body.
func (c *Ctx) SendStatus(status int) error { return nil }

// SendString sets the HTTP response body for string types.
func (c *Ctx) SendString(body string) error { return nil }

// SendStream sets response body stream and optional body size.
func (c *Ctx) SendStream(stream io.Reader, size ...int) error { return nil }

// Set sets the response's HTTP header field to the specified key, value.
func (c *Ctx) Set(key, val string) {}

// Status sets the HTTP status for the response.
// This method is chainable.
func (c *Ctx) Status(status int) *Ctx { return c }

// Type sets the Content-Type HTTP header to the MIME type specified by the file extension.
func (c *Ctx) Type(extension string, charset ...string) *Ctx { return c }

// Vary adds the given header field to the Vary response header.
func (c *Ctx) Vary(fields ...string) {}

// Write appends p into response body.
func (c *Ctx) Write(p []byte) (int, error) { return len(p), nil }

// Writef appends f & a into response body writer.
func (c *Ctx) Writef(f string, a ...interface{}) (int, error) { return 0, nil }

// WriteString appends s to response body.
func (c *Ctx) WriteString(s string) (int, error) { return len(s), nil }

// String returns unique string representation of the ctx.
func (c *Ctx) String() string { return "" }
