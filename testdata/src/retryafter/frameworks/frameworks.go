package frameworks

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func ginLimited(c *gin.Context) {
	c.JSON(http.StatusTooManyRequests, gin.H{"detail": "slow down"}) // want `429 Too Many Requests sent without a Retry-After header; set it before gin.Context.JSON`
}

func ginLimitedTwin(c *gin.Context) {
	c.Header("Retry-After", "10")
	c.JSON(http.StatusTooManyRequests, gin.H{"detail": "slow down"}) // ok
}

func ginAbort(c *gin.Context) {
	c.AbortWithStatus(http.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header`
}

func ginWriterTwin(c *gin.Context) {
	c.Writer.Header().Set("Retry-After", "10")
	c.AbortWithStatus(http.StatusServiceUnavailable) // ok
}

func echoLimited(c echo.Context) error {
	return c.JSON(http.StatusTooManyRequests, echo.Map{"detail": "slow down"}) // want `429 Too Many Requests sent without a Retry-After header`
}

func echoLimitedTwin(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderRetryAfter, "10")
	return c.JSON(http.StatusTooManyRequests, echo.Map{"detail": "slow down"}) // ok
}

func fiberLimited(c *fiber.Ctx) error {
	return c.Status(fiber.StatusTooManyRequests).JSON(fiber.Map{"detail": "slow down"}) // want `429 Too Many Requests sent without a Retry-After header`
}

func fiberLimitedTwin(c *fiber.Ctx) error {
	c.Status(fiber.StatusTooManyRequests)
	c.Set(fiber.HeaderRetryAfter, "10") // ok in fiber: headers go out after the handler returns
	return c.JSON(fiber.Map{"detail": "slow down"})
}

func fiberSendStatus(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header`
}
