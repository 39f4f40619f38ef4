// Package echo5 registers echo v5 routes on groups: handlers take
// *echo.Context, and Static appends "*" to its prefix as written.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func list(c *echo.Context) error { return nil }
func get(c *echo.Context) error  { return nil }
func del(c *echo.Context) error  { return nil }

func legacy(w http.ResponseWriter, r *http.Request) {}

func mw(next echo.HandlerFunc) echo.HandlerFunc { return next }

// notARouter has a GET method of its own.
type notARouter struct{}

func (notARouter) GET(path string, h echo.HandlerFunc) {}

func serve() {
	e := echo.New()
	e.Use(mw) // ok: middleware, no route
	g := e.Group("/api", mw)
	g.GET("/items", list, mw) // the endpoint is the first handler
	g.GET("/items/:id", get)
	g.Add(http.MethodDelete, "/items/:id", del)
	g.Match([]string{"PUT", "PATCH"}, "/items/:id", get)
	g.Any("/files/*", get)
	g.GET("", list) // the group's own path
	admin := g.Group("/admin")
	admin.POST("/reindex", list)
	e.GET("/legacy", echo.WrapHandler(http.HandlerFunc(legacy)))
	e.RouteNotFound("/*", get)     // ok: the not-found handler, not a route
	notARouter{}.GET("/nope", get) // ok: not a router's method
	e.Static("/static/", "public")
	e.File("/favicon.ico", "favicon.ico")
	e.Start(":8080")
}
