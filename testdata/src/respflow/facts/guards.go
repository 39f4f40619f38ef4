package facts

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Guards write on one outcome only: their summary says what each
// outcome writes.

func Load(w http.ResponseWriter, r *http.Request) (string, bool) { // want Load:`helper\(false: headers=Content-Type,X-Content-Type-Options status=404 body \| true: \)`
	if r.URL.Path == "" {
		http.Error(w, "not found", http.StatusNotFound)
		return "", false
	}
	return r.URL.Path, true
}

func Decode(w http.ResponseWriter, r *http.Request, v any) error { // want Decode:`helper\(nil:  \| err: headers=Content-Type,X-Content-Type-Options status=400 body\)`
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return err
	}
	return nil
}

func Limit(w http.ResponseWriter, r *http.Request) bool { // want Limit:`helper\(false: headers=Retry-After status=429 \| true: \)`
	if r.Header.Get("X-Over") != "" {
		w.Header().Set("Retry-After", "10")
		w.WriteHeader(http.StatusTooManyRequests)
		return false
	}
	return true
}

// Handled writes when it returns true.
func Handled(w http.ResponseWriter, r *http.Request) bool { // want Handled:`helper\(false:  \| true: status=304\)`
	if r.Header.Get("If-None-Match") == "x" {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	return false
}

// Validate, in gin: 400 on false.
func Validate(c *gin.Context) bool { // want Validate:`helper\(false: headers=Content-Type status=400 body \| true: \)`
	if c.Param("id") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "id required"})
		return false
	}
	return true
}

// Passes returns another guard's outcome as its own.
func Passes(w http.ResponseWriter, r *http.Request) bool { // want Passes:`helper\(false: headers=Retry-After status=429 \| true: \)`
	return Limit(w, r)
}

// Unknown returns something it did not decide: no outcome summary.
func Unknown(w http.ResponseWriter, r *http.Request, ok bool) bool { // want Unknown:`helper\(opaque\)`
	if ok {
		w.WriteHeader(http.StatusAccepted)
	}
	return ok
}

// WriteOAuthError writes nothing when marshalling fails, and says so.
func WriteOAuthError(w http.ResponseWriter, typ string, status int) error { // want WriteOAuthError:`helper\(nil: headers=Content-Type status=param2 body \| err: \)`
	body, err := json.Marshal(map[string]string{"error": typ})
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
	return nil
}

// LogOAuthError only logs that failure: what it normally does is write.
func LogOAuthError(w http.ResponseWriter, typ string, status int) { // want LogOAuthError:`helper\(headers=Content-Type status=param2 body\)`
	if err := WriteOAuthError(w, typ, status); err != nil {
		println(err.Error())
	}
}
