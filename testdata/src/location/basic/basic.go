package basic

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

type job struct{ ID string }

func moved(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusMovedPermanently) // want `301 Moved Permanently sent without a Location header; set it before WriteHeader so the client can follow, or use http.Redirect`
}

func movedTwin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/v2/jobs")
	w.WriteHeader(http.StatusMovedPermanently) // ok
}

func redirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/login", http.StatusFound) // ok: http.Redirect sets Location
}

func notModified(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotModified) // ok: 304 is no redirect
}

func created(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // want `201 Created sent with neither a Location header nor a body; set Location to the new resource's URL before WriteHeader, or return the resource in the body`
}

func createdWithBody(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // ok: the resource follows in the body
	json.NewEncoder(w).Encode(job{ID: "1"})
}

func createdWithLocation(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/jobs/1")
	w.WriteHeader(http.StatusCreated) // ok
}

func ginCreated(c *gin.Context) {
	c.JSON(http.StatusCreated, job{ID: "1"}) // ok: c.JSON sends a body
}

func ginCreatedEmpty(c *gin.Context) {
	c.Status(http.StatusCreated) // want `201 Created sent with neither a Location header nor a body`
}

func ginRedirect(c *gin.Context) {
	c.Redirect(http.StatusTemporaryRedirect, "/elsewhere") // ok: c.Redirect sets Location
}
