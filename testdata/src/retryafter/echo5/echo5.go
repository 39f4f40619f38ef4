// Package echo5 holds echo v5 handlers that answer 429 and 503.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"

	"retryafter/echo5/lib"
)

func limited(c *echo.Context) error {
	if c.QueryParam("burst") != "" {
		return c.JSON(http.StatusTooManyRequests, map[string]string{"detail": "slow down"}) // want `429 Too Many Requests sent without a Retry-After header; set it before echo.Context.JSON`
	}
	return c.String(http.StatusOK, "ok") // ok: a success
}

func limitedTwin(c *echo.Context) error {
	if c.QueryParam("burst") != "" {
		c.Response().Header().Set("Retry-After", "10")
		return c.JSON(http.StatusTooManyRequests, map[string]string{"detail": "slow down"}) // ok: Retry-After set through c.Response()
	}
	return c.String(http.StatusOK, "ok") // ok: a success
}

func raw(c *echo.Context) error {
	c.Response().WriteHeader(http.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header; set it before WriteHeader`
	return nil
}

func rawTwin(c *echo.Context) error {
	c.Response().Header().Set(echo.HeaderRetryAfter, "120")
	c.Response().WriteHeader(http.StatusServiceUnavailable) // ok: Retry-After set first
	return nil
}

func crossPkg(c *echo.Context) error {
	if c.QueryParam("a") != "" {
		return lib.Busy(c, http.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header \(through Busy\)`
	}
	if c.QueryParam("b") != "" {
		return lib.Throttle(c, "slow down") // want `429 Too Many Requests sent without a Retry-After header \(through Throttle\)`
	}
	if c.QueryParam("c") != "" {
		return lib.ThrottleFor(c, "5") // ok: the helper sets Retry-After
	}
	return lib.Busy(c, http.StatusNoContent) // ok: a 204 needs no Retry-After
}

// A handler factory: the literal it returns is a handler of its own.
func maintenance(until string) echo.HandlerFunc {
	return func(c *echo.Context) error {
		return c.String(http.StatusServiceUnavailable, "back at "+until) // want `503 Service Unavailable sent without a Retry-After header`
	}
}

func maintenanceTwin(seconds string) echo.HandlerFunc {
	return func(c *echo.Context) error {
		c.Response().Header().Set("Retry-After", seconds)
		return c.String(http.StatusServiceUnavailable, "back soon") // ok: Retry-After set first
	}
}

// A closure over the handler's context starts from a response it cannot
// see: what was set before it ran is not known.
func closure(c *echo.Context) error {
	c.Response().Header().Set("Retry-After", "60")
	busy := func() error {
		return c.NoContent(http.StatusServiceUnavailable) // ok: the closure cannot know what was set before it ran
	}
	if c.QueryParam("down") != "" {
		return busy()
	}
	return c.NoContent(http.StatusNoContent) // ok: a 204
}

func rateLimit(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if c.RealIP() == "" {
			return c.NoContent(http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
		}
		return next(c) // ok: the next handler answers
	}
}

func rateLimitTwin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if c.RealIP() == "" {
			c.Response().Header().Set("Retry-After", "1")
			return c.NoContent(http.StatusTooManyRequests) // ok: Retry-After set first
		}
		return next(c) // ok: the next handler answers
	}
}

func routes(e *echo.Echo) {
	e.Use(rateLimit, rateLimitTwin)
	e.GET("/limited", limited)
	e.GET("/limited/twin", limitedTwin)
	e.GET("/raw", raw)
	e.GET("/raw/twin", rawTwin)
	e.GET("/cross", crossPkg)
	e.GET("/closure", closure)
	e.GET("/maintenance", maintenance("noon"))
	e.GET("/maintenance/twin", maintenanceTwin("3600"))
	e.GET("/inline", func(c *echo.Context) error {
		return c.NoContent(http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
	})
}
