package lib

import (
	"fmt"
	"net/http"
)

// Respond writes a status and a message.
func Respond(w http.ResponseWriter, status int, msg string) {
	w.WriteHeader(status)
	fmt.Fprint(w, msg)
}

// Backoff sets Retry-After.
func Backoff(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "120")
}
