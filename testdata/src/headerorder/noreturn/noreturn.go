// Package noreturn: an error answer in a branch that forgets to
// return, followed by the success answer.
package noreturn

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type order struct{ Qty int }

func create(c *gin.Context) {
	var o order
	if err := c.ShouldBindJSON(&o); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad order"})
	}
	if o.Qty > 10 {
		c.JSON(http.StatusConflict, gin.H{"error": "too many"}) // ok: in a branch of its own, which may not run on that path
	}
	c.JSON(http.StatusCreated, o) // want `gin.Context.JSON runs after the response written on line 16` 
}

func createTwin(c *gin.Context) {
	var o order
	if err := c.ShouldBindJSON(&o); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad order"})
		return
	}
	if o.Qty > 10 {
		c.JSON(http.StatusConflict, gin.H{"error": "too many"}) // ok: the branch above returns
		return
	}
	c.JSON(http.StatusCreated, o) // ok: every branch before returns
}

func update(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		http.Error(w, "empty", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusNoContent) // want `WriteHeader runs after the response written on line 39, whose branch does not return`
}

func updateTwin(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		http.Error(w, "empty", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent) // ok: the error branch returns
}

// correlated: two branches on the same condition cannot both run; the
// second write is inside a branch of its own, so it is not judged.
func correlated(w http.ResponseWriter, r *http.Request) {
	empty := r.ContentLength == 0
	if empty {
		http.Error(w, "empty", http.StatusBadRequest)
	}
	if !empty {
		w.WriteHeader(http.StatusNoContent) // ok: not on the path through the first write
	}
}

func routes(g *gin.Engine, mux *http.ServeMux) {
	g.POST("/orders", create)
	g.POST("/orders2", createTwin)
	mux.HandleFunc("PUT /x", update)
	mux.HandleFunc("PUT /y", updateTwin)
	mux.HandleFunc("PUT /z", correlated)
}
