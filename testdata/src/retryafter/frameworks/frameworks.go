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

// Reading the request first leaves the response as it was.
func ginReadsFirst(c *gin.Context) {
	id := c.Param("id")
	var body struct{ N int }
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"id": id})
		return
	}
	c.JSON(http.StatusTooManyRequests, gin.H{"id": id}) // want `429 Too Many Requests sent without a Retry-After header`
}

// c.Bind answers 400 itself on failure: after it the response is not known.
func ginBindFirst(c *gin.Context) {
	var body struct{ N int }
	_ = c.Bind(&body)
	c.JSON(http.StatusTooManyRequests, gin.H{}) // ok: c.Bind may have answered already
}

func echoReadsFirst(c echo.Context) error {
	id := c.Param("id")
	if c.QueryParam("dry") != "" {
		return c.NoContent(http.StatusNoContent)
	}
	return c.JSON(http.StatusTooManyRequests, echo.Map{"id": id}) // want `429 Too Many Requests sent without a Retry-After header`
}

func fiberReadsFirst(c *fiber.Ctx) error {
	id := c.Params("id")
	return c.Status(fiber.StatusTooManyRequests).JSON(fiber.Map{"id": id}) // want `429 Too Many Requests sent without a Retry-After header`
}
