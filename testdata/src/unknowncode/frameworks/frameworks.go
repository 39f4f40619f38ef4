package frameworks

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func ginHandler(c *gin.Context) {
	c.JSON(230, gin.H{"state": "running"})           // want `status 230 is not a registered HTTP status code`
	c.JSON(http.StatusOK, gin.H{"state": "running"}) // ok: registered
	c.AbortWithStatus(499)                           // want `status 499 is not a registered HTTP status code`
	c.AbortWithStatus(http.StatusForbidden)          // ok: registered
	c.String(600, "x")                               // want `status 600 is in no HTTP class`
	c.Writer.WriteHeader(299)                        // want `status 299 is not a registered HTTP status code`
	c.Writer.WriteHeader(http.StatusAccepted)        // ok: registered
	c.Redirect(http.StatusTemporaryRedirect, "/b")   // ok: registered
}

func echoHandler(c echo.Context) error {
	if c.QueryParam("x") != "" {
		return echo.NewHTTPError(420, "calm down") // want `status 420 is not a registered HTTP status code`
	}
	if c.QueryParam("y") != "" {
		return echo.NewHTTPError(http.StatusTooManyRequests, "calm down") // ok: registered
	}
	if c.QueryParam("z") != "" {
		return c.NoContent(2040) // want `status 2040 is outside 100-999 and net/http panics when it is sent`
	}
	c.Response().WriteHeader(http.StatusNoContent) // ok: registered
	return c.JSON(http.StatusOK, nil)              // ok: registered
}

func fiberHandler(c *fiber.Ctx) error {
	if c.Query("x") != "" {
		return fiber.NewError(599, "upstream exploded") // want `status 599 is not a registered HTTP status code; tools that classify by number see only a 5xx: send 500 Internal Server Error`
	}
	if c.Query("y") != "" {
		return c.Redirect("/elsewhere") // ok: the default 302 is chosen by fiber
	}
	if c.Query("z") != "" {
		return c.Redirect("/elsewhere", 399) // want `status 399 is not a registered HTTP status code`
	}
	if c.Query("w") != "" {
		return c.SendStatus(fiber.StatusNotFound) // ok: registered
	}
	return c.Status(230).JSON(fiber.Map{"ok": true}) // want `status 230 is not a registered HTTP status code`
}
