package gin

import (
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"time"

	"github.com/gin-gonic/gin/render"
)

// Param is a single URL parameter, consisting of a key and a value.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

// Get returns the value of the first Param which key matches the given name and a boolean true.
func (ps Params) Get(name string) (string, bool) { return "", false }

// ByName returns the value of the first Param which key matches the given name.
func (ps Params) ByName(name string) (va string) { return "" }

// Context is the most important part of gin.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter

	Params Params

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[any]any

	// Errors is a list of errors attached to all the handlers/middlewares who used this context.
	Errors errorMsgs

	// Accepted defines a list of manually accepted formats for content negotiation.
	Accepted []string
}

// Negotiate contains all negotiations data.
type Negotiate struct {
	Offered      []string
	HTMLName     string
	HTMLData     any
	JSONData     any
	XMLData      any
	YAMLData     any
	Data         any
	TOMLData     any
	PROTOBUFData any
	BSONData     any
}

/************************************/
/********** CONTEXT CREATION ********/
/************************************/

// Copy returns a copy of the current context that can be safely used outside the request's scope.
func (c *Context) Copy() *Context { return c }

// HandlerName returns the main handler's name.
func (c *Context) HandlerName() string { return "" }

// HandlerNames returns a list of all registered handlers for this context.
func (c *Context) HandlerNames() []string { return nil }

// Handler returns the main handler.
func (c *Context) Handler() HandlerFunc { return nil }

// FullPath returns a matched route full path.
func (c *Context) FullPath() string { return "" }

/************************************/
/*********** FLOW CONTROL ***********/
/************************************/

// Next executes the pending handlers in the chain inside the calling handler.
func (c *Context) Next() {}

// IsAborted returns true if the current context was aborted.
func (c *Context) IsAborted() bool { return false }

// Abort prevents pending handlers from being called.
func (c *Context) Abort() {}

// AbortWithStatus calls `Abort()` and writes the headers with the specified status code.
func (c *Context) AbortWithStatus(code int) {}

// AbortWithStatusPureJSON calls `Abort()` and then `PureJSON` internally.
func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any) {}

// AbortWithStatusJSON calls `Abort()` and then `JSON` internally.
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}

// AbortWithError calls `AbortWithStatus()` and `Error()` internally.
func (c *Context) AbortWithError(code int, err error) *Error { return nil }

/************************************/
/********* ERROR MANAGEMENT *********/
/************************************/

// Error attaches an error to the current context.
func (c *Context) Error(err error) *Error { return nil }

/************************************/
/******** METADATA MANAGEMENT********/
/************************************/

// Set is used to store a new key/value pair exclusively for this context.
func (c *Context) Set(key any, value any) {}

// Get returns the value for the given key, ie: (value, true).
func (c *Context) Get(key any) (value any, exists bool) { return nil, false }

// MustGet returns the value for the given key if it exists, otherwise it panics.
func (c *Context) MustGet(key any) any { return nil }

// GetString returns the value associated with the key as a string.
func (c *Context) GetString(key any) string { return "" }

// GetBool returns the value associated with the key as a boolean.
func (c *Context) GetBool(key any) bool { return false }

// GetInt returns the value associated with the key as an integer.
func (c *Context) GetInt(key any) int { return 0 }

// GetInt64 returns the value associated with the key as an integer.
func (c *Context) GetInt64(key any) int64 { return 0 }

// Delete deletes the key from the Context's Key map, if it exists.
func (c *Context) Delete(key any) {}

/************************************/
/************ INPUT DATA ************/
/************************************/

// Param returns the value of the URL param.
func (c *Context) Param(key string) string { return "" }

// AddParam adds param to context.
func (c *Context) AddParam(key, value string) {}

// Query returns the keyed url query value if it exists.
func (c *Context) Query(key string) (value string) { return "" }

