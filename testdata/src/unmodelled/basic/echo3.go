// Package basic holds handlers written against the import paths of old
// framework versions, beside handlers on the modelled ones.
package basic

import (
	"net/http"

	"github.com/labstack/echo" // want `echo v3 or earlier \(github.com/labstack/echo\) is not modelled, so no check reads this package's echo handlers; modelled echo versions: v4, v5`
)

func listEcho3(c echo.Context) error {
	return c.JSON(http.StatusOK, []string{})
}
