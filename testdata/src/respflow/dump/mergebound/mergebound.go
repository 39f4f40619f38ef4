// Package mergebound: more path classes than the bound keeps apart; past
// it they are merged, and answers only become less certain.
package mergebound

import "net/http"

func many(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Has("a") {
		w.Header().Set("A", "1")
	}
	if q.Has("b") {
		w.Header().Set("B", "1")
	}
	if q.Has("c") {
		w.Header().Set("C", "1")
	}
	if q.Has("d") {
		w.Header().Set("D", "1")
	}
	if q.Has("e") {
		w.Header().Set("E", "1")
	}
	w.WriteHeader(http.StatusOK)
}

func routes(mux *http.ServeMux) { mux.HandleFunc("/many", many) }
