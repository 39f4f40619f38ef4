package basic

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
)

var ErrNotFound = errors.New("not found")

type quotaError struct{}

func (quotaError) Error() string { return "quota exceeded" }

func load(r *http.Request) (string, error) { return "", nil }

func direct(w http.ResponseWriter, r *http.Request) {
	v, err := load(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `raw error text sent in a 500 Internal Server Error body; log the error server-side and send a generic message with a request ID`
		return
	}
	fmt.Fprint(w, v)
}

func directTwin(w http.ResponseWriter, r *http.Request) {
	v, err := load(r)
	if err != nil {
		log.Printf("load: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError) // ok: logged, generic message
		return
	}
	fmt.Fprint(w, v)
}

func clientError(w http.ResponseWriter, r *http.Request) {
	_, err := load(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // ok: a 4xx is the client's business
	}
}

func sentinel(w http.ResponseWriter, r *http.Request) {
	http.Error(w, ErrNotFound.Error(), http.StatusServiceUnavailable) // ok: the text is a constant
}

func constType(w http.ResponseWriter, r *http.Request) {
	var err error = quotaError{}
	_ = err
	http.Error(w, quotaError{}.Error(), http.StatusServiceUnavailable) // ok: Error returns a constant
}

func formatted(w http.ResponseWriter, r *http.Request) {
	_, err := load(r)
	w.WriteHeader(http.StatusBadGateway)
	fmt.Fprintf(w, "upstream: %v", err) // want `raw error text sent in a 502 Bad Gateway body`
}

func concatenated(w http.ResponseWriter, r *http.Request) {
	_, err := load(r)
	msg := "failed: " + err.Error()
	http.Error(w, msg, http.StatusInternalServerError) // want `raw error text sent in a 500 Internal Server Error body`
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	_, err := load(r)
	wrappedErr := fmt.Errorf("loading: %w", err)
	w.WriteHeader(http.StatusInternalServerError)
	fmt.Fprint(w, wrappedErr) // want `raw error text sent in a 500 Internal Server Error body`
}

func inMap(w http.ResponseWriter, r *http.Request) {
	_, err := load(r)
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(map[string]string{"detail": err.Error()}) // want `raw error text sent in a 500 Internal Server Error body`
}

func inMapTwin(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(map[string]string{"detail": "internal error", "request_id": r.Header.Get("X-Request-Id")}) // ok
}

func errorValueAsJSON(w http.ResponseWriter, r *http.Request) {
	_, err := load(r)
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(map[string]any{"error": err}) // ok: an error interface encodes as {}
}

func sqlError(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	if _, err := db.Exec("DELETE FROM jobs"); err != nil {
		http.Error(w, fmt.Sprintf("db: %v", err), http.StatusInternalServerError) // want `raw error text sent in a 500 Internal Server Error body`
	}
}

func sanitize(err error) string {
	if errors.Is(err, ErrNotFound) {
		return "not found"
	}
	return "internal error"
}

func sanitized(w http.ResponseWriter, r *http.Request) {
	_, err := load(r)
	http.Error(w, sanitize(err), http.StatusInternalServerError) // ok: only constants come out of sanitize
}

type server struct{ cfg struct{ Debug bool } }

func (s *server) debugOnly(w http.ResponseWriter, r *http.Request) {
	_, err := load(r)
	if s.cfg.Debug {
		http.Error(w, err.Error(), http.StatusInternalServerError) // ok: only under a debug switch
		return
	}
	http.Error(w, "internal error", http.StatusInternalServerError)
}

func unknownStatus(w http.ResponseWriter, status int, err error) {
	w.WriteHeader(status)
	fmt.Fprint(w, err) // ok: the status is the caller's; judged at each call
}
