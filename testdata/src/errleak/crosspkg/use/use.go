package use

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"errleak/crosspkg/lib"
)

var ErrClosed = errors.New("closed")

func query() error { return nil }

func ginHandler(c *gin.Context) {
	if err := query(); err != nil {
		lib.Abort(c, http.StatusInternalServerError, err) // want `raw error text sent in a 500 Internal Server Error body \(through Abort\)`
		return
	}
	lib.Abort(c, http.StatusInternalServerError, ErrClosed) // ok: a sentinel
}

func plain(w http.ResponseWriter, r *http.Request) {
	if err := query(); err != nil {
		lib.Write(w, http.StatusServiceUnavailable, err.Error()) // want `raw error text sent in a 503 Service Unavailable body \(through Write\)`
		return
	}
	if err := query(); err != nil {
		lib.Write(w, http.StatusBadRequest, err.Error()) // ok: a 4xx
	}
}
