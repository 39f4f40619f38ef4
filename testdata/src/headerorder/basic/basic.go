package basic

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
)

type item struct{ ID string }

func lateType(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Header().Set("Content-Type", "application/json") // want `Content-Type header set after the response was committed by the status sent on line 15, so net/http drops the change; set headers before WriteHeader and the first Write`
	json.NewEncoder(w).Encode(item{})
}

func lateTypeTwin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK) // ok
	json.NewEncoder(w).Encode(item{})
}

func afterBody(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
	w.Header().Set("X-Request-Id", "abc") // want `X-Request-Id header set after the response was committed by the body write on line 27, an implicit 200 OK, so net/http drops the change`
}

func encodeThenError(w http.ResponseWriter, r *http.Request) {
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // ok: a failed Encode may have written nothing (it marshals first)
	}
}

func encodeThenLaterError(w http.ResponseWriter, r *http.Request, rows interface{ Err() error }) {
	json.NewEncoder(w).Encode(item{})
	if err := rows.Err(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `http.Error cannot change the status: the response was already committed by the body write on line 38, an implicit 200 OK \(net/http ignores it`
	}
}

func earlyHints(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Link", "</style.css>; rel=preload; as=style")
	w.WriteHeader(http.StatusEarlyHints)
	w.Header().Set("Content-Type", "text/html") // ok: a 1xx is an interim response; the final one is still open
	w.WriteHeader(http.StatusOK)                // ok
}

func encodeThenLog(w http.ResponseWriter, r *http.Request) {
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		fmt.Println("encode:", err) // ok: nothing more is sent
	}
}

func twice(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	w.WriteHeader(http.StatusOK) // want `WriteHeader cannot change the status: the response was already committed by the status sent on line 58`
}

func eitherOr(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("x") {
		w.WriteHeader(http.StatusAccepted)
	}
	w.WriteHeader(http.StatusOK) // ok: on one path it is the first
}

func trailers(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Trailer", "X-Checksum")
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("data"))
	w.Header().Set("X-Checksum", "abc")               // ok: a declared trailer
	w.Header().Set(http.TrailerPrefix+"X-Extra", "1") // ok: a trailer by prefix
}

func retryLate(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTooManyRequests)
	w.Header().Set("Retry-After", "1") // ok for this check: retryafter reports it with the status
}

func ginLate(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"id": 1})
	c.Header("X-Total", "1") // want `X-Total header set after the response was committed by the status sent on line 83`
}

func ginStatusFirst(c *gin.Context) {
	c.Status(http.StatusAccepted)
	c.Header("X-Total", "1") // ok: c.Status does not send anything yet
	c.JSON(http.StatusAccepted, gin.H{"id": 1})
}

func fiberLate(c *fiber.Ctx) error {
	err := c.JSON(fiber.Map{"id": 1})
	c.Set("X-Total", "1") // ok: fiber sends the response after the handler returns
	return err
}

func deletedLate(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Header().Del("Content-Length") // want `Content-Length header deleted after the response was committed`
}
