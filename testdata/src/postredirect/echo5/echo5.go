// Package echo5 holds echo v5 handlers that redirect unsafe requests.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func save(c *echo.Context) error {
	return c.Redirect(http.StatusFound, "/items") // want `302 Found redirect answers a POST: clients may follow it with a GET and drop the body; send 307 Temporary Redirect`
}

func saveTwin(c *echo.Context) error {
	return c.Redirect(http.StatusSeeOther, "/items") // ok: 303 sends the client to GET the result
}

func moved(c *echo.Context) error {
	c.Response().Header().Set("Location", "/v2/items")
	c.Response().WriteHeader(http.StatusMovedPermanently) // want `301 Moved Permanently redirect answers a PUT`
	return nil
}

func movedTwin(c *echo.Context) error {
	c.Response().Header().Set("Location", "/v2/items")
	c.Response().WriteHeader(http.StatusPermanentRedirect) // ok: 308 keeps the method
	return nil
}

func routes(e *echo.Echo) {
	g := e.Group("/items")
	g.POST("", save)
	g.POST("/twin", saveTwin)
	g.PUT("/:id", moved)
	g.PUT("/twin/:id", movedTwin)
}
