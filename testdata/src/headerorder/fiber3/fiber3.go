// Package fiber3 holds fiber v3 handlers: fasthttp sends the response
// after the handler returns, so a header set after the body still goes
// out.
package fiber3

import "github.com/gofiber/fiber/v3"

func afterBody(c fiber.Ctx) error {
	if err := c.SendString("hello"); err != nil {
		return err
	}
	c.Set("Cache-Control", "no-store")                // ok: nothing is sent before the handler returns
	c.Cookie(&fiber.Cookie{Name: "seen", Value: "1"}) // ok: likewise
	return nil
}

func routes(app *fiber.App) {
	app.Get("/after", afterBody)
}
