package use

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"errorbody/crosscodes/lib"
)

func forecast(c *gin.Context) {
	if c.Query("city") == "" {
		lib.Fail(c, http.StatusBadRequest, "city is required") // want `error code 400 Bad Request goes only into the body: Fail sends 200 OK`
		return
	}
	if c.Query("days") == "" {
		lib.Reply(c, http.StatusBadRequest, "days are required") // ok: sent as the status
		return
	}
	lib.Fail(c, 0, "sunny") // ok: 0 is success
}
