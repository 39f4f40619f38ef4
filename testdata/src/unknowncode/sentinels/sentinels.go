// Package sentinels: a full table of error values, as frameworks export
// them. A value nothing here sends is not a finding; one that is
// returned is reported where it is built.
package sentinels

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

const StatusBrewing = 418 // ok: only a table entry, never sent

var (
	ErrTeapot     = echo.NewHTTPError(http.StatusTeapot) // ok: never sent in this package
	ErrBrewing    = echo.NewHTTPError(StatusBrewing)     // ok: never sent either
	ErrEnhanceYou = echo.NewHTTPError(420)               // want `status 420 is not a registered HTTP status code`
	ErrNotFound   = echo.NewHTTPError(http.StatusNotFound)
)

func brew(c echo.Context) error {
	if c.QueryParam("calm") != "" {
		return ErrEnhanceYou
	}
	if c.QueryParam("cup") == "" {
		return echo.NewHTTPError(http.StatusTeapot, "short and stout") // want `status 418 is reserved and unused`
	}
	return ErrNotFound
}
