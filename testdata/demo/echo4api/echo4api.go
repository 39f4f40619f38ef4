// Package echo4api is the jobs API on echo v4.
package echo4api

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// New returns the echo instance with the routes registered.
func New() *echo.Echo {
	e := echo.New()
	e.DELETE("/v1/jobs/:id", deleteJob)
	e.DELETE("/v1/jobs/:id/checked", deleteJobChecked)
	e.POST("/v1/jobs/:id/cancel", cancelJob)
	e.POST("/v1/jobs/:id/cancel/checked", cancelJobChecked)
	return e
}

// deleteJob sends a body with 204, which clients never see.
func deleteJob(c echo.Context) error {
	return c.JSON(http.StatusNoContent, echo.Map{"deleted": c.Param("id")})
}

// deleteJobChecked is its correct twin.
func deleteJobChecked(c echo.Context) error {
	return c.NoContent(http.StatusNoContent)
}

// cancelJob sends the client on with 302, which browsers follow with a GET.
func cancelJob(c echo.Context) error {
	return c.Redirect(http.StatusFound, "/v1/jobs/"+c.Param("id"))
}

// cancelJobChecked is its correct twin: 303 says "GET the result".
func cancelJobChecked(c echo.Context) error {
	return c.Redirect(http.StatusSeeOther, "/v1/jobs/"+c.Param("id"))
}
