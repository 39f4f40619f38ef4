// Package interim holds handlers that give a 1xx status to a call that
// sends a whole response, and their twins that send a 1xx alone before
// the real response.
package interim

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// net/http: WriteHeader(100) inside http.Error goes out as an interim
// response, and the message then goes out with 200 OK.
func waitError(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "still working, try again", http.StatusContinue) // want `http.Error with 100 Continue sends it as an interim response, and the response that follows is 200 OK; send the final status the body is meant for, and a 1xx alone with WriteHeader before it`
}

func waitErrorTwin(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "still working, try again", http.StatusServiceUnavailable) // ok: a final status
}

func processing(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "queued", 102) // want `http.Error with 102 Processing sends it as an interim response`
}

// ok: 103 Early Hints alone, then the real response.
func earlyHints(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Link", "</app.css>; rel=preload; as=style")
	w.WriteHeader(http.StatusEarlyHints) // ok: an interim response, sent alone
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("<html></html>")) // ok: the final response carries it
}

// ok: 103, then a body with the implicit 200.
func earlyHintsImplicit(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Link", "</app.js>; rel=preload; as=script")
	w.WriteHeader(http.StatusEarlyHints)
	json.NewEncoder(w).Encode(map[string]string{"page": "home"}) // ok: goes out with 200 OK, as meant
}

// sendJSON answers with the status and value it is given.
func sendJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	sendJSON(w, http.StatusContinue, map[string]string{"state": "pending"}) // want `sendJSON with 100 Continue sends it as an interim response`
}

func viaHelperTwin(w http.ResponseWriter, r *http.Request) {
	sendJSON(w, http.StatusAccepted, map[string]string{"state": "pending"}) // ok: 202 says the work goes on
}

// gin: Render writes the 100 as an interim response and drops the body;
// the final response is an empty 200 OK.
func ginWait(c *gin.Context) {
	c.JSON(http.StatusContinue, gin.H{"state": "pending"}) // want `gin.Context.JSON with 100 Continue sends it as an interim response`
}

func ginWaitTwin(c *gin.Context) {
	c.JSON(http.StatusAccepted, gin.H{"state": "pending"}) // ok: a final status
}

func ginText(c *gin.Context) {
	c.String(http.StatusProcessing, "queued as %s", "job-1") // want `gin.Context.String with 102 Processing sends it as an interim response`
}

func ginEarlyHints(c *gin.Context) {
	c.Header("Link", "</app.css>; rel=preload; as=style")
	c.Writer.WriteHeader(http.StatusEarlyHints) // ok: an interim response, sent alone
	c.JSON(http.StatusOK, gin.H{"page": "home"})
}

// echo v4: the 100 goes out as an interim response, then the body with
// 200 OK.
func echoWait(c echo.Context) error {
	return c.JSON(http.StatusContinue, map[string]string{"state": "pending"}) // want `echo.Context.JSON with 100 Continue sends it as an interim response`
}

func echoWaitTwin(c echo.Context) error {
	return c.JSON(http.StatusAccepted, map[string]string{"state": "pending"}) // ok: a final status
}

func echoText(c echo.Context) error {
	return c.String(http.StatusContinue, "pending") // want `echo.Context.String with 100 Continue sends it as an interim response`
}

func echoEarlyHints(c echo.Context) error {
	c.Response().Header().Add("Link", "</app.css>; rel=preload; as=style")
	c.Response().WriteHeader(http.StatusEarlyHints) // ok: an interim response, sent alone
	return c.JSON(http.StatusOK, map[string]string{"page": "home"})
}

// echo v5: the same.
func echo5Wait(c *echo5.Context) error {
	return c.JSON(http.StatusContinue, map[string]string{"state": "pending"}) // want `echo.Context.JSON with 100 Continue sends it as an interim response`
}

func echo5WaitTwin(c *echo5.Context) error {
	return c.JSON(http.StatusAccepted, map[string]string{"state": "pending"}) // ok: a final status
}

func echo5EarlyHints(c *echo5.Context) error {
	c.Response().Header().Add("Link", "</app.css>; rel=preload; as=style")
	c.Response().WriteHeader(http.StatusEarlyHints) // ok: an interim response, sent alone
	return c.String(http.StatusOK, "<html></html>")
}

// 101 is no interim response: it is the final status, and the body
// cannot go with it (the 204-like finding, not this one).
func switching(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "upgrade", http.StatusSwitchingProtocols) // want `http.Error writes a body, which a 101 Switching Protocols cannot carry`
}
