// Package fiber3 holds fiber v3 handlers that answer 429 and 503.
package fiber3

import (
	"github.com/gofiber/fiber/v3"

	"retryafter/fiber3/lib"
)

func limited(c fiber.Ctx) error {
	if c.Query("burst") != "" {
		return c.Status(fiber.StatusTooManyRequests).JSON(fiber.Map{"detail": "slow down"}) // want `429 Too Many Requests sent without a Retry-After header; set it before fiber.Ctx.Status`
	}
	return c.SendString("ok") // ok: a success
}

func limitedTwin(c fiber.Ctx) error {
	if c.Query("burst") != "" {
		c.Status(fiber.StatusTooManyRequests)
		c.Set("Retry-After", "10") // fasthttp sends the headers after the handler returns
		return c.JSON(fiber.Map{"detail": "slow down"})
	}
	return c.SendString("ok") // ok: a success
}

func down(c fiber.Ctx) error {
	return c.SendStatus(fiber.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header; set it before fiber.Ctx.SendStatus`
}

func downTwin(c fiber.Ctx) error {
	c.Set(fiber.HeaderRetryAfter, "120")
	return c.SendStatus(fiber.StatusServiceUnavailable) // ok: Retry-After set
}

func express(req fiber.Req, res fiber.Res) error {
	if req.Query("burst") != "" {
		return res.SendStatus(fiber.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header; set it before fiber.Res.SendStatus`
	}
	return res.SendString("ok") // ok: a success
}

func expressTwin(req fiber.Req, res fiber.Res) error {
	res.Set("Retry-After", "1")
	return res.SendStatus(fiber.StatusTooManyRequests) // ok: Retry-After set through Res
}

// fasthttp sends the response after the handler returns, so a
// Retry-After set anywhere in the handler counts: the helpers that set
// none are called from handlers that set none either.
func crossPkg(c fiber.Ctx) error {
	if c.Query("a") != "" {
		return lib.Busy(c, fiber.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header \(through Busy\)`
	}
	if c.Query("b") != "" {
		return lib.Throttle(c, "slow down") // want `429 Too Many Requests sent without a Retry-After header \(through Throttle\)`
	}
	return lib.Busy(c, fiber.StatusAccepted) // ok: a 202 needs no Retry-After
}

func crossPkgTwin(c fiber.Ctx) error {
	if c.Query("c") != "" {
		return lib.ThrottleFor(c, "5") // ok: the helper sets Retry-After
	}
	c.Set("Retry-After", "30")
	return lib.Busy(c, fiber.StatusServiceUnavailable) // ok: Retry-After set before the helper runs
}

// A handler factory: the literal it returns is a handler of its own.
func maintenance(until string) fiber.Handler {
	return func(c fiber.Ctx) error {
		return c.Status(fiber.StatusServiceUnavailable).SendString("back at " + until) // want `503 Service Unavailable sent without a Retry-After header`
	}
}

func maintenanceTwin(seconds string) fiber.Handler {
	return func(c fiber.Ctx) error {
		c.Set("Retry-After", seconds)
		return c.Status(fiber.StatusServiceUnavailable).SendString("back soon") // ok: Retry-After set
	}
}

// A closure over the handler's context starts from a response it cannot
// see: what was set before it ran is not known.
func closure(c fiber.Ctx) error {
	c.Set("Retry-After", "60")
	busy := func() error {
		return c.SendStatus(fiber.StatusServiceUnavailable) // ok: the closure cannot know what was set before it ran
	}
	if c.Query("down") != "" {
		return busy()
	}
	return c.SendStatus(fiber.StatusNoContent) // ok: a 204
}

func rateLimit(c fiber.Ctx) error {
	if c.IP() == "" {
		return c.SendStatus(fiber.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
	}
	return c.Next() // ok: the next handler answers
}

func rateLimitTwin(c fiber.Ctx) error {
	if c.IP() == "" {
		c.Set("Retry-After", "1")
		return c.SendStatus(fiber.StatusTooManyRequests) // ok: Retry-After set
	}
	return c.Next() // ok: the next handler answers
}

func routes(app *fiber.App) {
	app.Use(rateLimit, rateLimitTwin)
	app.Get("/limited", limited)
	app.Get("/limited/twin", limitedTwin)
	app.Get("/down", down)
	app.Get("/down/twin", downTwin)
	app.Get("/express", express)
	app.Get("/express/twin", expressTwin)
	app.Get("/cross", crossPkg)
	app.Get("/cross/twin", crossPkgTwin)
	app.Get("/closure", closure)
	app.Get("/maintenance", maintenance("noon"))
	app.Get("/maintenance/twin", maintenanceTwin("3600"))
	app.Get("/inline", func(c fiber.Ctx) error {
		return c.SendStatus(fiber.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
	})
}
