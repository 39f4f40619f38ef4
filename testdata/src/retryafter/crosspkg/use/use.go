package use

import (
	"net/http"

	"retryafter/crosspkg/lib"
)

func busy(w http.ResponseWriter, r *http.Request) {
	lib.Respond(w, http.StatusServiceUnavailable, "busy") // want `503 Service Unavailable sent without a Retry-After header \(through Respond\)`
}

func busyTwin(w http.ResponseWriter, r *http.Request) {
	lib.Backoff(w)
	lib.Respond(w, http.StatusServiceUnavailable, "busy") // ok
}
