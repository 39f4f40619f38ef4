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

func respondError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// alwaysOK is the helper that sends 200 whatever it is asked to say: one
// finding, here, not one per caller.
func alwaysOK(w http.ResponseWriter, msg string) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]any{"success": false, "message": msg}) // want `error body sent with 200 OK`
}

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("a") {
		respondError(w, http.StatusOK, "bad input") // want `error body sent with 200 OK \(through respondError\)`
		return
	}
	if r.URL.Query().Has("b") {
		respondError(w, http.StatusBadRequest, "bad input") // ok
		return
	}
	if r.URL.Query().Has("c") {
		writeJSON(w, http.StatusOK, map[string]string{"error": "nope"}) // want `error body sent with 200 OK \(through writeJSON\)`
		return
	}
	if r.URL.Query().Has("d") {
		alwaysOK(w, "nope") // ok: reported in alwaysOK
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"result": "fine"}) // ok
}
