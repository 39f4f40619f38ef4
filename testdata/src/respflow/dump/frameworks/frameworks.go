// Package frameworks: gin, echo and fiber calls as events.
package frameworks

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func ginHandler(c *gin.Context) {
	if c.Param("id") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "no id"})
		return
	}
	c.Header("Cache-Control", "no-store")
	c.Status(http.StatusOK)
	c.Next()
}

func echoHandler(c echo.Context) error {
	if c.Param("id") == "" {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "no id"})
	}
	return c.NoContent(http.StatusNoContent)
}

func fiberHandler(c *fiber.Ctx) error {
	c.Set("Retry-After", "1")
	return c.Status(fiber.StatusTooManyRequests).SendString("slow down")
}

func routes(r *gin.Engine, e *echo.Echo, app *fiber.App) {
	r.GET("/gin/:id", ginHandler)
	e.POST("/echo/:id", echoHandler)
	app.Get("/fiber", fiberHandler)
}
