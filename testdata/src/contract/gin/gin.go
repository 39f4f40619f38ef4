// Package gin checks routes on gin groups against the document, whose
// servers URL adds the /api prefix.
package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func serve() {
	r := gin.New()
	api := r.Group("/api")
	v1 := api.Group("/v1")
	v1.GET("/orders/:id", getOrder)
	v1.GET("/orders/:id/lines", getLines)
	v1.POST("/orders", createOrder)
	v1.PUT("/orders/:id", putOrder) // want `route PUT /api/v1/orders/\{id\} \(putOrder\) has no operation in openapi.json`
	r.Run()
}

func getOrder(c *gin.Context) { // want `GET /api/v1/orders/\{id\} \(getOrder\) sends a status that operation GET /api/v1/orders/\{orderId\} \(getOrder\) at openapi.json:\d+ does not declare: 402 Payment Required`
	if c.Param("id") == "unpaid" {
		c.JSON(http.StatusPaymentRequired, gin.H{"message": "pay first"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
}

// ok: 404 is declared.
func getLines(c *gin.Context) {
	if c.Param("id") == "none" {
		c.JSON(http.StatusNotFound, gin.H{"message": "no such order"})
		return
	}
	c.JSON(http.StatusOK, []string{})
}

// ok: Location is set with the 201.
func createOrder(c *gin.Context) {
	c.Header("Location", "/api/v1/orders/1")
	c.JSON(http.StatusCreated, gin.H{"id": "1"})
}

func putOrder(c *gin.Context) { c.Status(http.StatusNoContent) }
