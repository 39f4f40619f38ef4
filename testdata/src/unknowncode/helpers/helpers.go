// Package helpers: a print-shop API whose statuses reach the response
// through helpers, variables and a mapping function.
package helpers

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func queue(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("a") {
		writeJSON(w, 230, map[string]int{"pages": 3}) // want `status 230 is not a registered HTTP status code`
		return
	}
	if r.URL.Query().Has("b") {
		writeJSON(w, 1000, map[string]int{"pages": 3}) // want `status 1000 is outside 100-999 and net/http panics`
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]int{"pages": 3}) // ok: registered
}

const statusPaperJam = 532 // want `status 532 is not a registered HTTP status code.*\(constant statusPaperJam, sent as a status at 2 places\)`

const statusQueued = http.StatusAccepted

func jam(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("tray") {
		writeJSON(w, statusPaperJam, nil) // ok: reported at the constant
		return
	}
	if r.URL.Query().Has("drum") {
		w.WriteHeader(statusPaperJam) // ok: reported at the constant
		return
	}
	writeJSON(w, statusQueued, nil) // ok: registered
}

func variable(w http.ResponseWriter, r *http.Request) {
	code := http.StatusOK
	if r.URL.Query().Has("color") {
		code = 299 // want `status 299 is not a registered HTTP status code`
	}
	if r.URL.Query().Has("duplex") {
		code = http.StatusCreated // ok: registered
	}
	w.WriteHeader(code)
}

var errNoToner = errors.New("no toner")

// statusFor maps errors to statuses.
func statusFor(err error) int {
	if errors.Is(err, errNoToner) {
		return 507 // ok: registered (Insufficient Storage)
	}
	if err != nil {
		return 550 // want `status 550 is not a registered HTTP status code`
	}
	return http.StatusOK
}

// unused maps too, but its result is never sent as a status.
func unused(err error) int {
	if err != nil {
		return 551 // ok: never sent
	}
	return 0
}

func print(w http.ResponseWriter, r *http.Request) {
	_ = unused(nil)
	w.WriteHeader(statusFor(errNoToner))
}

func stream(c *gin.Context) {
	c.Render(-1, render.String{Format: "data: tick\n\n"}) // ok: gin keeps the current status for -1
	c.JSON(0, gin.H{"tick": 1})                           // ok: and for 0
	c.JSON(-2, gin.H{"tick": 1})                          // ok: and for any code below 1
	reply(c, -1, gin.H{"tick": 2})                        // ok: through a gin helper too
	reply(c, 1000, gin.H{"tick": 2})                      // want `status 1000 is outside 100-999`
}

func reply(c *gin.Context, status int, v any) {
	c.JSON(status, v)
}

func streamTwin(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(0) // want `status 0 is outside 100-999 and net/http panics`
}
