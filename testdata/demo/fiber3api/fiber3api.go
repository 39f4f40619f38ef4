// Package fiber3api is the jobs API on fiber v3, where c.Redirect().To
// sends 303 See Other unless Status says otherwise.
package fiber3api

import "github.com/gofiber/fiber/v3"

type job struct {
	ID string `json:"id"`
}

// New returns the fiber app with the routes registered.
func New() *fiber.App {
	app := fiber.New()
	v1 := app.Group("/v1")
	v1.Post("/jobs/:id/retry", retryJob)
	v1.Post("/jobs/:id/retry/checked", retryJobChecked)
	v1.Post("/jobs", createJob)
	v1.Post("/jobs/checked", createJobChecked)
	return app
}

// retryJob asks for 302 Found, which browsers follow with a GET.
func retryJob(c fiber.Ctx) error {
	return c.Redirect().Status(fiber.StatusFound).To("/v1/jobs/" + c.Params("id"))
}

// retryJobChecked is its correct twin: v3's default, 303 See Other.
func retryJobChecked(c fiber.Ctx) error {
	return c.Redirect().To("/v1/jobs/" + c.Params("id"))
}

// createJob reports a bad request as a success.
func createJob(c fiber.Ctx) error {
	var in job
	if err := c.Bind().Body(&in); err != nil {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": "the body is not a job"})
	}
	return c.Status(fiber.StatusCreated).JSON(in)
}

// createJobChecked is its correct twin.
func createJobChecked(c fiber.Ctx) error {
	var in job
	if err := c.Bind().Body(&in); err != nil {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "the body is not a job"})
	}
	return c.Status(fiber.StatusCreated).JSON(in)
}
