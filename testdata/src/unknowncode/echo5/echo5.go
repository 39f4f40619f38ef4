// Package echo5 holds echo v5 handlers that send invented statuses.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func state(c *echo.Context) error {
	if c.QueryParam("busy") != "" {
		return echo.NewHTTPError(420, "calm down") // want `status 420 is not a registered HTTP status code`
	}
	if c.QueryParam("odd") != "" {
		return c.NoContent(2040) // want `status 2040 is outside 100-999 and net/http panics when it is sent`
	}
	if c.QueryParam("raw") != "" {
		c.Response().WriteHeader(299) // want `status 299 is not a registered HTTP status code`
		return nil
	}
	return c.JSON(230, map[string]string{"state": "running"}) // want `status 230 is not a registered HTTP status code`
}

func stateTwin(c *echo.Context) error {
	if c.QueryParam("busy") != "" {
		return echo.NewHTTPError(http.StatusTooManyRequests, "calm down") // ok: a registered code
	}
	if c.QueryParam("raw") != "" {
		c.Response().WriteHeader(http.StatusAccepted) // ok: a registered code
		return nil
	}
	return c.JSON(http.StatusOK, map[string]string{"state": "running"}) // ok: a registered code
}

func routes(e *echo.Echo) {
	e.GET("/state", state)
	e.GET("/state/twin", stateTwin)
}
