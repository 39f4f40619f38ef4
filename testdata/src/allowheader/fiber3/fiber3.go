// Package fiber3 holds fiber v3 handlers that answer 405.
package fiber3

import "github.com/gofiber/fiber/v3"

func onlyGet(c fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		return c.SendStatus(fiber.StatusMethodNotAllowed) // want `405 Method Not Allowed sent without an Allow header; set it before fiber.Ctx.SendStatus`
	}
	return c.SendString("ok") // ok: a success
}

func onlyGetTwin(c fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		c.Set(fiber.HeaderAllow, fiber.MethodGet)
		return c.SendStatus(fiber.StatusMethodNotAllowed) // ok: Allow set
	}
	return c.SendString("ok") // ok: a success
}

// notAllowed answers with the status it is given.
func notAllowed(c fiber.Ctx, code int) error {
	return c.Status(code).JSON(fiber.Map{"detail": "method not allowed"})
}

func viaHelper(c fiber.Ctx) error {
	return notAllowed(c, fiber.StatusMethodNotAllowed) // want `405 Method Not Allowed sent without an Allow header \(through notAllowed\)`
}

func viaHelperTwin(c fiber.Ctx) error {
	err := notAllowed(c, fiber.StatusMethodNotAllowed) // ok: Allow is set below, before fasthttp sends the response
	c.Append("Allow", "GET", "PUT")
	return err
}

func methods(c fiber.Ctx) error {
	if c.Method() == fiber.MethodTrace {
		return c.SendStatus(fiber.StatusMethodNotAllowed) // want `405 Method Not Allowed sent without an Allow header`
	}
	return c.Next() // ok: the next handler answers
}

func methodsTwin(c fiber.Ctx) error {
	if c.Method() == fiber.MethodTrace {
		c.Set("Allow", "GET, POST")
		return c.SendStatus(fiber.StatusMethodNotAllowed) // ok: Allow set
	}
	return c.Next() // ok: the next handler answers
}

func routes(app *fiber.App) {
	app.Use(methods, methodsTwin)
	app.All("/only", onlyGet)
	app.All("/only/twin", onlyGetTwin)
	app.All("/helper", viaHelper)
	app.All("/helper/twin", viaHelperTwin)
}
