// Package lib holds a museum API's error helpers. Internal is called
// here with an error whose text is not fixed, so it is reported here and
// its callers elsewhere are not; Unavailable has no caller here, so its
// callers are judged where they are.
package lib

import (
	"errors"
	"net/http"
)

// Internal writes the error's text with 500.
func Internal(w http.ResponseWriter, err error) { // want Internal:`leaksParam\(\[1\] reported\)`
	http.Error(w, err.Error(), http.StatusInternalServerError) // want `raw error text sent in a 500 Internal Server Error body: Internal writes the text`
}

// Unavailable writes the error's text with 503.
func Unavailable(w http.ResponseWriter, err error) { // want Unavailable:`leaksParam\(\[1\]\)`
	http.Error(w, err.Error(), http.StatusServiceUnavailable) // ok: no caller here; judged at each call elsewhere
}

func exhibit(w http.ResponseWriter, r *http.Request) {
	if err := errors.Join(errors.New(r.PathValue("id"))); err != nil {
		Internal(w, err) // ok: reported in Internal
	}
}
