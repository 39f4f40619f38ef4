// Package guards: helpers that write only on one outcome. A caller that
// answers on the other outcome is not writing a second time.
package guards

import (
	"encoding/json"
	"errors"
	"net/http"
)

type device struct{ Code string }

var errExpired = errors.New("expired")

func lookup(code string) (*device, error) { return nil, errExpired }

// respond writes the device only when the lookup worked, and passes the
// lookup's error up otherwise.
func respond(w http.ResponseWriter, code string) error {
	d, err := lookup(code)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	return json.NewEncoder(w).Encode(d)
}

func poll(w http.ResponseWriter, r *http.Request) {
	if err := respond(w, r.FormValue("code")); err != nil {
		http.Error(w, "expired", http.StatusBadRequest) // ok: respond wrote nothing when it failed
	}
}

// pollTwice answers again on success: that is a second status.
func pollTwice(w http.ResponseWriter, r *http.Request) {
	if err := respond(w, r.FormValue("code")); err == nil {
		http.Error(w, "done", http.StatusGone) // want `http.Error cannot change the status`
	}
}

// fromCache answers from the cache and says it handled the request.
func fromCache(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("If-None-Match") != `"v1"` {
		return false
	}
	w.WriteHeader(http.StatusNotModified)
	return true
}

func asset(w http.ResponseWriter, r *http.Request) {
	if fromCache(w, r) {
		return
	}
	w.Header().Set("ETag", `"v1"`) // ok: on this path the cache wrote nothing
	w.Write([]byte("body"))
}

func assetLate(w http.ResponseWriter, r *http.Request) {
	if !fromCache(w, r) {
		return
	}
	w.Header().Set("ETag", `"v1"`) // want `Etag header set after the response was committed`
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/poll", poll)
	mux.HandleFunc("/poll2", pollTwice)
	mux.HandleFunc("/asset", asset)
	mux.HandleFunc("/asset2", assetLate)
}
