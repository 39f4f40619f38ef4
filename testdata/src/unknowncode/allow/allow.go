package allow

import "net/http"

func clientClosed(w http.ResponseWriter) {
	w.WriteHeader(499) // ok: allowed by -unknowncode.allow=499,520
}

func cdn(w http.ResponseWriter) {
	w.WriteHeader(520) // ok: allowed
}

func notAllowed(w http.ResponseWriter) {
	w.WriteHeader(521) // want `status 521 is not a registered HTTP status code`
}
