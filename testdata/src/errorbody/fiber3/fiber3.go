// Package fiber3 holds fiber v3 handlers: fiber.Ctx is an interface and
// c.Status chains to the senders.
package fiber3

import (
	"github.com/gofiber/fiber/v3"
)

type item struct{ Name string }

func create(c fiber.Ctx) error {
	var in item
	if err := c.Bind().Body(&in); err != nil {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": err.Error()}) // want `error body sent with 200 OK`
	}
	return c.Status(fiber.StatusCreated).JSON(in) // ok: the success path
}

func createTwin(c fiber.Ctx) error {
	var in item
	if err := c.Bind().Body(&in); err != nil {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()}) // ok: a 4xx
	}
	return c.Status(fiber.StatusCreated).JSON(in) // ok: the success path
}

func byID(c fiber.Ctx) error {
	id := fiber.Params[int](c, "id")
	if id == 0 {
		return c.JSON(fiber.Map{"success": false, "message": "bad id"}) // want `error body written with no status set first, so it goes out as 200 OK`
	}
	return c.JSON(fiber.Map{"id": id}) // ok: the generic reader does not hide the response
}

func byIDTwin(c fiber.Ctx) error {
	id := fiber.Params[int](c, "id")
	if id == 0 {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"success": false, "message": "bad id"}) // ok: a 4xx
	}
	return c.JSON(fiber.Map{"id": id}) // ok: a success body
}

func express(req fiber.Req, res fiber.Res) error {
	if req.Query("q") == "" {
		return res.JSON(fiber.Map{"success": false, "message": "no query"}) // want `error body written with no status set first, so it goes out as 200 OK`
	}
	return res.SendString("ok") // ok: a success
}

func expressTwin(req fiber.Req, res fiber.Res) error {
	if req.Query("q") == "" {
		return res.Status(fiber.StatusBadRequest).JSON(fiber.Map{"success": false, "message": "no query"}) // ok: a 4xx
	}
	return res.SendString("ok") // ok: a success
}

func page(c fiber.Ctx) error {
	if c.Query("q") == "" {
		return c.Render("search", fiber.Map{"success": false, "message": "no query"}) // want `error body written with no status set first, so it goes out as 200 OK`
	}
	return c.Render("search", fiber.Map{"results": []string{}}) // ok: Render's body is the template data, here a success
}

func pageTwin(c fiber.Ctx) error {
	if c.Query("q") == "" {
		return c.Status(fiber.StatusBadRequest).Render("search", fiber.Map{"error": "no query"}) // ok: a 4xx
	}
	return c.Render("search", fiber.Map{"results": []string{}}) // ok: a success
}

// fail answers with the status it is given.
func fail(c fiber.Ctx, code int, msg string) error {
	return c.Status(code).JSON(fiber.Map{"error": msg})
}

func viaHelper(c fiber.Ctx) error {
	if c.Query("q") == "" {
		return fail(c, fiber.StatusOK, "no query") // want `error body sent with 200 OK \(through fail\)`
	}
	return fail(c, fiber.StatusBadRequest, "no query") // ok: the helper sends the 400 it is given
}

func closure(c fiber.Ctx) error {
	reply := func(msg string) error {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": msg}) // want `error body sent with 200 OK`
	}
	if c.Query("q") == "" {
		return reply("no query")
	}
	return c.SendString("ok") // ok: a success
}

func closureTwin(c fiber.Ctx) error {
	reply := func(msg string) error {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": msg}) // ok: a 4xx
	}
	if c.Query("q") == "" {
		return reply("no query")
	}
	return c.SendString("ok") // ok: a success
}

func auth(c fiber.Ctx) error {
	if c.Get("Authorization") == "" {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": "unauthorized"}) // want `error body sent with 200 OK`
	}
	return c.Next() // ok: the next handler answers
}

func authTwin(c fiber.Ctx) error {
	if c.Get("Authorization") == "" {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "unauthorized"}) // ok: a 401
	}
	return c.Next() // ok: the next handler answers
}

func routes(app *fiber.App) {
	app.Use(auth, authTwin)
	g := app.Group("/items")
	g.Post("", create)
	g.Post("/twin", createTwin)
	g.Get("/:id", byID)
	g.Get("/twin/:id", byIDTwin)
	app.Get("/express", express)
	app.Get("/express/twin", expressTwin)
	app.Get("/page", page)
	app.Get("/page/twin", pageTwin)
	app.Get("/helper", viaHelper)
	app.Get("/closure", closure)
	app.Get("/closure/twin", closureTwin)
}
