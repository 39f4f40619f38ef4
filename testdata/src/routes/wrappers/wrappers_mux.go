package wrappers

import "net/http"

// app is a service on the standard library's mux: its handle method
// takes the whole ServeMux pattern, method and host included, and the
// middlewares after the handler.
type app struct {
	mux  *http.ServeMux
	name string
}

type appFunc func(w http.ResponseWriter, r *http.Request) error

func newApp() *app {
	a := &app{mux: http.NewServeMux()}
	a.routes()
	return a
}

func (a *app) handle(pattern string, h appFunc, mws ...func(http.Handler) http.Handler) { // want handle:`registers\(recv:ANY <pattern>=h\)`
	a.mux.Handle(pattern, a.adapt(h))
}

func (a *app) adapt(h appFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
		}
	})
}

func logged(next http.Handler) http.Handler { return next }

var chain = []func(http.Handler) http.Handler{logged}

func (a *app) routes() {
	a.handle("GET /items/{id}", a.getItem, logged)
	a.handle("POST /items", a.createItem, chain...)
	a.handle("example.com/", a.home)
	a.handle(a.name+"/", a.home) // not constant: listed as such
}

func (a *app) getItem(w http.ResponseWriter, r *http.Request) error    { return nil }
func (a *app) createItem(w http.ResponseWriter, r *http.Request) error { return nil }
func (a *app) home(w http.ResponseWriter, r *http.Request) error       { return nil }
