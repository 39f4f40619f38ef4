// Package loops: writes inside loops reach the loop head again.
package loops

import (
	"fmt"
	"net/http"
)

// list writes each item: the first write commits an implicit 200, later
// ones see it committed.
func list(w http.ResponseWriter, r *http.Request) {
	for _, item := range []string{"a", "b"} {
		fmt.Fprintln(w, item)
	}
	w.Header().Set("X-Done", "1")
}

// retry loops until a status is chosen.
func retry(w http.ResponseWriter, r *http.Request) {
	for i := 0; i < 3; i++ {
		if i == 2 {
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/list", list)
	mux.HandleFunc("/retry", retry)
}
