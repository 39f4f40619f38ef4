// Package echo5 holds echo v5 handlers that answer 201 and 3xx.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

type item struct{ ID string }

func create(c *echo.Context) error {
	return c.NoContent(http.StatusCreated) // want `201 Created sent with neither a Location header nor a body; set Location to the new resource's URL before echo.Context.NoContent`
}

func createTwin(c *echo.Context) error {
	c.Response().Header().Set(echo.HeaderLocation, "/items/1")
	return c.NoContent(http.StatusCreated) // ok: Location set through c.Response()
}

func createBody(c *echo.Context) error {
	return c.JSON(http.StatusCreated, item{ID: "1"}) // ok: the new resource is the body
}

func moved(c *echo.Context) error {
	c.Response().WriteHeader(http.StatusFound) // want `302 Found sent without a Location header; set it before WriteHeader`
	return nil
}

func movedTwin(c *echo.Context) error {
	return c.Redirect(http.StatusFound, "/next") // ok: Redirect sets Location
}

// created answers with the status it is given and no body.
func created(c *echo.Context, code int) error {
	return c.NoContent(code)
}

func viaHelper(c *echo.Context) error {
	if c.QueryParam("a") != "" {
		return created(c, http.StatusCreated) // want `201 Created sent with neither a Location header nor a body`
	}
	c.Response().Header().Set("Location", "/items/2")
	return created(c, http.StatusCreated) // ok: Location set before the helper runs
}

func routes(e *echo.Echo) {
	e.POST("/items", create)
	e.POST("/items/twin", createTwin)
	e.POST("/items/body", createBody)
	e.GET("/moved", moved)
	e.GET("/moved/twin", movedTwin)
	e.POST("/helper", viaHelper)
}
