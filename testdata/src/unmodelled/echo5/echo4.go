package echo5

import (
	"net/http"

	echo4 "github.com/labstack/echo/v4" // ok: echo v4 is modelled
)

func listV4(c echo4.Context) error {
	return c.JSON(http.StatusOK, []string{})
}
