// Package fiber is a minimal stub of github.com/gofiber/fiber/v2 v2.52.15 for
// statuslint's analysistest fixtures.
//
// Every declaration has the real module's signature (parameter and result
// types, variadics, pointer or value receivers); bodies do nothing, so the
// analyzers never mistake the stub for a response helper. Methods whose real
// signatures need fasthttp types other than *fasthttp.RequestCtx
// (Ctx.Request, Ctx.Response, App.Handler, App.Server, ...) are left out.
// The test in tools/stubcheck compares this package with the real module.
package fiber

import (
	"net/http"
	"time"
)

// Version of current fiber package.
const Version = "2.52.15"

// Handler defines a function to serve HTTP requests.
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}, useful for JSON returns.
type Map map[string]interface{}

// ErrorHandler defines a function that will process all errors
// returned from any handlers in the stack.
type ErrorHandler = func(*Ctx, error) error

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Error makes it compatible with the `error` interface.
func (e *Error) Error() string { return e.Message }

// NewError creates a new Error instance with an optional message.
func NewError(code int, message ...string) *Error {
	err := &Error{Code: code, Message: http.StatusText(code)}
	if len(message) > 0 {
		err.Message = message[0]
	}
	return err
}

// App denotes the Fiber application.
type App struct{}

// Config is a struct holding the server settings (a subset of the real fields).
type Config struct {
	Prefork                 bool          `json:"prefork"`
	ServerHeader            string        `json:"server_header"`
	StrictRouting           bool          `json:"strict_routing"`
	CaseSensitive           bool          `json:"case_sensitive"`
	Immutable               bool          `json:"immutable"`
	BodyLimit               int           `json:"body_limit"`
	ReadTimeout             time.Duration `json:"read_timeout"`
	WriteTimeout            time.Duration `json:"write_timeout"`
	IdleTimeout             time.Duration `json:"idle_timeout"`
	ProxyHeader             string        `json:"proxy_header"`
	ErrorHandler            ErrorHandler  `json:"-"`
	DisableStartupMessage   bool          `json:"disable_startup_message"`
	AppName                 string        `json:"app_name"`
	EnableTrustedProxyCheck bool          `json:"enable_trusted_proxy_check"`
	TrustedProxies          []string      `json:"trusted_proxies"`
}

// Static defines configuration options when defining static assets.
type Static struct {
	Compress       bool          `json:"compress"`
	ByteRange      bool          `json:"byte_range"`
	Browse         bool          `json:"browse"`
	Download       bool          `json:"download"`
	Index          string        `json:"index"`
	CacheDuration  time.Duration `json:"cache_duration"`
	MaxAge         int           `json:"max_age"`
	ModifyResponse Handler
	Next           func(c *Ctx) bool
}

// Route is a struct that holds all metadata for each registered handler.
type Route struct {
	Method   string    `json:"method"`
	Name     string    `json:"name"`
	Path     string    `json:"path"`
	Params   []string  `json:"params"`
	Handlers []Handler `json:"-"`
}

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...interface{}) Router

	Get(path string, handlers ...Handler) Router
	Head(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Connect(path string, handlers ...Handler) Router
	Options(path string, handlers ...Handler) Router
	Trace(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router

	Add(method, path string, handlers ...Handler) Router
	Static(prefix, root string, config ...Static) Router
	All(path string, handlers ...Handler) Router

	Group(prefix string, handlers ...Handler) Router

	Route(prefix string, fn func(router Router), name ...string) Router

	Mount(prefix string, fiber *App) Router

	Name(name string) Router
}

var (
	_ Router = (*App)(nil)
	_ Router = (*Group)(nil)
)

// New creates a new Fiber named instance.
func New(config ...Config) *App { return &App{} }

// Config returns the app config as value ( read-only ).
func (app *App) Config() Config { return Config{} }

// ErrorHandler is the application's method in charge of finding the
// appropriate handler for the given request.
func (app *App) ErrorHandler(ctx *Ctx, err error) error { return nil }

// Use registers a middleware route that will match requests
// with the provided prefix (which is optional and defaults to "/").
func (app *App) Use(args ...interface{}) Router { return app }

// Get registers a route for GET methods that requests a representation
// of the specified resource. Requests using GET should only retrieve data.
func (app *App) Get(path string, handlers ...Handler) Router { return app }

// Head registers a route for HEAD methods.
func (app *App) Head(path string, handlers ...Handler) Router { return app }

// Post registers a route for POST methods.
func (app *App) Post(path string, handlers ...Handler) Router { return app }

// Put registers a route for PUT methods.
func (app *App) Put(path string, handlers ...Handler) Router { return app }

// Delete registers a route for DELETE methods.
func (app *App) Delete(path string, handlers ...Handler) Router { return app }

// Connect registers a route for CONNECT methods.
func (app *App) Connect(path string, handlers ...Handler) Router { return app }

// Options registers a route for OPTIONS methods.
func (app *App) Options(path string, handlers ...Handler) Router { return app }

// Trace registers a route for TRACE methods.
func (app *App) Trace(path string, handlers ...Handler) Router { return app }

// Patch registers a route for PATCH methods.
func (app *App) Patch(path string, handlers ...Handler) Router { return app }

// Add allows you to specify a HTTP method to register a route.
func (app *App) Add(method, path string, handlers ...Handler) Router { return app }

// Static will create a file server serving static files.
func (app *App) Static(prefix, root string, config ...Static) Router { return app }

// All will register the handler on all HTTP methods.
func (app *App) All(path string, handlers ...Handler) Router { return app }

// Group is used for Routes with common prefix to define a new sub-router with optional middleware.
func (app *App) Group(prefix string, handlers ...Handler) Router { return &Group{} }

// Route is used to define routes with a common prefix inside the common function.
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router { return app }

// Mount attaches another app instance as a sub-router along a routing path.
func (app *App) Mount(prefix string, subApp *App) Router { return app }

// Name Assign name to specific route.
func (app *App) Name(name string) Router { return app }

// GetRoute Get route by name.
func (app *App) GetRoute(name string) Route { return Route{} }

// GetRoutes Get all routes.
func (app *App) GetRoutes(filterUseOption ...bool) []Route { return nil }

// Listen serves HTTP requests from the given addr.
func (app *App) Listen(addr string) error { return nil }

// Shutdown gracefully shuts down the server without interrupting any active connections.
func (app *App) Shutdown() error { return nil }

// Test is used for internal debugging by passing a *http.Request.
func (app *App) Test(req *http.Request, msTimeout ...int) (*http.Response, error) { return nil, nil }

// DefaultErrorHandler that process return errors from handlers.
func DefaultErrorHandler(c *Ctx, err error) error { return nil }
