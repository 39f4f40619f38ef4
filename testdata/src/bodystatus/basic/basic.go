package basic

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func deleted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	json.NewEncoder(w).Encode(map[string]bool{"deleted": true}) // want `body written after 204 No Content, which cannot carry one: the bytes are dropped; remove the write, or send 200 OK with the body`
}

func deletedTwin(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent) // ok: nothing follows
}

func deletedWithBody(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]bool{"deleted": true}) // ok: 200 carries it
}

func notModified(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotModified)
	fmt.Fprint(w, "not modified") // want `body written after 304 Not Modified`
}

func resetContent(w http.ResponseWriter, r *http.Request, f *os.File) {
	w.WriteHeader(http.StatusResetContent)
	io.Copy(w, f) // want `body written after 205 Reset Content`
}

func errorWith204(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "nothing here", http.StatusNoContent) // want `http.Error writes a body, which a 204 No Content cannot carry; send the status alone, or 200 OK with the body`
}

func errorTwin(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "nothing here", http.StatusNotFound) // ok
}

func onePath(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	if r.URL.Query().Has("quiet") {
		status = http.StatusNoContent
	}
	w.WriteHeader(status)
	w.Write([]byte("ok")) // ok for this check: on the other path the status is 200 (the check only reports what holds on every path)
}

func ginNoContent(c *gin.Context) {
	c.JSON(http.StatusNoContent, gin.H{"deleted": true}) // want `gin.Context.JSON writes a body, which a 204 No Content cannot carry`
}

func ginNoContentTwin(c *gin.Context) {
	c.Status(http.StatusNoContent) // ok
}

func ginNilBody(c *gin.Context) {
	c.JSON(http.StatusNoContent, nil) // ok: nothing to send
}

func echoNoContent(c echo.Context) error {
	return c.NoContent(http.StatusNoContent) // ok
}

func echoBody(c echo.Context) error {
	return c.String(http.StatusNotModified, "cached") // want `echo.Context.String writes a body, which a 304 Not Modified cannot carry`
}

func helper(w http.ResponseWriter, status int, v any) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v) // ok: the status is the caller's
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	helper(w, http.StatusNoContent, map[string]string{"a": "b"}) // want `helper writes a body, which a 204 No Content cannot carry`
}
