// Package fiber registers fiber v2 routes on groups, Route callbacks and
// mounted apps.
package fiber

import "github.com/gofiber/fiber/v2"

func list(c *fiber.Ctx) error { return nil }
func get(c *fiber.Ctx) error  { return nil }
func auth(c *fiber.Ctx) error { return c.Next() }

func serve() {
	app := fiber.New()
	api := app.Group("/api", auth)
	api.Get("/users", auth, list) // Get registers HEAD too; the endpoint is last
	api.Post("/users/:id<int>", get)
	api.Get("/flights/:from-:to", get)
	api.Get("/opt/:name?", get)
	api.Get("/wild/*", get)
	api.Get("/plus/+", get)
	app.Route("/v2", func(r fiber.Router) {
		r.Delete("/users/:id", get)
	})
	admin := fiber.New()
	admin.Get("/stats/", list) // the trailing slash goes: routing is not strict by default
	app.Mount("/admin", admin)
	app.Static("/public", "./public")
	app.Listen(":8080")
}
