// Package fiber3 holds fiber v3 handlers that answer a method check.
package fiber3

import "github.com/gofiber/fiber/v3"

func items(c fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		return c.SendStatus(fiber.StatusNotImplemented) // want `501 Not Implemented answers a method this handler does not serve`
	}
	return c.SendString("items") // ok: a success
}

func itemsTwin(c fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		c.Set("Allow", fiber.MethodGet)
		return c.SendStatus(fiber.StatusMethodNotAllowed) // ok: 405 with Allow
	}
	return c.SendString("items") // ok: a success
}

func routes(app *fiber.App) {
	app.All("/items", items)
	app.All("/items/twin", itemsTwin)
}