// DefaultQuery returns the keyed url query value if it exists, otherwise defaultValue.
func (c *Context) DefaultQuery(key, defaultValue string) string { return "" }

// GetQuery is like Query(), it returns the keyed url query value and whether it exists.
func (c *Context) GetQuery(key string) (string, bool) { return "", false }

// QueryArray returns a slice of strings for a given query key.
func (c *Context) QueryArray(key string) (values []string) { return nil }

// PostForm returns the specified key from a POST urlencoded form or multipart form.
func (c *Context) PostForm(key string) (value string) { return "" }

// DefaultPostForm returns the specified key from a POST form if it exists, otherwise defaultValue.
func (c *Context) DefaultPostForm(key, defaultValue string) string { return "" }

// GetPostForm is like PostForm(key), it also reports whether the key exists.
func (c *Context) GetPostForm(key string) (string, bool) { return "", false }

// FormFile returns the first file for the provided form key.
func (c *Context) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }

// MultipartForm is the parsed multipart form, including file uploads.
func (c *Context) MultipartForm() (*multipart.Form, error) { return nil, nil }

// SaveUploadedFile uploads the form file to specific dst.
func (c *Context) SaveUploadedFile(file *multipart.FileHeader, dst string, perm ...fs.FileMode) error {
	return nil
}

// Bind checks the Method and Content-Type to select a binding engine automatically.
// On error it writes a 400 response (MustBindWith).
func (c *Context) Bind(obj any) error { return nil }

// BindJSON is a shortcut for c.MustBindWith(obj, binding.JSON).
func (c *Context) BindJSON(obj any) error { return nil }

// BindXML is a shortcut for c.MustBindWith(obj, binding.BindXML).
func (c *Context) BindXML(obj any) error { return nil }

// BindQuery is a shortcut for c.MustBindWith(obj, binding.Query).
func (c *Context) BindQuery(obj any) error { return nil }

// BindUri binds the passed struct pointer using binding.Uri.
func (c *Context) BindUri(obj any) error { return nil }

// ShouldBind checks the Method and Content-Type to select a binding engine automatically.
func (c *Context) ShouldBind(obj any) error { return nil }

// ShouldBindJSON is a shortcut for c.ShouldBindWith(obj, binding.JSON).
func (c *Context) ShouldBindJSON(obj any) error { return nil }

// ShouldBindXML is a shortcut for c.ShouldBindWith(obj, binding.XML).
func (c *Context) ShouldBindXML(obj any) error { return nil }

// ShouldBindQuery is a shortcut for c.ShouldBindWith(obj, binding.Query).
func (c *Context) ShouldBindQuery(obj any) error { return nil }

// ShouldBindUri binds the passed struct pointer using the specified binding engine.
func (c *Context) ShouldBindUri(obj any) error { return nil }

// ShouldBindHeader is a shortcut for c.ShouldBindWith(obj, binding.Header).
func (c *Context) ShouldBindHeader(obj any) error { return nil }

// ClientIP implements one best effort algorithm to return the real client IP.
func (c *Context) ClientIP() string { return "" }

// RemoteIP parses the IP from Request.RemoteAddr, normalizes and returns the IP (without the port).
func (c *Context) RemoteIP() string { return "" }

// ContentType returns the Content-Type header of the request.
func (c *Context) ContentType() string { return "" }

// IsWebsocket returns true if the request headers indicate that a websocket handshake is being initiated.
func (c *Context) IsWebsocket() bool { return false }

/************************************/
/******** RESPONSE RENDERING ********/
/************************************/

// Status sets the HTTP response code.
func (c *Context) Status(code int) {}

// Header is an intelligent shortcut for c.Writer.Header().Set(key, value).
func (c *Context) Header(key, value string) {}

// GetHeader returns value from request headers.
func (c *Context) GetHeader(key string) string { return "" }

// GetRawData returns stream data.
func (c *Context) GetRawData() ([]byte, error) { return nil, nil }

