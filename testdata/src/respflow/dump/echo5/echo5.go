// Package echo5: echo v5 calls as events; *echo.Context is a struct and
// c.Response() a plain http.ResponseWriter.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func get(c *echo.Context) error {
	id, err := echo.PathParam[int](c, "id")
	if err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "bad id"})
	}
	c.SetCookie(&http.Cookie{Name: "seen", Value: "1"})
	return c.JSON(http.StatusOK, map[string]int{"id": id})
}

func raw(c *echo.Context) error {
	c.Response().Header().Set("Retry-After", "1")
	c.Response().WriteHeader(http.StatusTooManyRequests)
	_, err := c.Response().Write([]byte("slow down"))
	return err
}

func created(c *echo.Context) error {
	return c.NoContent(http.StatusCreated)
}

func moved(c *echo.Context) error {
	return c.Redirect(http.StatusFound, "/next")
}

func rendered(c *echo.Context) error {
	return c.Render(http.StatusOK, "page.html", map[string]string{"title": "home"})
}

func file(c *echo.Context) error {
	return c.File("index.html")
}

func mw(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		c.Response().Header().Set("X-Frame-Options", "DENY")
		return next(c)
	}
}

func routes(e *echo.Echo) {
	e.Use(mw)
	e.GET("/items/:id", get)
	e.GET("/raw", raw)
	g := e.Group("/admin")
	g.POST("/items", created)
	g.POST("/moved", moved)
	e.GET("/", rendered)
	e.GET("/file", file)
}
