// Package helpers: calls to summarised helpers expand at the call site.
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
	w.Header().Set("Retry-After", "10")
	writeJSON(w, http.StatusTooManyRequests, map[string]string{"error": "slow down"})
}

func get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("slow") {
		tooMany(w)
		return
	}
	writeJSON(w, http.StatusOK, []int{1})
}

func routes(mux *http.ServeMux) { mux.HandleFunc("/get", get) }
