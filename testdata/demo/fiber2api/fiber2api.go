// Package fiber2api is the jobs API on fiber v2.
package fiber2api

import "github.com/gofiber/fiber/v2"

// New returns the fiber app with the routes registered.
func New() *fiber.App {
	app := fiber.New()
	app.Post("/v1/jobs/:id/retry", retryJob)
	app.Post("/v1/jobs/:id/retry/checked", retryJobChecked)
	app.Get("/v1/export", export)
	app.Get("/v1/export/checked", exportChecked)
	return app
}

// retryJob redirects a POST with v2's default, 302 Found.
func retryJob(c *fiber.Ctx) error {
	return c.Redirect("/v1/jobs/" + c.Params("id"))
}

// retryJobChecked is its correct twin.
func retryJobChecked(c *fiber.Ctx) error {
	return c.Redirect("/v1/jobs/"+c.Params("id"), fiber.StatusSeeOther)
}

// export is switched off for maintenance, and does not say for how long.
func export(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusServiceUnavailable)
}

// exportChecked is its correct twin.
func exportChecked(c *fiber.Ctx) error {
	c.Set(fiber.HeaderRetryAfter, "30")
	return c.SendStatus(fiber.StatusServiceUnavailable)
}
