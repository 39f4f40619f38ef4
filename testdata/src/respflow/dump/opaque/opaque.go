// Package opaque: the response escapes into code the model cannot see,
// and each escape says why.
package opaque

import "net/http"

type renderer interface {
	Render(w http.ResponseWriter, v any)
}

var view renderer

type holder struct{ w http.ResponseWriter }

// passed hands the writer to an interface method the model cannot see.
func passed(w http.ResponseWriter, r *http.Request) {
	view.Render(w, nil)
	w.WriteHeader(http.StatusOK)
}

// middleware passes the writer on to the next handler.
func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Seen", "1")
		next.ServeHTTP(w, r)
	})
}

// stored keeps the writer in a struct.
func stored(w http.ResponseWriter, r *http.Request) {
	h := holder{w: w}
	_ = h
	w.WriteHeader(http.StatusAccepted)
}

// reads only reads the request: nothing escapes.
func reads(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	_ = ctx
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	w.WriteHeader(http.StatusNoContent)
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/passed", passed)
	mux.HandleFunc("/stored", stored)
	mux.HandleFunc("/reads", reads)
	mux.Handle("/", middleware(http.NotFoundHandler()))
}
