// Package fiber is a minimal stub of github.com/gofiber/fiber/v3 v3.1.0 for
// statuslint's analysistest fixtures.
//
// Every declaration has the real module's signature (parameter and result
// types, variadics, pointer or value receivers); bodies do nothing, so the
// analyzers never mistake the stub for a response helper. Unlike v2, Ctx is
// an interface, Redirect returns a *Redirect whose status defaults to 303,
// and the routing methods take their handlers as any: a fiber handler
// (func(Ctx) error or func(Ctx)), an express-style func(Req, Res) handler, a
// net/http handler or a fasthttp one. Declarations whose types the stub
// leaves out (fasthttp's Request, Response and Server, custom contexts,
// hooks, state, services, views) are missing. The test in tools/stubcheck
// compares this package with the real module.
package fiber

import (
	"context"
	"crypto/tls"
	"errors"
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

// Version of the stubbed module.
const Version = "3.1.0"

// Handler serves a request.
type Handler = func(Ctx) error

// Map is a shorthand for map[string]any.
type Map map[string]any

// ErrorHandler turns an error returned by a handler into a response.
type ErrorHandler = func(Ctx, error) error

// Error is an error with the status the default error handler sends.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// NewError returns an error with code and, by default, the status text as
// its message.
func NewError(code int, message ...string) *Error {
	err := &Error{Code: code, Message: http.StatusText(code)}
	if len(message) > 0 {
		err.Message = message[0]
	}
	return err
}

// NewErrorf returns an error with code and a formatted message.
func NewErrorf(code int, message ...any) *Error { return &Error{Code: code} }

// Errors of the framework itself.
var (
	ErrRedirectBackNoFallback = NewError(StatusInternalServerError, "Referer not found, you have to enter fallback URL for redirection.")
	ErrTestGotEmptyResponse   = errors.New("test: got empty response")
)

// App is a fiber application.
type App struct{}

// Config configures New (a subset of the real fields).
type Config struct {
	ServerHeader           string        `json:"server_header"`
	StrictRouting          bool          `json:"strict_routing"`
	CaseSensitive          bool          `json:"case_sensitive"`
	Immutable              bool          `json:"immutable"`
	UnescapePath           bool          `json:"unescape_path"`
	BodyLimit              int           `json:"body_limit"`
	ReadTimeout            time.Duration `json:"read_timeout"`
	WriteTimeout           time.Duration `json:"write_timeout"`
	IdleTimeout            time.Duration `json:"idle_timeout"`
	ProxyHeader            string        `json:"proxy_header"`
	ErrorHandler           ErrorHandler  `json:"-"`
	AppName                string        `json:"app_name"`
	TrustProxy             bool          `json:"trust_proxy"`
	RequestMethods         []string
	CompressedFileSuffixes map[string]string `json:"compressed_file_suffixes"`
}

// TestConfig configures App.Test.
type TestConfig struct {
	Timeout       time.Duration
	FailOnTimeout bool
}

// ListenConfig configures App.Listen (a subset of the real fields).
type ListenConfig struct {
	GracefulContext       context.Context             `json:"graceful_context"`
	TLSConfigFunc         func(tlsConfig *tls.Config) `json:"tls_config_func"`
	TLSConfig             *tls.Config                 `json:"tls_config"`
	DisableStartupMessage bool                        `json:"disable_startup_message"`
}

// Route describes a registered handler.
type Route struct {
	Method   string    `json:"method"`
	Name     string    `json:"name"`
	Path     string    `json:"path"`
	Params   []string  `json:"params"`
	Handlers []Handler `json:"-"`
}

// Router is what App and Group have in common.
type Router interface {
	Use(args ...any) Router

	Get(path string, handler any, handlers ...any) Router
	Head(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Put(path string, handler any, handlers ...any) Router
	Delete(path string, handler any, handlers ...any) Router
	Connect(path string, handler any, handlers ...any) Router
	Options(path string, handler any, handlers ...any) Router
	Trace(path string, handler any, handlers ...any) Router
	Patch(path string, handler any, handlers ...any) Router

	Add(methods []string, path string, handler any, handlers ...any) Router
	All(path string, handler any, handlers ...any) Router

	Group(prefix string, handlers ...any) Router

	RouteChain(path string) Register
	Route(prefix string, fn func(router Router), name ...string) Router

	Name(name string) Router
}

var (
	_ Router = (*App)(nil)
	_ Router = (*Group)(nil)
)

// New returns an application configured by config.
func New(config ...Config) *App { return &App{} }

// DefaultErrorHandler is the error handler fiber installs by default.
func DefaultErrorHandler(c Ctx, err error) error { return nil }

// Name names the last registered route.
func (app *App) Name(name string) Router { return app }

// GetRoute returns the route named name.
func (app *App) GetRoute(name string) Route { return Route{} }

// GetRoutes returns the registered routes.
func (app *App) GetRoutes(filterUseOption ...bool) []Route { return nil }

// Use registers middleware, optionally under prefixes, or mounts a sub-app.
func (app *App) Use(args ...any) Router { return app }

// Get registers a GET route (and its HEAD route).
func (app *App) Get(path string, handler any, handlers ...any) Router { return app }

// Head registers a HEAD route.
func (app *App) Head(path string, handler any, handlers ...any) Router { return app }

// Post registers a POST route.
func (app *App) Post(path string, handler any, handlers ...any) Router { return app }

// Put registers a PUT route.
func (app *App) Put(path string, handler any, handlers ...any) Router { return app }

// Delete registers a DELETE route.
func (app *App) Delete(path string, handler any, handlers ...any) Router { return app }

// Connect registers a CONNECT route.
func (app *App) Connect(path string, handler any, handlers ...any) Router { return app }

// Options registers an OPTIONS route.
func (app *App) Options(path string, handler any, handlers ...any) Router { return app }

// Trace registers a TRACE route.
func (app *App) Trace(path string, handler any, handlers ...any) Router { return app }

// Patch registers a PATCH route.
func (app *App) Patch(path string, handler any, handlers ...any) Router { return app }

// Add registers a route for methods.
func (app *App) Add(methods []string, path string, handler any, handlers ...any) Router {
	return app
}

// All registers a route for every method.
func (app *App) All(path string, handler any, handlers ...any) Router { return app }

// Group returns a group of routes under prefix.
func (app *App) Group(prefix string, handlers ...any) Router { return &Group{} }

// RouteChain returns a registrar for the routes of path.
func (app *App) RouteChain(path string) Register { return &Registering{} }

// Route calls fn with a group under prefix.
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router { return app }

// Config returns the application's configuration.
func (app *App) Config() Config { return Config{} }

// Handler returns the application as a fasthttp handler.
func (app *App) Handler() fasthttp.RequestHandler { return nil }

// Shutdown stops the server.
func (app *App) Shutdown() error { return nil }

// ShutdownWithTimeout stops the server within timeout.
func (app *App) ShutdownWithTimeout(timeout time.Duration) error { return nil }

// ShutdownWithContext stops the server before ctx ends.
func (app *App) ShutdownWithContext(ctx context.Context) error { return nil }

// Test serves req in process and returns the response.
func (app *App) Test(req *http.Request, config ...TestConfig) (*http.Response, error) {
	return nil, nil
}

// ErrorHandler runs the configured error handler for err.
func (app *App) ErrorHandler(ctx Ctx, err error) error { return nil }

// Listen serves requests on addr.
func (app *App) Listen(addr string, config ...ListenConfig) error { return nil }

// MountPath returns the path the application is mounted at.
func (app *App) MountPath() string { return "" }

// RemoveRoute removes the routes of path and methods.
func (app *App) RemoveRoute(path string, methods ...string) {}

// RemoveRouteByName removes the route named name.
func (app *App) RemoveRouteByName(name string, methods ...string) {}
