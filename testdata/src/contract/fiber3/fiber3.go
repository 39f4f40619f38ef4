// Package fiber3 checks routes on fiber v3 groups against the document:
// handlers take the fiber.Ctx interface.
package fiber3

import "github.com/gofiber/fiber/v3"

func serve() {
	app := fiber.New()
	v1 := app.Group("/v1")
	v1.Post("/orders/:id/pay", payOrder)
	v1.Post("/orders/:id/lines", addLine)
	v1.Post("/orders", createOrder)
	v1.Delete("/orders/:id", deleteOrder) // want `route DELETE /v1/orders/\{id\} \(deleteOrder\) has no operation in openapi.yaml`
	app.Listen(":8080")
}

func payOrder(c fiber.Ctx) error { // want `POST /v1/orders/\{id\}/pay \(payOrder\) sends a status that operation POST /v1/orders/\{orderId\}/pay \(payOrder\) at openapi.yaml:\d+ does not declare: 402 Payment Required`
	if c.Params("id") == "unpaid" {
		return c.Status(fiber.StatusPaymentRequired).JSON(fiber.Map{"message": "pay first"})
	}
	return c.JSON(fiber.Map{"id": c.Params("id")})
}

// ok: 404 is declared.
func addLine(c fiber.Ctx) error {
	if c.Params("id") == "none" {
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"message": "no such order"})
	}
	return c.JSON(fiber.Map{"ok": true})
}

// ok: Location is set with the 201.
func createOrder(c fiber.Ctx) error {
	c.Location("/v1/orders/1")
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{"id": "1"})
}

func deleteOrder(c fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) }
