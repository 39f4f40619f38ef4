package fiber

import (
	"bufio"
	"context"
	"crypto/tls"
	"io"
	"io/fs"
	"mime/multipart"
	"time"

	"github.com/valyala/fasthttp"
)

// Ctx is the context of one request. In v3 it is an interface; the real
// one also has unexported methods, and methods whose types the stub leaves
// out (Request, Response, Range, SaveFileToStorage).
type Ctx interface {
	App() *App
	BaseURL() string
	RequestCtx() *fasthttp.RequestCtx
	Context() context.Context
	SetContext(ctx context.Context)
	Deadline() (time.Time, bool)
	Done() <-chan struct{}
	Err() error
	Get(key string, defaultValue ...string) string
	GetHeaders() map[string][]string
	GetReqHeaders() map[string][]string
	GetRespHeader(key string, defaultValue ...string) string
	GetRespHeaders() map[string][]string
	ClientHelloInfo() *tls.ClientHelloInfo
	Next() error
	RestartRouting() error
	OriginalURL() string
	Path(override ...string) string
	RequestID() string
	Req() Req
	Res() Res
	Redirect() *Redirect
	ViewBind(vars Map) error
	Route() *Route
	FullPath() string
	Matched() bool
	IsMiddleware() bool
	HasBody() bool
	OverrideParam(name, value string)
	IsWebSocket() bool
	IsPreflight() bool
	SaveFile(fileheader *multipart.FileHeader, path string) error
	Secure() bool
	Status(status int) Ctx
	String() string
	Value(key any) any
	XHR() bool
	Reset(fctx *fasthttp.RequestCtx)
	Abandon()
	IsAbandoned() bool
	ForceRelease()
	Bind() *Bind
	FullURL() string
	UserAgent() string
	Referer() string
	AcceptLanguage() string
	AcceptEncoding() string
	HasHeader(key string) bool
	MediaType() string
	Charset() string
	IsJSON() bool
	IsForm() bool
	IsMultipart() bool
	AcceptsJSON() bool
	AcceptsHTML() bool
	AcceptsXML() bool
	AcceptsEventStream() bool
	Accepts(offers ...string) string
	AcceptsCharsets(offers ...string) string
	AcceptsEncodings(offers ...string) string
	AcceptsLanguages(offers ...string) string
	AcceptsLanguagesExtended(offers ...string) string
	BodyRaw() []byte
	Body() []byte
	Cookies(key string, defaultValue ...string) string
	FormFile(key string) (*multipart.FileHeader, error)
	FormValue(key string, defaultValue ...string) string
	Fresh() bool
	Host() string
	Hostname() string
	Port() string
	IP() string
	IPs() []string
	Is(extension string) bool
	Locals(key any, value ...any) any
	Method(override ...string) string
	MultipartForm() (*multipart.Form, error)
	Params(key string, defaultValue ...string) string
	Scheme() string
	Protocol() string
	Query(key string, defaultValue ...string) string
	Queries() map[string]string
	Subdomains(offset ...int) []string
	Stale() bool
	IsProxyTrusted() bool
	IsFromLocal() bool
	Append(field string, values ...string)
	Attachment(filename ...string)
	ClearCookie(key ...string)
	Cookie(cookie *Cookie)
	Download(file string, filename ...string) error
	Format(handlers ...ResFmt) error
	AutoFormat(body any) error
	JSON(data any, ctype ...string) error
	MsgPack(data any, ctype ...string) error
	CBOR(data any, ctype ...string) error
	JSONP(data any, callback ...string) error
	XML(data any) error
	Links(link ...string)
	Location(path string)
	GetRouteURL(routeName string, params Map) (string, error)
	Render(name string, bind any, layouts ...string) error
	Send(body []byte) error
	SendEarlyHints(hints []string) error
	SendFile(file string, config ...SendFile) error
	SendStatus(status int) error
	SendString(body string) error
	SendStream(stream io.Reader, size ...int) error
	SendStreamWriter(streamWriter func(*bufio.Writer)) error
	Set(key, val string)
	Type(extension string, charset ...string) Ctx
	Vary(fields ...string)
	Write(p []byte) (int, error)
	Writef(f string, a ...any) (int, error)
	WriteString(s string) (int, error)
	Drop() error
	End() error
}

// Req is the request half of a Ctx, given to express-style handlers
// (a subset of the real methods).
type Req interface {
	App() *App
	BaseURL() string
	Body() []byte
	RequestCtx() *fasthttp.RequestCtx
	Cookies(key string, defaultValue ...string) string
	FormFile(key string) (*multipart.FileHeader, error)
	FormValue(key string, defaultValue ...string) string
	Get(key string, defaultValue ...string) string
	Hostname() string
	IP() string
	Locals(key any, value ...any) any
	Method(override ...string) string
	OriginalURL() string
	Params(key string, defaultValue ...string) string
	Query(key string, defaultValue ...string) string
	Route() *Route
}

