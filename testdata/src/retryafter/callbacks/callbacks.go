package callbacks

import (
	"net/http"

	"retryafter/callbacks/lib"
)

func onLimit(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "slow down", http.StatusTooManyRequests) // ok: a callback of the limiter, which set Retry-After first
}

var config = lib.Config{LimitReached: onLimit}

var limiter = lib.Limit(lib.WithLimitHandler(func(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "slow down", http.StatusTooManyRequests) // ok: handed to the library's option
}))

func wrap(h http.HandlerFunc) http.HandlerFunc { return h }

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /a", wrap(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "slow down", http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
	}))
}
