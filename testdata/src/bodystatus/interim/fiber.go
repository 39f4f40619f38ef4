package interim

import (
	fiber2 "github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v3"
)

// fiber v2: fasthttp writes a 1xx as the one response and leaves the
// body out; the client, taking it for an interim response, keeps waiting.
func fiber2Wait(c *fiber2.Ctx) error {
	return c.Status(fiber2.StatusContinue).JSON(fiber2.Map{"state": "pending"}) // want `fiber.Ctx.JSON after Status\(100 Continue\) sends the 1xx as the whole response, without the body, and a client waits for a final response that never comes; send the final status the body is meant for`
}

func fiber2WaitTwin(c *fiber2.Ctx) error {
	return c.Status(fiber2.StatusAccepted).JSON(fiber2.Map{"state": "pending"}) // ok: a final status
}

// fiber v3: the same.
func fiber3Wait(c fiber.Ctx) error {
	return c.Status(fiber.StatusProcessing).SendString("queued") // want `fiber.Ctx.SendString after Status\(102 Processing\) sends the 1xx as the whole response`
}

func fiber3WaitTwin(c fiber.Ctx) error {
	return c.Status(fiber.StatusAccepted).SendString("queued") // ok: a final status
}

func fiber3EarlyHints(c fiber.Ctx) error {
	if err := c.SendEarlyHints([]string{"</app.css>; rel=preload; as=style"}); err != nil { // ok: fasthttp's own 103, sent alone
		return err
	}
	return c.SendString("<html></html>")
}
