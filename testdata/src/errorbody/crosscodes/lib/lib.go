// Package lib is a response package whose helper carries the status in
// the body only; it has no caller of its own, so its callers elsewhere
// are reported.
package lib

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Result struct {
	Code int    `json:"code"`
	Msg  string `json:"msg"`
}

// Fail sends 200 with code in the body.
func Fail(c *gin.Context, code int, msg string) { // want Fail:`codeInBody\(params=\[1\] sent=200\)`
	c.JSON(http.StatusOK, Result{Code: code, Msg: msg})
}

// Reply sends code as the status.
func Reply(c *gin.Context, code int, msg string) {
	c.JSON(code, Result{Code: code, Msg: msg})
}
