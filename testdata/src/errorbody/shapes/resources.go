package shapes

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

// delivery is a resource: a delivery attempt that failed is still the
// right answer to GET of that attempt.
type delivery struct {
	ID    string `json:"id"`
	State string `json:"state"`
	Error string `json:"error,omitempty"`
}

type deliveryError struct {
	Error string `json:"error"`
}

func getDelivery(w http.ResponseWriter, r *http.Request) {
	d := delivery{ID: r.PathValue("id"), State: "failed", Error: "address not found"}
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(d) // ok: a resource whose error field describes the attempt
}

func getDeliveryTwin(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(deliveryError{Error: "address not found"}) // want `error body sent with 200 OK`
}

func getAttempt(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"attemptId": c.Param("id"), "error": "recipient absent"}) // ok: a resource, by its identity
}

func getAttemptTwin(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"request_id": c.GetHeader("X-Request-ID"), "error": "recipient absent"}) // want `error body sent with 200 OK`
}

func envelopeStatus(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"status": "failed", "error": "recipient absent"}) // want `error body sent with 200 OK`
}
