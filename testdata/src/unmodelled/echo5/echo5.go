// Package echo5 holds an echo v5 handler: v5 has an adapter, so its
// import is not reported.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5" // ok: echo v5 is modelled
)

func list(c *echo.Context) error {
	return c.JSON(http.StatusOK, []string{})
}
