// Package echo5 holds echo v5 handlers that answer 405.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func onlyGet(c *echo.Context) error {
	if c.Request().Method != http.MethodGet {
		return c.NoContent(http.StatusMethodNotAllowed) // want `405 Method Not Allowed sent without an Allow header; set it before echo.Context.NoContent`
	}
	return c.String(http.StatusOK, "ok") // ok: a success
}

func onlyGetTwin(c *echo.Context) error {
	if c.Request().Method != http.MethodGet {
		c.Response().Header().Set(echo.HeaderAllow, http.MethodGet)
		return c.NoContent(http.StatusMethodNotAllowed) // ok: Allow set through c.Response()
	}
	return c.String(http.StatusOK, "ok") // ok: a success
}

// notAllowed answers with the status it is given.
func notAllowed(c *echo.Context, code int) error {
	return c.JSON(code, map[string]string{"detail": "method not allowed"})
}

func viaHelper(c *echo.Context) error {
	if c.Request().Method == http.MethodDelete {
		return notAllowed(c, http.StatusMethodNotAllowed) // want `405 Method Not Allowed sent without an Allow header \(through notAllowed\)`
	}
	c.Response().Header().Set("Allow", "GET, PUT")
	return notAllowed(c, http.StatusMethodNotAllowed) // ok: Allow set before the helper runs
}

func methods(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if c.Request().Method == http.MethodTrace {
			return c.NoContent(http.StatusMethodNotAllowed) // want `405 Method Not Allowed sent without an Allow header`
		}
		return next(c) // ok: the next handler answers
	}
}

func methodsTwin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if c.Request().Method == http.MethodTrace {
			c.Response().Header().Set("Allow", "GET, POST")
			return c.NoContent(http.StatusMethodNotAllowed) // ok: Allow set first
		}
		return next(c) // ok: the next handler answers
	}
}

func routes(e *echo.Echo) {
	e.Use(methods, methodsTwin)
	e.Any("/only", onlyGet)
	e.Any("/only/twin", onlyGetTwin)
	e.Any("/helper", viaHelper)
}
