// Package facts holds response helpers; the model's summary of each is
// asserted as a fact.
package facts

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

func WriteJSON(w http.ResponseWriter, status int, v any) { // want WriteJSON:`helper\(headers=Content-Type status=param1 body=param2\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func TooMany(w http.ResponseWriter) { // want TooMany:`helper\(status=429\)`
	w.WriteHeader(http.StatusTooManyRequests)
}

func SetRetry(w http.ResponseWriter, secs string) { // want SetRetry:`helper\(headers=Retry-After\)`
	w.Header().Set("Retry-After", secs)
}

func Fail(w http.ResponseWriter, err error) { // want Fail:`helper\(headers=Content-Type,X-Content-Type-Options status=500 body\)`
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// Sometimes: different effects on different paths.
func Sometimes(w http.ResponseWriter, ok bool) { // want Sometimes:`helper\(opaque\)`
	if ok {
		w.WriteHeader(http.StatusOK)
	}
}

// Through another helper: the summary composes.
func Twice(w http.ResponseWriter, status int, msg string) { // want Twice:`helper\(headers=Content-Type status=param1 body=param2\)`
	WriteJSON(w, status, msg)
}

// ReadOnly reads the context and writes nothing.
func ReadOnly(c *gin.Context) string { // want ReadOnly:`helper\(\)`
	return c.Param("id")
}

func GinError(c *gin.Context, status int, err error) { // want GinError:`helper\(headers=Content-Type status=param1 body\)`
	c.JSON(status, gin.H{"error": err})
}

// Escapes: the writer goes where the model cannot see.
func Escapes(w http.ResponseWriter, h http.Handler, r *http.Request) { // want Escapes:`helper\(opaque\)`
	h.ServeHTTP(w, r)
}

func StatusFor(err error) int { // want StatusFor:`returns\[404 500\]`
	if errors.Is(err, errNotFound) {
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

var errNotFound = errors.New("not found")

var errWrapped = fmt.Errorf("wrapped: %w", errNotFound) // ok: its text is built at run time

// quotaError always says the same.
type quotaError struct{ limit int }

func (quotaError) Error() string { return "quota exceeded" }

// dbError says what the database said.
type dbError struct{ msg string }

func (e dbError) Error() string { return "db: " + e.msg }

func Printf(w http.ResponseWriter, format string, args ...any) { // want Printf:`helper\(body\)`
	fmt.Fprintf(w, format, args...)
}
