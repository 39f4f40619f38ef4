package helpers

import (
	"encoding/json"
	"errors"
	"net/http"
)

var errBusy = errors.New("busy")

func respondError(w http.ResponseWriter, status int, msg string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"detail": msg})
}

func fail(w http.ResponseWriter, err error) {
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(map[string]string{"detail": err.Error()}) // want `raw error text sent in a 500 Internal Server Error body: fail writes the text of the error it is given`
}

func load() error { return nil }

func handler(w http.ResponseWriter, r *http.Request) {
	if err := load(); err != nil {
		respondError(w, http.StatusInternalServerError, err.Error()) // want `raw error text sent in a 500 Internal Server Error body \(through respondError\)`
		return
	}
	if err := load(); err != nil {
		respondError(w, http.StatusInternalServerError, "internal error") // ok
		return
	}
	if err := load(); err != nil {
		fail(w, err) // ok: reported in fail, where the text is written
		return
	}
	fail(w, errBusy) // ok: a sentinel's text is a constant
}
