// Package guards: helpers that write only on one outcome, and the
// callers that return on it.
package guards

import (
	"encoding/json"
	"errors"
	"net/http"
)

type item struct{ ID string }

var errMissing = errors.New("missing")

func find(id string) (*item, error) { return nil, errMissing }

// load writes 404 and returns false, or returns the item and true.
func load(w http.ResponseWriter, r *http.Request) (*item, bool) {
	it, err := find(r.URL.Path)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return nil, false
	}
	return it, true
}

// decode answers 400 and returns the decoding error.
func decode(w http.ResponseWriter, r *http.Request, v any) error {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return err
	}
	return nil
}

// limit answers 429 when the caller is over its rate.
func limit(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("X-Over") != "" {
		w.Header().Set("Retry-After", "10")
		w.WriteHeader(http.StatusTooManyRequests)
		return false
	}
	return true
}

// handled writes the cached answer and returns true, or nothing.
func handled(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("If-None-Match") == "x" {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	return false
}

func get(w http.ResponseWriter, r *http.Request) {
	it, ok := load(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(it)
}

func post(w http.ResponseWriter, r *http.Request) {
	var v item
	if err := decode(w, r, &v); err != nil {
		return
	}
	if !limit(w, r) {
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func cached(w http.ResponseWriter, r *http.Request) {
	if handled(w, r) {
		return
	}
	w.Header().Set("Cache-Control", "max-age=60")
	w.Write([]byte("fresh"))
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /items/", get)
	mux.HandleFunc("POST /items", post)
	mux.HandleFunc("GET /cached", cached)
}
