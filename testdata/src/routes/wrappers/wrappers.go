// want package:`registrars`

// Package wrappers registers its routes through a router type of its
// own: it keeps a chi router in a field, takes each route's pattern and
// handler as parameters, adapts the service's error-returning handlers,
// and hands sub-routers to callbacks.
package wrappers

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// appHandler is the handler shape the service writes.
type appHandler func(w http.ResponseWriter, r *http.Request) error

func (h appHandler) serveWeb(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func adapt(h appHandler) http.HandlerFunc { return h.serveWeb }

// gate is a middleware the service writes.
type gate func(w http.ResponseWriter, r *http.Request) error

func (g gate) wrap(next http.Handler) http.Handler { return next }

type mux struct {
	inner chi.Router
}

func newMux() *mux { return &mux{chi.NewRouter()} } // want newMux:`returns\(new chi v5\)`

// Each verb adapts the handler its own way: a call, a method value of
// the parameter, a literal calling it, or none.
func (m *mux) Get(pattern string, h appHandler) { m.inner.Get(pattern, adapt(h)) } // want Get:`registers\(recv:GET <pattern>=h\)`

func (m *mux) Post(pattern string, h appHandler) { m.inner.Post(pattern, h.serveWeb) } // want Post:`registers\(recv:POST <pattern>=h\)`

func (m *mux) Delete(pattern string, h appHandler) { // want Delete:`registers\(recv:DELETE <pattern>=h\)`
	m.inner.Delete(pattern, func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
		}
	})
}

func (m *mux) Handle(pattern string, h http.Handler) { m.inner.Handle(pattern, h) } // want Handle:`registers\(recv:ANY <pattern>=h\)`

// Method takes the method too.
func (m *mux) Method(method, pattern string, h appHandler) { m.inner.Method(method, pattern, adapt(h)) } // want Method:`registers\(recv:\? <pattern>=h\)`

func (m *mux) Route(pattern string, fn func(*mux)) { // want Route:`calls\(1 with recv\+<pattern>\)`
	m.inner.Route(pattern, func(sub chi.Router) {
		fn(&mux{inner: sub})
	})
}

func (m *mux) Group(fn func(*mux)) { fn(m) } // want Group:`calls\(0 with recv\)`

func (m *mux) With(g gate) *mux { return &mux{m.inner.With(g.wrap)} } // want With:`returns\(recv\)`

func (m *mux) Use(g gate) { m.inner.Use(g.wrap) } // ok: registers nothing

func (m *mux) ServeHTTP(w http.ResponseWriter, r *http.Request) { m.inner.ServeHTTP(w, r) }

// Debug registers its own route under the prefix it is given.
func (m *mux) Debug(prefix string) { // want Debug:`registers\(recv:GET <prefix>/vars=vars\)`
	m.inner.Route(prefix, func(sub chi.Router) {
		sub.Get("/vars", vars)
	})
}

func vars(w http.ResponseWriter, r *http.Request) {}

type service struct {
	prefix string
	table  map[string]appHandler
	h      http.Handler
}

func (s *service) health(w http.ResponseWriter, r *http.Request) error     { return nil }
func (s *service) listUsers(w http.ResponseWriter, r *http.Request) error  { return nil }
func (s *service) createUser(w http.ResponseWriter, r *http.Request) error { return nil }
func (s *service) getUser(w http.ResponseWriter, r *http.Request) error    { return nil }
func (s *service) deleteUser(w http.ResponseWriter, r *http.Request) error { return nil }
func (s *service) stats(w http.ResponseWriter, r *http.Request) error      { return nil }
func (s *service) logout(w http.ResponseWriter, r *http.Request) error     { return nil }
func (s *service) account(w http.ResponseWriter, r *http.Request) error    { return nil }
func (s *service) auth(w http.ResponseWriter, r *http.Request) error       { return nil }
func (s *service) avatar(w http.ResponseWriter, r *http.Request) error     { return nil }
func metrics(w http.ResponseWriter, r *http.Request)                       {}

func newService(prefix string) *service {
	s := &service{prefix: prefix}
	m := newMux()
	m.Get("/health", s.health)
	m.Route("/users", func(m *mux) {
		m.Use(s.auth)
		m.Get("/", s.listUsers)
		m.Post("/", s.createUser)
		m.Route("/{id}", func(m *mux) {
			m.Get("/", s.getUser)
			m.Delete("/", s.deleteUser)
		})
	})
	m.With(s.auth).Route("/admin", s.adminRoutes)
	m.Group(func(m *mux) {
		m.With(s.auth).Post("/logout", s.logout)
	})
	accountRoutes(m.With(s.auth), s)
	m.Handle("/metrics", http.HandlerFunc(metrics))
	m.Debug("/debug")
	static(m, "/assets")
	m.Method(http.MethodPut, "/users/{id}/avatar", s.avatar)
	m.Method(s.prefix, "/any", s.avatar) // a method not constant: "?"
	// Not constant: listed as such, never dropped.
	m.Get(s.prefix+"/dynamic", s.health)
	m.Get("/table", s.table["x"])
	s.h = cors(m)
	return s
}

// adminRoutes is a callback given by name.
func (s *service) adminRoutes(m *mux) { // want adminRoutes:`registers\(0:GET /stats=\(\*service\).stats\)`
	m.Get("/stats", s.stats)
}

// accountRoutes registers on the wrapper it is given.
func accountRoutes(m *mux, s *service) { // want accountRoutes:`registers\(0:GET /account=\(\*service\).account\)`
	m.Route("/account", func(m *mux) {
		m.Get("/", s.account)
	})
}

func cors(h http.Handler) http.Handler { return h }

// static changes its pattern parameter before registering it: the
// route's pattern is not the caller's argument, and is listed as not
// constant.
func static(m *mux, path string) { // want static:`registers\(0:GET <path>=metrics\)`
	path += "/*"
	m.inner.Get(path, metrics)
}

// site keeps its router in a field and registers after construction,
// from another function than the one creating the router.
type site struct {
	router *http.ServeMux
}

func newSite() *site { return &site{router: http.NewServeMux()} }

func (s *site) routes() {
	s.router.HandleFunc("GET /about", s.about)
	s.router.HandleFunc("GET /legacy", appHandler(s.legacy).serveWeb) // served by legacy, adapted
}

func (s *site) about(w http.ResponseWriter, r *http.Request) {}

func (s *site) legacy(w http.ResponseWriter, r *http.Request) error { return nil }

func startSite() {
	s := newSite()
	s.routes()
	http.ListenAndServe(":8080", s.router)
}