// Res is the response half of a Ctx, given to express-style handlers
// (the real methods but Response and the unexported ones).
type Res interface {
	App() *App
	Append(field string, values ...string)
	Attachment(filename ...string)
	ClearCookie(key ...string)
	RequestCtx() *fasthttp.RequestCtx
	Cookie(cookie *Cookie)
	Download(file string, filename ...string) error
	Format(handlers ...ResFmt) error
	AutoFormat(body any) error
	Get(key string, defaultValue ...string) string
	GetHeaders() map[string][]string
	JSON(data any, ctype ...string) error
	MsgPack(data any, ctype ...string) error
	CBOR(data any, ctype ...string) error
	JSONP(data any, callback ...string) error
	XML(data any) error
	Links(link ...string)
	Location(path string)
	OriginalURL() string
	Redirect() *Redirect
	ViewBind(vars Map) error
	GetRouteURL(routeName string, params Map) (string, error)
	Render(name string, bind any, layouts ...string) error
	Send(body []byte) error
	SendEarlyHints(hints []string) error
	SendFile(file string, config ...SendFile) error
	SendStatus(status int) error
	SendString(body string) error
	SendStream(stream io.Reader, size ...int) error
	SendStreamWriter(streamWriter func(*bufio.Writer)) error
	Set(key, val string)
	Status(status int) Ctx
	Type(extension string, charset ...string) Ctx
	Vary(fields ...string)
	Write(p []byte) (int, error)
	Writef(f string, a ...any) (int, error)
	WriteString(s string) (int, error)
	Drop() error
	End() error
}

// Cookie configures a Set-Cookie header sent with Ctx.Cookie.
type Cookie struct {
	Expires     time.Time `json:"expires"`
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	SameSite    string    `json:"same_site"`
	MaxAge      int       `json:"max_age"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	Partitioned bool      `json:"partitioned"`
	SessionOnly bool      `json:"session_only"`
}

// SendFile configures Ctx.SendFile.
type SendFile struct {
	FS            fs.FS
	Compress      bool          `json:"compress"`
	ByteRange     bool          `json:"byte_range"`
	Download      bool          `json:"download"`
	CacheDuration time.Duration `json:"cache_duration"`
	MaxAge        int           `json:"max_age"`
}

// ResFmt pairs a media type with the handler Ctx.Format runs for it.
type ResFmt struct {
	Handler   func(Ctx) error
	MediaType string
}

// Bind decodes request data into values; Ctx.Bind returns one.
type Bind struct{}

// WithoutAutoHandling makes binding errors come back unanswered.
func (b *Bind) WithoutAutoHandling() *Bind { return b }

// WithAutoHandling makes binding errors answer 400 themselves.
func (b *Bind) WithAutoHandling() *Bind { return b }

// SkipValidation turns the struct validator off or on.
func (b *Bind) SkipValidation(skip bool) *Bind { return b }

// Custom binds with the custom binder name.
func (b *Bind) Custom(name string, dest any) error { return nil }

// Header binds the request headers.
func (b *Bind) Header(out any) error { return nil }

// RespHeader binds the response headers.
func (b *Bind) RespHeader(out any) error { return nil }

// Cookie binds the request cookies.
func (b *Bind) Cookie(out any) error { return nil }

// Query binds the query string.
func (b *Bind) Query(out any) error { return nil }

// JSON binds a JSON body.
func (b *Bind) JSON(out any) error { return nil }

// CBOR binds a CBOR body.
func (b *Bind) CBOR(out any) error { return nil }

// XML binds an XML body.
func (b *Bind) XML(out any) error { return nil }

// Form binds a form body.
func (b *Bind) Form(out any) error { return nil }

// URI binds the path parameters.
func (b *Bind) URI(out any) error { return nil }

// MsgPack binds a MessagePack body.
func (b *Bind) MsgPack(out any) error { return nil }

// Body binds the body by its Content-Type.
func (b *Bind) Body(out any) error { return nil }

// All binds path, query, headers, cookies and body.
func (b *Bind) All(out any) error { return nil }

// GenericType lists the types the generic readers parse.
type GenericType interface {
	GenericTypeInteger | GenericTypeFloat | bool | string | []byte
}

// GenericTypeInteger lists the integer types.
type GenericTypeInteger interface {
	GenericTypeIntegerSigned | GenericTypeIntegerUnsigned
}

// GenericTypeIntegerSigned lists the signed integer types.
type GenericTypeIntegerSigned interface {
	int | int8 | int16 | int32 | int64
}

// GenericTypeIntegerUnsigned lists the unsigned integer types.
type GenericTypeIntegerUnsigned interface {
	uint | uint8 | uint16 | uint32 | uint64
}

// GenericTypeFloat lists the floating-point types.
type GenericTypeFloat interface {
	float32 | float64
}

// GetReqHeader parses the request header key as a V.
func GetReqHeader[V GenericType](c Ctx, key string, defaultValue ...V) V {
	var zero V
	return zero
}

// Locals reads (and with value, stores) a request-scoped value as a V.
func Locals[V any](c Ctx, key any, value ...V) V {
	var zero V
	return zero
}

// Params parses the path parameter key as a V.
func Params[V GenericType](c Ctx, key string, defaultValue ...V) V {
	var zero V
	return zero
}

// Query parses the query parameter key as a V.
func Query[V GenericType](c Ctx, key string, defaultValue ...V) V {
	var zero V
	return zero
}
