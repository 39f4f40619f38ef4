// Package echo5 holds an echo v5 handler. Once echo v5 has an adapter, its
// path joins unmodelled.Modelled and the want below goes.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5" // want `echo v5 \(github.com/labstack/echo/v5\) is not modelled, so no check reads this package's echo handlers; modelled echo versions: v4`
)

func list(c *echo.Context) error {
	return c.JSON(http.StatusOK, []string{})
}
