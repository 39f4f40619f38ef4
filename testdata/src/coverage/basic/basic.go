// Package basic has handlers the model sees through, beside ones where
// it loses the response, each for a reason coverage names.
package basic

import (
	"net/http"
)

// render is in this package but has no body the model can read as a
// response helper: it is declared elsewhere (an assembly stub would do;
// a function variable is the same for the model).
var render func(w http.ResponseWriter, v any)

// ok: judged on every path.
func seen(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// passed hands the writer to a function value.
func passed(w http.ResponseWriter, r *http.Request) {
	render(w, nil)
}

// middleware's handler passes the writer on.
func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

// viaHelper calls a helper whose effect differs by path.
func viaHelper(w http.ResponseWriter, r *http.Request) {
	sometimes(w, r.URL.Query().Has("x"))
}

func sometimes(w http.ResponseWriter, ok bool) {
	if ok {
		render(w, nil)
	}
}

// writeNoContent is a helper the model summarises.
func writeNoContent(w http.ResponseWriter) { w.WriteHeader(http.StatusNoContent) }

// ok: judged on every path through its helper.
func viaGoodHelper(w http.ResponseWriter, r *http.Request) { writeNoContent(w) }

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/seen", seen)
	mux.HandleFunc("/passed", passed)
	mux.HandleFunc("/helper", viaHelper)
	mux.HandleFunc("/good", viaGoodHelper)
	mux.Handle("/", middleware(http.NotFoundHandler()))
}
