// Package switchstatus: a status variable chosen in a switch and sent
// once, refined per case.
package switchstatus

import (
	"errors"
	"net/http"
)

var errLimited = errors.New("limited")

func do() error { return nil }

func statusOf(err error) int {
	if errors.Is(err, errLimited) {
		return http.StatusTooManyRequests
	}
	return http.StatusInternalServerError
}

// send chooses the status by the error, then sets Retry-After only for 429.
func send(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	switch err := do(); {
	case errors.Is(err, errLimited):
		status = http.StatusTooManyRequests
	case err != nil:
		status = http.StatusInternalServerError
	}
	if status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "1")
	}
	w.WriteHeader(status)
}

// mapped takes the status from a mapping function that returns one of
// two constants: each is a path of its own.
func mapped(w http.ResponseWriter, r *http.Request) {
	code := statusOf(do())
	switch code {
	case http.StatusTooManyRequests:
		w.Header().Set("Retry-After", "2")
	}
	w.WriteHeader(code)
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/send", send)
	mux.HandleFunc("/mapped", mapped)
}
