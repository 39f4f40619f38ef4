package use

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"errorbody/crosspkg/lib"
)

var errMissing = errors.New("missing")

func handler(c *gin.Context) {
	lib.Fail(c, http.StatusOK, errMissing) // want `error body sent with 200 OK \(through Fail\)`
}

func handlerTwin(c *gin.Context) {
	lib.Fail(c, http.StatusNotFound, errMissing) // ok
}

func plain(w http.ResponseWriter, r *http.Request) {
	lib.Plain(w, http.StatusAccepted, errMissing) // want `error body sent with 202 Accepted \(through Plain\)`
}
