// Package echo5 holds echo v5 handlers that send error text in 5xx bodies.
package echo5

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

func load() (string, error) { return "", errors.New("db: dial tcp 10.0.0.5:5432: refused") }

func show(c *echo.Context) error {
	v, err := load()
	if err != nil {
		return c.String(http.StatusInternalServerError, err.Error()) // want `raw error text sent in a 500 Internal Server Error body`
	}
	return c.String(http.StatusOK, v) // ok: a success
}

func showTwin(c *echo.Context) error {
	v, err := load()
	if err != nil {
		c.Logger().Error("load", "err", err)
		return c.String(http.StatusInternalServerError, "internal error") // ok: a generic message
	}
	return c.String(http.StatusOK, v) // ok: a success
}

// fail answers with the status it is given and the error's text.
func fail(c *echo.Context, code int, err error) error {
	return c.JSON(code, map[string]string{"error": err.Error()})
}

func viaHelper(c *echo.Context) error {
	if _, err := load(); err != nil {
		return fail(c, http.StatusBadGateway, err) // want `raw error text sent in a 502 Bad Gateway body \(through fail\)`
	}
	if _, err := load(); err != nil {
		return fail(c, http.StatusBadRequest, err) // ok: a 4xx tells the client what it did wrong
	}
	return c.NoContent(http.StatusNoContent) // ok: no body
}

func routes(e *echo.Echo) {
	e.GET("/show", show)
	e.GET("/show/twin", showTwin)
	e.GET("/helper", viaHelper)
}
