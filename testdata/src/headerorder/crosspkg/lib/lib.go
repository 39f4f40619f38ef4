package lib

import (
	"encoding/json"
	"net/http"
)

// JSON writes v as the body with the given status.
func JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// Cache marks the response cacheable.
func Cache(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", "max-age=60")
}
