// Package echo5api is the jobs API on echo v5, where *echo.Context is a
// struct and c.Response() a plain http.ResponseWriter.
package echo5api

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
)

type job struct {
	ID string `json:"id"`
}

var errStore = errors.New("store: connection refused to 10.0.0.7:5432")

func save(j job) error { return errStore }

// New returns the echo instance with the routes registered.
func New() *echo.Echo {
	e := echo.New()
	g := e.Group("/v1")
	g.POST("/jobs", createJob)
	g.POST("/jobs/checked", createJobChecked)
	g.PUT("/jobs/:id", replaceJob)
	g.PUT("/jobs/:id/checked", replaceJobChecked)
	return e
}

// createJob says 201 Created but not where the job is.
func createJob(c *echo.Context) error {
	var in job
	if err := c.Bind(&in); err != nil {
		return echo.ErrBadRequest
	}
	return c.NoContent(http.StatusCreated)
}

// createJobChecked is its correct twin.
func createJobChecked(c *echo.Context) error {
	var in job
	if err := c.Bind(&in); err != nil {
		return echo.ErrBadRequest
	}
	c.Response().Header().Set(echo.HeaderLocation, "/v1/jobs/"+in.ID)
	return c.NoContent(http.StatusCreated)
}

// replaceJob hands the store's error text to the client.
func replaceJob(c *echo.Context) error {
	in := job{ID: c.Param("id")}
	if err := save(in); err != nil {
		return c.String(http.StatusInternalServerError, err.Error())
	}
	return c.JSON(http.StatusOK, in)
}

// replaceJobChecked is its correct twin.
func replaceJobChecked(c *echo.Context) error {
	in := job{ID: c.Param("id")}
	if err := save(in); err != nil {
		c.Logger().Error("saving job", "err", err)
		return c.String(http.StatusInternalServerError, "could not save the job")
	}
	return c.JSON(http.StatusOK, in)
}
