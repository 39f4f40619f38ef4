// Package constant: a ticketing API whose 5xx bodies carry errors that
// say nothing the code did not choose.
package constant

import (
	"encoding/json"
	"errors"
	"net/http"
)

func reserve(r *http.Request) error {
	if r.URL.Query().Has("seat") {
		return errors.New("seat " + r.URL.Query().Get("seat") + " is taken")
	}
	return nil
}

// marshalJSONWithStatus sends v's JSON with status; an error value
// encodes as {}.
func marshalJSONWithStatus(w http.ResponseWriter, v any, status int) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "encoding failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(b)
}

func book(w http.ResponseWriter, r *http.Request) {
	if err := reserve(r); err != nil {
		marshalJSONWithStatus(w, err, http.StatusInternalServerError) // ok: an error value encodes as {}
		return
	}
	if err := reserve(r); err != nil {
		marshalJSONWithStatus(w, map[string]string{"detail": err.Error()}, http.StatusInternalServerError) // want `raw error text sent in a 500 Internal Server Error body \(through marshalJSONWithStatus\)`
		return
	}
	if err := r.Context().Err(); err != nil {
		http.Error(w, r.Context().Err().Error(), http.StatusServiceUnavailable) // ok: context.Canceled or DeadlineExceeded
		return
	}
	ctx := r.Context()
	if ctx.Err() != nil {
		http.Error(w, "reservation: "+ctx.Err().Error(), http.StatusServiceUnavailable) // ok: still constant text
		return
	}
	if err := reserve(r); err != nil {
		http.Error(w, "reservation: "+err.Error(), http.StatusServiceUnavailable) // want `raw error text sent in a 503 Service Unavailable body`
	}
}
