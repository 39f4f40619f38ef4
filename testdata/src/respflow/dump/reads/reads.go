// Package reads: handlers that read the request through their context,
// pass a context.Context on, or limit the body. None of it can write
// the response, so none of it makes the handler opaque.
package reads

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

type store struct{}

func (store) Get(ctx context.Context, id string) (string, error) { return id, nil }

var db store

func ginGet(c *gin.Context) {
	ua := c.Request.Header.Get("User-Agent")
	item, err := db.Get(c.Request.Context(), c.Param("id")+ua)
	if err != nil {
		c.JSON(http.StatusServiceUnavailable, gin.H{"error": "unavailable"})
		return
	}
	c.JSON(http.StatusOK, item)
}

// ginCtx passes the gin context itself as a context.Context.
func ginCtx(c *gin.Context) {
	item, _ := db.Get(c, c.Param("id"))
	c.JSON(http.StatusOK, item)
}

func echoGet(c echo.Context) error {
	item, err := db.Get(c.Request().Context(), c.FormValue("id"))
	if err != nil {
		return c.JSON(http.StatusTooManyRequests, map[string]string{"error": "slow down"})
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, item)
}

func fiberGet(c *fiber.Ctx) error {
	item, _ := db.Get(c.UserContext(), c.Params("id"))
	return c.Status(fiber.StatusOK).JSON(item)
}

func limited(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	item, _ := db.Get(r.Context(), r.URL.Path)
	w.WriteHeader(http.StatusServiceUnavailable)
	w.Write([]byte(item))
}

func routes(g *gin.Engine, e *echo.Echo, app *fiber.App, mux *http.ServeMux) {
	g.GET("/a", ginGet)
	g.GET("/b", ginCtx)
	e.GET("/c", echoGet)
	app.Get("/d", fiberGet)
	mux.HandleFunc("/e", limited)
}