// SetSameSite with cookie.
func (c *Context) SetSameSite(samesite http.SameSite) {}

// SetCookie adds a Set-Cookie header to the ResponseWriter's headers.
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}

// Cookie returns the named cookie provided in the request or ErrNoCookie if not found.
func (c *Context) Cookie(name string) (string, error) { return "", nil }

// Render writes the response headers and calls render.Render to render data.
func (c *Context) Render(code int, r render.Render) {}

// HTML renders the HTTP template specified by its file name.
func (c *Context) HTML(code int, name string, obj any) {}

// IndentedJSON serializes the given struct as pretty JSON (indented + endlines) into the response body.
func (c *Context) IndentedJSON(code int, obj any) {}

// SecureJSON serializes the given struct as Secure JSON into the response body.
func (c *Context) SecureJSON(code int, obj any) {}

// JSONP serializes the given struct as JSON into the response body.
func (c *Context) JSONP(code int, obj any) {}

// JSON serializes the given struct as JSON into the response body.
func (c *Context) JSON(code int, obj any) {}

// AsciiJSON serializes the given struct as JSON into the response body with unicode to ASCII string.
func (c *Context) AsciiJSON(code int, obj any) {}

// PureJSON serializes the given struct as JSON into the response body.
func (c *Context) PureJSON(code int, obj any) {}

// XML serializes the given struct as XML into the response body.
func (c *Context) XML(code int, obj any) {}

// YAML serializes the given struct as YAML into the response body.
func (c *Context) YAML(code int, obj any) {}

// TOML serializes the given struct as TOML into the response body.
func (c *Context) TOML(code int, obj any) {}

// ProtoBuf serializes the given struct as ProtoBuf into the response body.
func (c *Context) ProtoBuf(code int, obj any) {}

// BSON serializes the given struct as BSON into the response body.
func (c *Context) BSON(code int, obj any) {}

// String writes the given string into the response body.
func (c *Context) String(code int, format string, values ...any) {}

// Redirect returns an HTTP redirect to the specific location.
func (c *Context) Redirect(code int, location string) {}

// Data writes some data into the body stream and updates the HTTP code.
func (c *Context) Data(code int, contentType string, data []byte) {}

// DataFromReader writes the specified reader into the body stream and updates the HTTP code.
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}

// File writes the specified file into the body stream in an efficient way.
func (c *Context) File(filepath string) {}

// FileFromFS writes the specified file from http.FileSystem into the body stream in an efficient way.
func (c *Context) FileFromFS(filepath string, fs http.FileSystem) {}

// FileAttachment writes the specified file into the body stream in an efficient way.
// On the client side, the file will typically be downloaded with the given filename.
func (c *Context) FileAttachment(filepath, filename string) {}

// SSEvent writes a Server-Sent Event into the body stream.
func (c *Context) SSEvent(name string, message any) {}

// Stream sends a streaming response and returns a boolean
// indicates "Is client disconnected in middle of stream".
func (c *Context) Stream(step func(w io.Writer) bool) bool { return false }

// Negotiate calls different Render according to acceptable Accept format.
func (c *Context) Negotiate(code int, config Negotiate) {}

// NegotiateFormat returns an acceptable Accept format.
func (c *Context) NegotiateFormat(offered ...string) string { return "" }

// SetAccepted sets Accept header data.
func (c *Context) SetAccepted(formats ...string) {}

/************************************/
/***** GOLANG.ORG/X/NET/CONTEXT *****/
/************************************/

// Deadline returns that there is no deadline (ok==false) when c.Request has no Context.
func (c *Context) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

// Done returns nil (chan which will wait forever) when c.Request has no Context.
func (c *Context) Done() <-chan struct{} { return nil }

// Err returns nil when c.Request has no Context.
func (c *Context) Err() error { return nil }

// Value returns the value associated with this context for key.
func (c *Context) Value(key any) any { return nil }
