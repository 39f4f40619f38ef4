// Package echo5 holds echo v5 handlers that write stack traces and panic
// values.
package echo5

import (
	"net/http"
	"runtime/debug"

	"github.com/labstack/echo/v5"
)

func trace(c *echo.Context) error {
	return c.String(http.StatusInternalServerError, string(debug.Stack())) // want `a stack trace is written to the response body`
}

func traceTwin(c *echo.Context) error {
	c.Logger().Error("failed", "stack", string(debug.Stack()))
	return c.String(http.StatusInternalServerError, "internal error") // ok: the stack goes to the log
}

func recoverer(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = c.JSON(http.StatusInternalServerError, map[string]any{"panic": r}) // want `the value recovered from a panic is written to the response body`
			}
		}()
		return next(c)
	}
}

func recovererTwin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) (err error) {
		defer func() {
			if r := recover(); r != nil {
				c.Logger().Error("panic", "value", r)
				err = c.JSON(http.StatusInternalServerError, map[string]any{"error": "internal error"}) // ok: the value goes to the log
			}
		}()
		return next(c)
	}
}

func routes(e *echo.Echo) {
	e.Use(recoverer, recovererTwin)
	e.GET("/trace", trace)
	e.GET("/trace/twin", traceTwin)
}
