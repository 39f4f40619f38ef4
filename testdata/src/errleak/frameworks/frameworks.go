package frameworks

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func query() error { return nil }

func ginHandler(c *gin.Context) {
	if err := query(); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `raw error text sent in a 500 Internal Server Error body`
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func ginHandlerTwin(c *gin.Context) {
	if err := query(); err != nil {
		_ = c.Error(err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"}) // ok
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func echoHandler(c echo.Context) error {
	if err := query(); err != nil {
		return c.String(http.StatusInternalServerError, err.Error()) // want `raw error text sent in a 500 Internal Server Error body`
	}
	return c.NoContent(http.StatusNoContent)
}

func fiberHandler(c *fiber.Ctx) error {
	if err := query(); err != nil {
		return c.Status(fiber.StatusInternalServerError).SendString(err.Error()) // want `raw error text sent in a 500 Internal Server Error body`
	}
	return c.SendStatus(fiber.StatusNoContent)
}
