// Package echo5 holds echo v5 handlers: *echo.Context is a struct, and
// c.Response() a plain http.ResponseWriter.
package echo5

import (
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v5"
)

type item struct{ Name string }

func create(c *echo.Context) error {
	var in item
	if err := c.Bind(&in); err != nil {
		return c.JSON(http.StatusOK, map[string]string{"error": err.Error()}) // want `error body sent with 200 OK`
	}
	return c.JSON(http.StatusCreated, in) // ok: the success path
}

func createTwin(c *echo.Context) error {
	var in item
	if err := c.Bind(&in); err != nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": err.Error()}) // ok: a 4xx
	}
	return c.JSON(http.StatusCreated, in) // ok: the success path
}

func byID(c *echo.Context) error {
	id, err := echo.PathParam[int](c, "id")
	if err != nil {
		return c.JSON(http.StatusOK, map[string]any{"success": false, "message": "bad id"}) // want `error body sent with 200 OK`
	}
	return c.JSON(http.StatusOK, map[string]any{"id": id}) // ok: the generic reader does not hide the response
}

func byIDTwin(c *echo.Context) error {
	id, err := echo.PathParam[int](c, "id")
	if err != nil {
		return c.JSON(http.StatusBadRequest, map[string]any{"success": false, "message": "bad id"}) // ok: a 4xx
	}
	return c.JSON(http.StatusOK, map[string]any{"id": id}) // ok: a success body
}

func raw(c *echo.Context) error {
	if c.QueryParam("q") == "" {
		c.Response().Header().Set("Content-Type", "application/json")
		c.Response().WriteHeader(http.StatusOK)
		return json.NewEncoder(c.Response()).Encode(map[string]string{"error": "no query"}) // want `error body sent with 200 OK`
	}
	return c.NoContent(http.StatusNoContent) // ok: no body
}

func rawTwin(c *echo.Context) error {
	if c.QueryParam("q") == "" {
		c.Response().Header().Set("Content-Type", "application/json")
		c.Response().WriteHeader(http.StatusBadRequest)
		return json.NewEncoder(c.Response()).Encode(map[string]string{"error": "no query"}) // ok: a 4xx through the writer
	}
	return c.NoContent(http.StatusNoContent) // ok: no body
}

// fail answers with the status it is given.
func fail(c *echo.Context, code int, msg string) error {
	return c.JSON(code, map[string]any{"error": msg})
}

func viaHelper(c *echo.Context) error {
	if c.QueryParam("q") == "" {
		return fail(c, http.StatusOK, "no query") // want `error body sent with 200 OK \(through fail\)`
	}
	return fail(c, http.StatusBadRequest, "no query") // ok: the helper sends the 400 it is given
}

func closure(c *echo.Context) error {
	reply := func(msg string) error {
		return c.JSON(http.StatusOK, map[string]any{"error": msg}) // want `error body sent with 200 OK`
	}
	if c.QueryParam("q") == "" {
		return reply("no query")
	}
	return c.String(http.StatusOK, "ok") // ok: a success
}

func closureTwin(c *echo.Context) error {
	reply := func(msg string) error {
		return c.JSON(http.StatusBadRequest, map[string]any{"error": msg}) // ok: a 4xx
	}
	if c.QueryParam("q") == "" {
		return reply("no query")
	}
	return c.String(http.StatusOK, "ok") // ok: a success
}

func auth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			return c.JSON(http.StatusOK, map[string]any{"error": "unauthorized"}) // want `error body sent with 200 OK`
		}
		return next(c) // ok: the next handler answers
	}
}

func authTwin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			return c.JSON(http.StatusUnauthorized, map[string]any{"error": "unauthorized"}) // ok: a 401
		}
		return next(c) // ok: the next handler answers
	}
}

func routes(e *echo.Echo) {
	e.Use(auth, authTwin)
	g := e.Group("/items")
	g.POST("", create)
	g.POST("/twin", createTwin)
	g.GET("/:id", byID)
	g.GET("/twin/:id", byIDTwin)
	e.GET("/raw", raw)
	e.GET("/raw/twin", rawTwin)
	e.GET("/helper", viaHelper)
	e.GET("/closure", closure)
	e.GET("/closure/twin", closureTwin)
}
