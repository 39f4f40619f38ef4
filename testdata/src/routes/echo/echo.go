// Package echo registers echo v4 routes on groups and hosts.
package echo

import "github.com/labstack/echo/v4"

func list(c echo.Context) error { return nil }
func get(c echo.Context) error  { return nil }
func del(c echo.Context) error  { return nil }

func mw(next echo.HandlerFunc) echo.HandlerFunc { return next }

func serve() {
	e := echo.New()
	g := e.Group("/api", mw)
	g.GET("/items", list, mw) // the endpoint is the first handler
	g.GET("/items/:id", get)
	g.Add("DELETE", "/items/:id", del)
	g.Match([]string{"PUT", "PATCH"}, "/items/:id", get)
	g.Any("/files/*", get)
	g.GET("", list) // the group's own path
	h := e.Host("admin.example.com")
	h.GET("/", list)
	e.Static("/static", "public")
	e.Start(":8080")
}
