package use

import (
	"errors"
	"net/http"

	"errleak/crossparam/lib"
)

var errClosed = errors.New("gallery closed")

func load(id string) error {
	if id == "" {
		return errors.New("gallery " + id)
	}
	return nil
}

func gallery(w http.ResponseWriter, r *http.Request) {
	if err := load(r.PathValue("id")); err != nil {
		lib.Internal(w, err) // ok: reported in lib.Internal
		return
	}
	if err := load(r.PathValue("room")); err != nil {
		lib.Unavailable(w, err) // want `raw error text sent in a 503 Service Unavailable body \(through Unavailable\)`
		return
	}
	lib.Unavailable(w, errClosed) // ok: a sentinel
}
