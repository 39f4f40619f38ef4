// Package paramhelpers: a library-loans API whose error helpers are
// handed the error and write its text themselves. Each helper is
// reported once, where the text is written; its calls are not.
package paramhelpers

import (
	"errors"
	"fmt"
	"net/http"
)

var errOverdue = errors.New("loan is overdue")

func checkout(id string) error {
	if id == "" {
		return fmt.Errorf("loan %q: %w", id, errOverdue)
	}
	return nil
}

// serverError writes the error's text: the one finding.
func serverError(w http.ResponseWriter, err error) {
	http.Error(w, err.Error(), http.StatusInternalServerError) // want `raw error text sent in a 500 Internal Server Error body: serverError writes the text of the error it is given`
}

// genericError logs and sends a fixed text.
func genericError(w http.ResponseWriter, err error) {
	_ = err
	http.Error(w, "internal error", http.StatusInternalServerError) // ok: fixed text
}

// sentinelOnly is handed only errors whose text is fixed.
func sentinelOnly(w http.ResponseWriter, err error) {
	http.Error(w, err.Error(), http.StatusServiceUnavailable) // ok: its only caller hands it a sentinel
}

// withStatus leaves the status to its caller, which is judged instead.
func withStatus(w http.ResponseWriter, status int, err error) {
	http.Error(w, err.Error(), status) // ok: the status is the caller's
}

// nested writes through another helper.
func nested(w http.ResponseWriter, err error) {
	fmt.Fprintf(w, "checkout failed: %v", err) // ok: the status is set by its caller, judged there
}

func borrow(w http.ResponseWriter, r *http.Request) {
	if err := checkout(r.PathValue("id")); err != nil {
		serverError(w, err) // ok: reported in serverError
		return
	}
	if err := checkout(r.PathValue("copy")); err != nil {
		serverError(w, err) // ok: reported in serverError, once for every call
		return
	}
	if err := checkout(r.PathValue("shelf")); err != nil {
		genericError(w, err) // ok
		return
	}
	sentinelOnly(w, errOverdue) // ok: a sentinel
}

func renew(w http.ResponseWriter, r *http.Request) {
	if err := checkout(r.PathValue("id")); err != nil {
		withStatus(w, http.StatusInternalServerError, err) // want `raw error text sent in a 500 Internal Server Error body \(through withStatus\)`
		return
	}
	if err := checkout(r.PathValue("id")); err != nil {
		withStatus(w, http.StatusConflict, err) // ok: a 4xx
		return
	}
	if err := checkout(r.PathValue("id")); err != nil {
		w.WriteHeader(http.StatusBadGateway)
		nested(w, err) // want `raw error text sent in a 502 Bad Gateway body \(through nested\)`
		return
	}
	if err := checkout(r.PathValue("id")); err != nil {
		serverError(w, err) //statuslint:ignore errleak left at a call after the finding moved to serverError // want `//statuslint:ignore errleak silences nothing here`
		return
	}
}
