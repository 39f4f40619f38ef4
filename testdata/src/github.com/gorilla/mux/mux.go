// Package mux is a minimal stub of github.com/gorilla/mux v1.8.1 for
// statuslint's analysistest fixtures.
//
// Every declaration has the real module's signature (parameter and result
// types, variadics, pointer or value receivers); bodies do nothing. The test
// in tools/stubcheck compares this package with the real module.
package mux

import (
	"errors"
	"net/http"
	"net/url"
)

var (
	// ErrMethodMismatch is returned when the method in the request does not match
	// the method defined against the route.
	ErrMethodMismatch = errors.New("method is not allowed")
	// ErrNotFound is returned when no route match is found.
	ErrNotFound = errors.New("no matching route was found")
)

// SkipRouter is used as a return value from WalkFuncs to indicate that the
// router that walk is about to descend down to should be skipped.
var SkipRouter = errors.New("skip this router")

// NewRouter returns a new router instance.
func NewRouter() *Router { return &Router{} }

// Router registers routes to be matched and dispatches a handler.
type Router struct {
	// Configurable Handler to be used when no route matches.
	NotFoundHandler http.Handler

	// Configurable Handler to be used when the request method does not match the route.
	MethodNotAllowedHandler http.Handler

	// Deprecated: No effect, since the context is stored on the request itself.
	KeepContext bool
}

// RouteMatch stores information about a matched route.
type RouteMatch struct {
	Route   *Route
	Handler http.Handler
	Vars    map[string]string

	// MatchErr is set to appropriate matching error.
	MatchErr error
}

// MatcherFunc is the function signature used by custom matchers.
type MatcherFunc func(*http.Request, *RouteMatch) bool

// MiddlewareFunc is a function which receives an http.Handler and returns another http.Handler.
type MiddlewareFunc func(http.Handler) http.Handler

// Middleware allows MiddlewareFunc to implement the middleware interface.
func (mw MiddlewareFunc) Middleware(handler http.Handler) http.Handler { return handler }

// WalkFunc is the type of the function called for each route visited by Walk.
type WalkFunc func(route *Route, router *Router, ancestors []*Route) error

// CORSMethodMiddleware automatically sets the Access-Control-Allow-Methods response header
// on requests for routes that have an OPTIONS method matcher to all the method matchers on
// the route.
func CORSMethodMiddleware(r *Router) MiddlewareFunc { return nil }

// Match attempts to match the given request against the router's registered routes.
func (r *Router) Match(req *http.Request, match *RouteMatch) bool { return false }

// ServeHTTP dispatches the handler registered in the matched route.
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// Get returns a route registered with the given name.
func (r *Router) Get(name string) *Route { return nil }

// GetRoute returns a route registered with the given name.
func (r *Router) GetRoute(name string) *Route { return nil }

// StrictSlash defines the trailing slash behavior for new routes.
func (r *Router) StrictSlash(value bool) *Router { return r }

// SkipClean defines the path cleaning behaviour for new routes.
func (r *Router) SkipClean(value bool) *Router { return r }

// UseEncodedPath tells the router to match the encoded original path to the routes.
func (r *Router) UseEncodedPath() *Router { return r }

// NewRoute registers an empty route.
func (r *Router) NewRoute() *Route { return &Route{} }

// Name registers a new route with a name.
func (r *Router) Name(name string) *Route { return &Route{} }

// Handle registers a new route with a matcher for the URL path.
func (r *Router) Handle(path string, handler http.Handler) *Route { return &Route{} }

// HandleFunc registers a new route with a matcher for the URL path.
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter,
	*http.Request)) *Route {
	return &Route{}
}

// Headers registers a new route with a matcher for request header values.
func (r *Router) Headers(pairs ...string) *Route { return &Route{} }

// Host registers a new route with a matcher for the URL host.
func (r *Router) Host(tpl string) *Route { return &Route{} }

// MatcherFunc registers a new route with a custom matcher function.
func (r *Router) MatcherFunc(f MatcherFunc) *Route { return &Route{} }

// Methods registers a new route with a matcher for HTTP methods.
func (r *Router) Methods(methods ...string) *Route { return &Route{} }

// Path registers a new route with a matcher for the URL path.
func (r *Router) Path(tpl string) *Route { return &Route{} }

// PathPrefix registers a new route with a matcher for the URL path prefix.
func (r *Router) PathPrefix(tpl string) *Route { return &Route{} }

// Queries registers a new route with a matcher for URL query values.
func (r *Router) Queries(pairs ...string) *Route { return &Route{} }

// Schemes registers a new route with a matcher for URL schemes.
func (r *Router) Schemes(schemes ...string) *Route { return &Route{} }

// Use appends a MiddlewareFunc to the chain.
func (r *Router) Use(mwf ...MiddlewareFunc) {}

// Walk walks the router and all its sub-routers, calling walkFn for each route in the tree.
func (r *Router) Walk(walkFn WalkFunc) error { return nil }

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string { return nil }

// CurrentRoute returns the matched route for the current request, if any.
func CurrentRoute(r *http.Request) *Route { return nil }

// SetURLVars sets the URL variables for the given request, to be accessed via
// mux.Vars for testing route behaviour.
func SetURLVars(r *http.Request, val map[string]string) *http.Request { return r }

// Route stores information to match a request and build URLs.
type Route struct{}

// SkipClean reports whether path cleaning is enabled for this route via
// Router.SkipClean.
func (r *Route) SkipClean() bool { return false }

// Match matches the route against the request.
func (r *Route) Match(req *http.Request, match *RouteMatch) bool { return false }

// GetError returns an error resulted from building the route, if any.
func (r *Route) GetError() error { return nil }

// BuildOnly sets the route to never match: it is only used to build URLs.
func (r *Route) BuildOnly() *Route { return r }

// Handler sets a handler for the route.
func (r *Route) Handler(handler http.Handler) *Route { return r }

// HandlerFunc sets a handler function for the route.
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { return r }

// GetHandler returns the handler for the route, if any.
func (r *Route) GetHandler() http.Handler { return nil }

// Name sets the name for the route, used to build URLs.
func (r *Route) Name(name string) *Route { return r }

// GetName returns the name for the route, if any.
func (r *Route) GetName() string { return "" }

// Headers adds a matcher for request header values.
func (r *Route) Headers(pairs ...string) *Route { return r }

// Host adds a matcher for the URL host.
func (r *Route) Host(tpl string) *Route { return r }

// MatcherFunc adds a custom function to be used as request matcher.
func (r *Route) MatcherFunc(f MatcherFunc) *Route { return r }

// Methods adds a matcher for HTTP methods.
func (r *Route) Methods(methods ...string) *Route { return r }

// Path adds a matcher for the URL path.
func (r *Route) Path(tpl string) *Route { return r }

// PathPrefix adds a matcher for the URL path prefix.
func (r *Route) PathPrefix(tpl string) *Route { return r }

// Queries adds a matcher for URL query values.
func (r *Route) Queries(pairs ...string) *Route { return r }

// Schemes adds a matcher for URL schemes.
func (r *Route) Schemes(schemes ...string) *Route { return r }

// Subrouter creates a subrouter for the route.
func (r *Route) Subrouter() *Router { return &Router{} }

// URL builds a URL for the route.
func (r *Route) URL(pairs ...string) (*url.URL, error) { return nil, nil }

// GetPathTemplate returns the template used to build the route match.
func (r *Route) GetPathTemplate() (string, error) { return "", nil }

// GetMethods returns the methods the route matches against.
func (r *Route) GetMethods() ([]string, error) { return nil, nil }
