package helpers

import (
	"encoding/json"
	"net/http"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func tooMany(w http.ResponseWriter) {
	w.WriteHeader(http.StatusTooManyRequests) // ok: the caller may have set Retry-After; judged at each call
}

func setRetry(w http.ResponseWriter, secs string) {
	w.Header().Set("Retry-After", secs)
}

func limited(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusTooManyRequests, map[string]string{"detail": "slow down"}) // want `429 Too Many Requests sent without a Retry-After header \(through writeJSON\); set it before writeJSON`
}

func limitedTwin(w http.ResponseWriter, r *http.Request) {
	setRetry(w, "30")
	writeJSON(w, http.StatusTooManyRequests, map[string]string{"detail": "slow down"}) // ok: setRetry sets it
}

func viaConstHelper(w http.ResponseWriter, r *http.Request) {
	tooMany(w) // want `429 Too Many Requests sent without a Retry-After header \(through tooMany\)`
}

func viaConstHelperTwin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "1")
	tooMany(w) // ok
}

func okJSON(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, nil) // ok
}
