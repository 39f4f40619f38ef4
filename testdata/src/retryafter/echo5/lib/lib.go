// Package lib holds echo v5 response helpers another package calls.
package lib

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

// Throttle answers 429 without saying when to come back; each call is
// judged where it is made.
func Throttle(c *echo.Context, detail string) error {
	return c.JSON(http.StatusTooManyRequests, map[string]string{"detail": detail}) // ok: judged at each call
}

// ThrottleFor answers 429 with the delay in Retry-After.
func ThrottleFor(c *echo.Context, seconds string) error {
	c.Response().Header().Set("Retry-After", seconds)
	return c.JSON(http.StatusTooManyRequests, map[string]string{"detail": "slow down"}) // ok: Retry-After is set first
}

// Busy answers with the status it is given.
func Busy(c *echo.Context, code int) error {
	return c.NoContent(code)
}
