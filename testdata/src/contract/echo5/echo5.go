// Package echo5 checks routes on echo v5 groups against the document:
// handlers take *echo.Context.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func serve() {
	e := echo.New()
	v1 := e.Group("/v1")
	v1.GET("/orders/:id", getOrder)
	v1.GET("/orders/:id/lines", getLines)
	v1.POST("/orders", createOrder)
	v1.PUT("/orders/:id", putOrder) // want `route PUT /v1/orders/\{id\} \(putOrder\) has no operation in openapi.yaml`
	e.Start(":8080")
}

func getOrder(c *echo.Context) error { // want `GET /v1/orders/\{id\} \(getOrder\) sends a status that operation GET /v1/orders/\{orderId\} \(getOrder\) at openapi.yaml:\d+ does not declare: 402 Payment Required`
	if c.Param("id") == "unpaid" {
		return c.JSON(http.StatusPaymentRequired, map[string]string{"message": "pay first"})
	}
	return c.JSON(http.StatusOK, map[string]string{"id": c.Param("id")})
}

// ok: 404 is declared.
func getLines(c *echo.Context) error {
	if c.Param("id") == "none" {
		return c.JSON(http.StatusNotFound, map[string]string{"message": "no such order"})
	}
	return c.JSON(http.StatusOK, []string{})
}

// ok: Location is set with the 201.
func createOrder(c *echo.Context) error {
	c.Response().Header().Set("Location", "/v1/orders/1")
	return c.JSON(http.StatusCreated, map[string]string{"id": "1"})
}

func putOrder(c *echo.Context) error { return c.NoContent(http.StatusNoContent) }
