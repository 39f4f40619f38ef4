// Package guards: rate-limit guards that write only when they refuse,
// returning false; the handler returns on false and goes on otherwise.
package guards

import (
	"errors"
	"net/http"
)

type bucket struct{ left int }

func (b *bucket) take() bool { b.left--; return b.left >= 0 }

var quota = &bucket{left: 10}

// allow refuses with 429 and no Retry-After.
func allow(w http.ResponseWriter, r *http.Request) bool {
	if !quota.take() {
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return false
	}
	return true
}

// allowTwin says when to come back.
func allowTwin(w http.ResponseWriter, r *http.Request) bool {
	if !quota.take() {
		w.Header().Set("Retry-After", "60")
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return false
	}
	return true
}

func search(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r) { // want `429 Too Many Requests sent without a Retry-After header \(through allow\)`
		return
	}
	w.Write([]byte("results"))
}

func searchTwin(w http.ResponseWriter, r *http.Request) {
	if !allowTwin(w, r) { // ok: allowTwin sets Retry-After on the path that refuses
		return
	}
	w.Write([]byte("results"))
}

var errBusy = errors.New("busy")

// admit returns an error after answering 503.
func admit(w http.ResponseWriter, busy bool) error {
	if busy {
		w.WriteHeader(http.StatusServiceUnavailable)
		return errBusy
	}
	return nil
}

func upload(w http.ResponseWriter, r *http.Request) {
	if err := admit(w, r.ContentLength > 1<<20); err != nil { // want `503 Service Unavailable sent without a Retry-After header \(through admit\)`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func uploadTwin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "120")
	if err := admit(w, r.ContentLength > 1<<20); err != nil { // ok: Retry-After is set before the guard
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/search", search)
	mux.HandleFunc("/search2", searchTwin)
	mux.HandleFunc("POST /upload", upload)
	mux.HandleFunc("POST /upload2", uploadTwin)
}
