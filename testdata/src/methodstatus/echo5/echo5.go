// Package echo5 holds echo v5 handlers that answer a method check.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func items(c *echo.Context) error {
	if c.Request().Method != http.MethodGet {
		return c.NoContent(http.StatusNotImplemented) // want `501 Not Implemented answers a method this handler does not serve`
	}
	return c.String(http.StatusOK, "items") // ok: a success
}

func itemsTwin(c *echo.Context) error {
	if c.Request().Method != http.MethodGet {
		c.Response().Header().Set("Allow", http.MethodGet)
		return c.NoContent(http.StatusMethodNotAllowed) // ok: 405 with Allow
	}
	return c.String(http.StatusOK, "items") // ok: a success
}

func routes(e *echo.Echo) {
	e.Any("/items", items)
	e.Any("/items/twin", itemsTwin)
}
