// Package shapes: a parcel-tracking API whose error bodies come in the
// shapes real services use, each beside the correct answer.
package shapes

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

// reply is the {code, message} envelope of the service.
type reply struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

const (
	codeOK          = 0
	codeParcelError = 7
)

var errNoParcel = errors.New("no such parcel")

func lookup(id string) (string, error) {
	if id == "" {
		return "", errNoParcel
	}
	return "in transit", nil
}

func messageIsErrorText(c *gin.Context) {
	state, err := lookup(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusOK, reply{Code: 1, Message: err.Error()}) // want `error body sent with 200 OK`
		return
	}
	c.JSON(http.StatusOK, reply{Code: codeOK, Message: state}) // ok: the message is the parcel's state
}

func messageIsErrorTextTwin(c *gin.Context) {
	state, err := lookup(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, reply{Code: 1, Message: err.Error()}) // ok: 404 says it failed
		return
	}
	c.JSON(http.StatusOK, reply{Message: state}) // ok
}

func httpCodeInBody(c *gin.Context) {
	if c.Query("carrier") == "" {
		c.JSON(http.StatusOK, reply{Code: 500, Message: "carrier unavailable"}) // want `error body sent with 200 OK`
		return
	}
	c.JSON(http.StatusOK, reply{Code: 200, Message: "queued"}) // ok: a 2xx-looking code says it worked
}

func appCodeInBody(c *gin.Context) {
	if c.Query("weight") == "" {
		c.JSON(http.StatusOK, gin.H{"code": 40001, "msg": "weight is required"}) // want `error body sent with 200 OK`
		return
	}
	c.JSON(http.StatusOK, gin.H{"code": 20000, "msg": "accepted"}) // ok: 20000 reads as a success
}

func namedCodeInBody(c *gin.Context) {
	if c.Query("zone") == "" {
		c.JSON(http.StatusOK, reply{Code: codeParcelError, Message: "zone is required"}) // want `error body sent with 200 OK`
		return
	}
	c.JSON(http.StatusOK, reply{Code: codeOK, Message: "zone set"}) // ok: a code named for success
}

func fieldsSetLater(w http.ResponseWriter, r *http.Request) {
	var out reply
	if _, err := lookup(r.PathValue("id")); err != nil {
		out.Code = 503
		out.Message = "tracking is down"
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode(out) // want `error body sent with 200 OK`
		return
	}
	var found reply
	found.Message = "in transit"
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(found) // ok: no error code set
}

func literalJSONBytes(w http.ResponseWriter, r *http.Request) {
	if _, err := lookup(r.PathValue("id")); err != nil {
		w.Write([]byte(`{"error":"no such parcel"}`)) // want `error body written with no status set first`
		return
	}
	w.Write([]byte(`{"state":"in transit","error":null}`)) // ok: the error is null
}

func literalJSONBytesTwin(w http.ResponseWriter, r *http.Request) {
	if _, err := lookup(r.PathValue("id")); err != nil {
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"error":"no such parcel"}`)) // ok: 404
		return
	}
	w.Write([]byte(`{"state":"in transit"}`)) // ok
}

func literalJSONString(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("to") == "" {
		io.WriteString(w, `{"success":false,"reason":"no destination"}`) // want `error body written with no status set first`
		return
	}
	io.WriteString(w, `{"success":true,"reason":""}`) // ok: success is true
}

func formattedJSON(w http.ResponseWriter, r *http.Request) {
	if _, err := lookup(r.PathValue("id")); err != nil {
		w.WriteHeader(http.StatusOK)
		fmt.Fprintf(w, `{"error": %q}`, "lookup failed") // want `error body sent with 200 OK`
		return
	}
	fmt.Fprintf(w, `{"state": %q}`, "in transit") // ok: no error key
}

func errorLabel(w http.ResponseWriter, r *http.Request) {
	if _, err := lookup(r.PathValue("id")); err != nil {
		io.WriteString(w, "Error: parcel not found") // want `error body written with no status set first`
		return
	}
	io.WriteString(w, "parcel found") // ok
}

func errorLabelTwin(w http.ResponseWriter, r *http.Request) {
	if _, err := lookup(r.PathValue("id")); err != nil {
		http.Error(w, "Error: parcel not found", http.StatusNotFound) // ok: 404
		return
	}
	io.WriteString(w, "an error: none") // ok: outside a failure branch, and "error:" does not open it
}
