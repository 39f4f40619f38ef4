// want package:`registrars`

// Package kit is a router type other packages register on: a gorilla
// router in a field, prefixes derived from parameters.
package kit

import (
	"net/http"

	"github.com/gorilla/mux"
)

// Router wraps a gorilla router.
type Router struct {
	mux *mux.Router
}

// New returns an empty router.
func New() *Router { return &Router{mux: mux.NewRouter()} }

// Get registers h for GET requests to path.
func (r *Router) Get(path string, h http.HandlerFunc) { // want Get:`registers\(recv:GET <path>=h\)`
	r.mux.Handle(path, h).Methods(http.MethodGet)
}

// Handle registers h for method requests to path.
func (r *Router) Handle(method, path string, h http.HandlerFunc) { // want Handle:`registers\(recv:\? <path>=h\)`
	r.mux.Handle(path, h).Methods(method)
}

// Post is Handle for POST, through the method above.
func (r *Router) Post(path string, h http.HandlerFunc) { // want Post:`registers\(recv:POST <path>=h\)`
	r.Handle(http.MethodPost, path, h)
}

// Prefix returns the router for the paths under p.
func (r *Router) Prefix(p string) *Router { // want Prefix:`returns\(recv\+<p>\)`
	return &Router{mux: r.mux.PathPrefix(p).Subrouter()}
}

// Group hands fn the router for the paths under p.
func (r *Router) Group(p string, fn func(*Router)) { // want Group:`calls\(1 with recv\+<p>\)`
	fn(r.Prefix(p))
}

// ServeHTTP serves the routes.
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) { r.mux.ServeHTTP(w, req) }
