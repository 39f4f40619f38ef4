// Package api declares the handlers and registers them on the mux it is
// given; the main package in ../cmd anchors them, so the check reports
// there, and learns what these handlers send through facts.
package api

import "net/http"

// Routes registers the API.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /users/{id}", getUser)
	mux.HandleFunc("GET /v2/users/{id}", getUserTwin)
	mux.HandleFunc("POST /users", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusConflict)
	})
}

func getUser(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "0" {
		http.Error(w, "gone", http.StatusGone)
		return
	}
	w.Write([]byte("user"))
}

func getUserTwin(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "0" {
		http.Error(w, "gone", http.StatusGone)
		return
	}
	w.Write([]byte("user"))
}
