package lib

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Fail answers with an error body and the status it is given.
func Fail(c *gin.Context, status int, err error) {
	c.AbortWithStatusJSON(status, gin.H{"error": err.Error()})
}

// Plain writes an error's text with the given status.
func Plain(w http.ResponseWriter, status int, err error) {
	w.WriteHeader(status)
	w.Write([]byte(err.Error()))
}
