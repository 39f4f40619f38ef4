// Package order: what runs after a status went out is read in control
// order, so a loop's later passes count, not only the source below.
package order

import "net/http"

// retryEach sets Retry-After at the top of each pass and sends the 429
// at its end: from the second pass on, the header comes after the
// status line, too late.
func retryEach(w http.ResponseWriter, r *http.Request) {
	for i := 0; i < 2; i++ {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
	}
}

// retryOnce is the same loop left after its first pass: nothing runs
// after the 429.
func retryOnce(w http.ResponseWriter, r *http.Request) {
	for i := 0; i < 2; i++ {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
}

// below sets a header after the status in the same pass, and again,
// through the loop, before the next status: both run after it.
func below(w http.ResponseWriter, r *http.Request) {
	for i := 0; i < 2; i++ {
		w.Header().Set("X-Pass", "before")
		w.WriteHeader(http.StatusAccepted)
		w.Header().Set("X-Pass", "after")
	}
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/each", retryEach)
	mux.HandleFunc("/once", retryOnce)
	mux.HandleFunc("/below", below)
}
