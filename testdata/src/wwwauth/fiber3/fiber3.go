// Package fiber3 holds fiber v3 handlers that answer 401.
package fiber3

import "github.com/gofiber/fiber/v3"

func auth(c fiber.Ctx) error {
	if c.Get("Authorization") == "" {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "login first"}) // want `401 Unauthorized sent without a WWW-Authenticate header; set it before fiber.Ctx.Status`
	}
	return c.Next() // ok: the next handler answers
}

func authTwin(c fiber.Ctx) error {
	if c.Get("Authorization") == "" {
		c.Set(fiber.HeaderWWWAuthenticate, `Bearer realm="api"`)
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "login first"}) // ok: WWW-Authenticate set
	}
	return c.Next() // ok: the next handler answers
}

func routes(app *fiber.App) {
	app.Use(auth, authTwin)
}
