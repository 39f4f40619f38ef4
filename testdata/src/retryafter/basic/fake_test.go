package basic

import (
	"net/http"
	"net/http/httptest"
)

// A fake upstream in a test answers 429 bare on purpose, to test a
// client's backoff: test files are not reported.
var fake = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTooManyRequests)
}))
