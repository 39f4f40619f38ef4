package gin

import "net/http"

// Modes.
const (
	DebugMode   = "debug"
	ReleaseMode = "release"
	TestMode    = "test"
)

// Content-Type MIME of the most common data formats.
const (
	MIMEJSON              = "application/json"
	MIMEHTML              = "text/html"
	MIMEXML               = "application/xml"
	MIMEXML2              = "text/xml"
	MIMEPlain             = "text/plain"
	MIMEPOSTForm          = "application/x-www-form-urlencoded"
	MIMEMultipartPOSTForm = "multipart/form-data"
	MIMEYAML              = "application/x-yaml"
	MIMEYAML2             = "application/yaml"
	MIMETOML              = "application/toml"
	MIMEPROTOBUF          = "application/x-protobuf"
	MIMEBSON              = "application/bson"
)

// Version is the real module version these stubs mirror.
const Version = "v1.12.0"

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// Last returns the last handler in the chain.
func (c HandlersChain) Last() HandlerFunc { return nil }

// OptionFunc defines the function to change the default configuration.
type OptionFunc func(*Engine)

// H is a shortcut for map[string]any.
type H map[string]any

// Engine is the framework's instance.
type Engine struct {
	RouterGroup

	RedirectTrailingSlash  bool
	RedirectFixedPath      bool
	HandleMethodNotAllowed bool
	ForwardedByClientIP    bool
	UseRawPath             bool
	UnescapePathValues     bool
	RemoveExtraSlash       bool
	RemoteIPHeaders        []string
	TrustedPlatform        string
	MaxMultipartMemory     int64
	ContextWithFallback    bool
}

var _ IRouter = (*Engine)(nil)

// New returns a new blank Engine instance without any middleware attached.
func New(opts ...OptionFunc) *Engine { return &Engine{} }

// Default returns an Engine instance with the Logger and Recovery middleware already attached.
func Default(opts ...OptionFunc) *Engine { return &Engine{} }

// Handler returns the engine as an http.Handler.
func (engine *Engine) Handler() http.Handler { return engine }

// NoRoute adds handlers for NoRoute. It returns a 404 code by default.
func (engine *Engine) NoRoute(handlers ...HandlerFunc) {}

// NoMethod sets the handlers called when Engine.HandleMethodNotAllowed = true.
func (engine *Engine) NoMethod(handlers ...HandlerFunc) {}

// Use attaches a global middleware to the router.
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes { return engine }

// Run attaches the router to a http.Server and starts listening and serving HTTP requests.
func (engine *Engine) Run(addr ...string) (err error) { return nil }

// RunTLS attaches the router to a http.Server and starts listening and serving HTTPS requests.
func (engine *Engine) RunTLS(addr, certFile, keyFile string) (err error) { return nil }

// ServeHTTP conforms to the http.Handler interface.
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// HandleContext re-enters a context that has been rewritten.
func (engine *Engine) HandleContext(c *Context) {}

// SetTrustedProxies sets a list of network origins that are trusted.
func (engine *Engine) SetTrustedProxies(trustedProxies []string) error { return nil }

// LoadHTMLGlob loads HTML files identified by glob pattern.
func (engine *Engine) LoadHTMLGlob(pattern string) {}

// LoadHTMLFiles loads a slice of HTML files.
func (engine *Engine) LoadHTMLFiles(files ...string) {}

// WrapF is a helper function for wrapping http.HandlerFunc and returns a Gin middleware.
func WrapF(f http.HandlerFunc) HandlerFunc { return nil }

// WrapH is a helper function for wrapping http.Handler and returns a Gin middleware.
func WrapH(h http.Handler) HandlerFunc { return nil }

// Logger instances a Logger middleware.
func Logger() HandlerFunc { return nil }

// Recovery returns a middleware that recovers from any panics and writes a 500 if there was one.
func Recovery() HandlerFunc { return nil }

// SetMode sets gin mode according to input string.
func SetMode(value string) {}

// Mode returns current gin mode.
func Mode() string { return "" }

// CreateTestContext returns a fresh engine and context for testing purposes.
func CreateTestContext(w http.ResponseWriter) (c *Context, r *Engine) { return nil, nil }
