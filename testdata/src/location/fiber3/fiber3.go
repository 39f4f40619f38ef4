// Package fiber3 holds fiber v3 handlers that answer 201 and 3xx.
package fiber3

import "github.com/gofiber/fiber/v3"

type item struct{ ID string }

func create(c fiber.Ctx) error {
	return c.SendStatus(fiber.StatusCreated) // want `201 Created sent with neither a Location header nor a body; set Location to the new resource's URL before fiber.Ctx.SendStatus`
}

func createTwin(c fiber.Ctx) error {
	c.Location("/items/1")
	return c.SendStatus(fiber.StatusCreated) // ok: Location set
}

func createBody(c fiber.Ctx) error {
	return c.Status(fiber.StatusCreated).JSON(item{ID: "1"}) // ok: the new resource is the body
}

func moved(c fiber.Ctx) error {
	c.Status(fiber.StatusFound) // want `302 Found sent without a Location header; set it before fiber.Ctx.Status`
	return nil
}

func movedTwin(c fiber.Ctx) error {
	return c.Redirect().Status(fiber.StatusFound).To("/next") // ok: To sets Location
}

func seeOther(c fiber.Ctx) error {
	return c.Redirect().To("/next") // ok: To sets Location, with 303 See Other
}

func routes(app *fiber.App) {
	app.Post("/items", create)
	app.Post("/items/twin", createTwin)
	app.Post("/items/body", createBody)
	app.Get("/moved", moved)
	app.Get("/moved/twin", movedTwin)
	app.Post("/see", seeOther)
}
