// Package branches: statuses and headers chosen in branches, joined after.
package branches

import (
	"errors"
	"net/http"
)

var errGone = errors.New("gone")

func load(id string) error { return nil }

// getItem answers 404 on failure, 200 with a header otherwise.
func getItem(w http.ResponseWriter, r *http.Request) {
	if err := load(r.URL.Path); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("ok"))
}

// mayRetry sets Retry-After on one branch only, then sends 503 on both.
func mayRetry(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("soon") != "" {
		w.Header().Set("Retry-After", "5")
	}
	w.WriteHeader(http.StatusServiceUnavailable)
}

// implicit writes a body with no status: the 200 is implicit.
func implicit(w http.ResponseWriter, r *http.Request) {
	if err := load(""); errors.Is(err, errGone) {
		w.Write([]byte("gone"))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.HandleFunc("/retry", mayRetry)
	mux.HandleFunc("/implicit", implicit)
}
