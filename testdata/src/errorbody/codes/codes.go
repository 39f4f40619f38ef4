// Package codes: a weather-station API whose helper carries the HTTP
// code in the body only, and sends 200 whatever it is given.
package codes

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type result struct {
	Code int    `json:"code"`
	Msg  string `json:"msg"`
}

// errorStrResp puts code into the body and sends 200: the one place to
// fix, reported once.
func errorStrResp(c *gin.Context, msg string, code int) {
	c.JSON(http.StatusOK, result{Code: code, Msg: msg}) // want `errorStrResp writes the code it is given into the body and sends 200 OK, and callers give it error codes such as 429 Too Many Requests; send 429 as the status`
}

// errorResp sends the code as the status too.
func errorResp(c *gin.Context, msg string, code int) {
	c.JSON(code, result{Code: code, Msg: msg}) // ok: the status is the code
}

// okResp is given only success codes.
func okResp(c *gin.Context, msg string, code int) {
	c.JSON(http.StatusOK, result{Code: code, Msg: msg}) // ok: no caller passes an error code
}

func reading(c *gin.Context) {
	if c.Query("station") == "" {
		errorStrResp(c, "too many requests", http.StatusTooManyRequests) // ok: reported in errorStrResp
		return
	}
	if c.Query("sensor") == "" {
		errorResp(c, "sensor is required", http.StatusBadRequest) // ok: sent as the status
		return
	}
	okResp(c, "fresh", 0) // ok
}

func stations(c *gin.Context) {
	errorStrResp(c, "stations are down", 503) // ok: reported in errorStrResp
}

// errorWithData writes the code into the body with 200, and errorErr
// hands it its own code: both carry the status in the body only.
func errorWithData(c *gin.Context, err error, code int, data any) {
	c.JSON(http.StatusOK, gin.H{"code": code, "message": "failed", "data": data}) // want `errorWithData writes the code it is given into the body and sends 200 OK, and callers give it error codes such as 409 Conflict`
}

func errorErr(c *gin.Context, err error, code int) {
	errorWithData(c, err, code, nil) // want `errorErr writes the code it is given into the body and sends 200 OK, and callers give it error codes such as 500 Internal Server Error`
}

func calibrate(c *gin.Context, err error) {
	if c.Query("force") != "" {
		errorWithData(c, err, http.StatusConflict, nil) // ok: reported in errorWithData
		return
	}
	errorErr(c, err, http.StatusInternalServerError) // ok: reported in errorErr
}
