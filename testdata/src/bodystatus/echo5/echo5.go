// Package echo5 holds echo v5 handlers that answer 204 and 304.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func deleted(c *echo.Context) error {
	return c.JSON(http.StatusNoContent, map[string]bool{"deleted": true}) // want `echo.Context.JSON writes a body, which a 204 No Content cannot carry`
}

func deletedTwin(c *echo.Context) error {
	return c.NoContent(http.StatusNoContent) // ok: no body
}

func notModified(c *echo.Context) error {
	c.Response().WriteHeader(http.StatusNotModified)
	_, err := c.Response().Write([]byte("cached")) // want `body written after 304 Not Modified, which cannot carry one`
	return err
}

func notModifiedTwin(c *echo.Context) error {
	c.Response().WriteHeader(http.StatusNotModified) // ok: no body follows
	return nil
}

// reply answers with the status and text it is given.
func reply(c *echo.Context, code int, text string) error {
	return c.String(code, text)
}

func viaHelper(c *echo.Context) error {
	if c.QueryParam("a") != "" {
		return reply(c, http.StatusNoContent, "done") // want `reply writes a body, which a 204 No Content cannot carry`
	}
	return reply(c, http.StatusOK, "done") // ok: a 200 carries the text
}

func routes(e *echo.Echo) {
	e.DELETE("/items/:id", deleted)
	e.DELETE("/items/twin/:id", deletedTwin)
	e.GET("/cached", notModified)
	e.GET("/cached/twin", notModifiedTwin)
	e.GET("/helper", viaHelper)
}
