// Package fiber3 registers fiber v3 routes on groups, Route callbacks and
// an app mounted with Use: handlers take the fiber.Ctx interface, or the
// request and response halves.
package fiber3

import "github.com/gofiber/fiber/v3"

func list(c fiber.Ctx) error { return nil }
func get(c fiber.Ctx) error  { return nil }
func auth(c fiber.Ctx) error { return c.Next() }

func split(req fiber.Req, res fiber.Res) error { return nil }

// notARouter has a Get method of its own.
type notARouter struct{}

func (notARouter) Get(path string, h fiber.Handler) {}

func serve() {
	app := fiber.New()
	app.Use(auth)         // ok: middleware, no route
	app.Use("/api", auth) // ok: middleware under a prefix, no mounted app
	api := app.Group("/api", auth)
	api.Get("/users", auth, list) // Get registers HEAD too; the endpoint is last
	api.Post("/users/:id<int>", get)
	api.Get("/flights/:from-:to", get)
	api.Get("/opt/:name?", get)
	api.Get("/wild/*", get)
	api.Put("/split/:id", split)
	api.Add([]string{fiber.MethodPut, fiber.MethodPatch}, "/users/:id", get)
	app.Route("/v2", func(r fiber.Router) {
		r.Delete("/users/:id", get)
	})
	api.RouteChain("/items").Get(list).Post(auth, get) // one path, a method each
	admin := fiber.New()
	admin.Get("/stats/", list) // the trailing slash goes: routing is not strict by default
	app.Use("/admin", admin)
	notARouter{}.Get("/nope", get) // ok: not a router's method
	app.Listen(":8080")
}
