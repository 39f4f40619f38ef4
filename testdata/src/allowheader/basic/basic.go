package basic

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func onlyGet(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed) // want `405 Method Not Allowed sent without an Allow header; set it before http.Error listing the methods the resource supports`
		return
	}
	w.WriteHeader(http.StatusOK)
}

func onlyGetTwin(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed) // ok
		return
	}
	w.WriteHeader(http.StatusOK)
}

func switched(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed) // want `405 Method Not Allowed sent without an Allow header`
	}
}

func late(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(405)             // want `Allow is set after the 405 Method Not Allowed status went out, so net/http drops it; set it before WriteHeader`
	w.Header().Set("Allow", "GET") // dropped
}

func methodNotAllowed(w http.ResponseWriter) {
	w.Header().Set("Allow", "GET, POST")
	w.WriteHeader(http.StatusMethodNotAllowed) // ok: Allow first
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	methodNotAllowed(w) // ok: the helper sets Allow
}

func ginHandler(c *gin.Context) {
	c.AbortWithStatus(http.StatusMethodNotAllowed) // want `405 Method Not Allowed sent without an Allow header; set it before gin.Context.AbortWithStatus`
}

func ginHandlerTwin(c *gin.Context) {
	c.Header("Allow", "GET")
	c.AbortWithStatus(http.StatusMethodNotAllowed) // ok
}

func echoHandler(c echo.Context) error {
	return c.NoContent(http.StatusMethodNotAllowed) // want `405 Method Not Allowed sent without an Allow header`
}

func echoHandlerTwin(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderAllow, "GET")
	return c.NoContent(http.StatusMethodNotAllowed) // ok
}
