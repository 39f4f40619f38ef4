// Package fiber3 holds fiber v3 handlers that redirect unsafe requests.
// v3 redirects with 303 See Other unless told otherwise (v2 used 302).
package fiber3

import "github.com/gofiber/fiber/v3"

func save(c fiber.Ctx) error {
	return c.Redirect().Status(fiber.StatusFound).To("/items") // want `302 Found redirect answers a POST: clients may follow it with a GET and drop the body; send 307 Temporary Redirect`
}

func saveTwin(c fiber.Ctx) error {
	return c.Redirect().To("/items") // ok: v3's default is 303 See Other
}

func moved(c fiber.Ctx) error {
	return c.Redirect().Status(fiber.StatusMovedPermanently).With("note", "moved").To("/v2/items") // want `301 Moved Permanently redirect answers a DELETE`
}

func movedTwin(c fiber.Ctx) error {
	return c.Redirect().Status(fiber.StatusPermanentRedirect).With("note", "moved").To("/v2/items") // ok: 308 keeps the method
}

func routes(app *fiber.App) {
	g := app.Group("/items")
	g.Post("", save)
	g.Post("/twin", saveTwin)
	g.Delete("/:id", moved)
	g.Delete("/twin/:id", movedTwin)
}
