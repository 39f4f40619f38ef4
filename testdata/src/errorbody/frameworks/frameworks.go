package frameworks

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func ginHandler(c *gin.Context) {
	var body struct{ Name string }
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusOK, gin.H{"error": err.Error()}) // want `error body sent with 200 OK`
		return
	}
	c.JSON(http.StatusOK, gin.H{"name": body.Name}) // ok
}

func ginHandlerTwin(c *gin.Context) {
	var body struct{ Name string }
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // ok
		return
	}
	c.JSON(http.StatusOK, gin.H{"name": body.Name, "error": nil}) // ok
}

func echoHandler(c echo.Context) error {
	if c.QueryParam("id") == "" {
		return c.JSON(http.StatusOK, echo.Map{"success": false, "message": "id is required"}) // want `error body sent with 200 OK`
	}
	return c.JSON(http.StatusOK, echo.Map{"success": true, "message": "done"}) // ok
}

func fiberHandler(c *fiber.Ctx) error {
	if c.Query("id") == "" {
		return c.JSON(fiber.Map{"error": "id is required"}) // ok: an implicit 200 outside a failure branch the check can see, and the value is plain text
	}
	return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": "id is required"}) // want `error body sent with 200 OK`
}

// fiber v2 renders the template with its data as the body, as v3 does.
func fiberPage(c *fiber.Ctx) error {
	if c.Query("q") == "" {
		return c.Render("search", fiber.Map{"success": false, "message": "no query"}) // want `error body written with no status set first, so it goes out as 200 OK`
	}
	return c.Render("search", fiber.Map{"results": []string{}}) // ok: the template data of a success
}

func fiberPageTwin(c *fiber.Ctx) error {
	if c.Query("q") == "" {
		return c.Status(fiber.StatusBadRequest).Render("search", fiber.Map{"error": "no query"}) // ok: a 4xx
	}
	return c.Render("search", fiber.Map{"results": []string{}}) // ok: a success
}
