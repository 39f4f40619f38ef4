package lib

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Abort answers with the error's text.
func Abort(c *gin.Context, status int, err error) {
	c.AbortWithStatusJSON(status, gin.H{"message": err.Error()})
}

// Write writes a message with a status.
func Write(w http.ResponseWriter, status int, msg string) {
	http.Error(w, msg, status)
}
