package helpers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func Routes(r *gin.Engine, m *http.ServeMux) {
	r.Any("/login", login)
	r.POST("/v0/orders", createOrder)
	r.POST("/v0/carts", createCart)
	r.GET("/v0/carts", listCarts)
	r.POST("/signup", signupPage)
	m.HandleFunc("/tokens", tokens)
	m.HandleFunc("/sessions", sessions)
}

// A helper called only from the POST branch of its handler serves POST.
func login(c *gin.Context) {
	if c.Request.Method == "POST" {
		doLogin(c)
		return
	}
	showLogin(c)
}

func doLogin(c *gin.Context) {
	var body struct{ User string }
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad request"})
		return
	}
	c.Redirect(http.StatusFound, "/home") // want `302 Found redirect answers a POST: clients may follow it with a GET and drop the body; send 307 Temporary Redirect`
}

func showLogin(c *gin.Context) {
	c.Redirect(http.StatusFound, "/login/form") // ok: reached from the GET side only, no method known
}

// A helper called only from handlers registered for POST serves POST.
func createOrder(c *gin.Context) { moveOrder(c, "/v1/orders") }

func moveOrder(c *gin.Context, to string) {
	if to == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "nowhere"})
		return
	}
	c.Redirect(http.StatusMovedPermanently, to) // want `301 Moved Permanently redirect answers a POST`
}

// Called from a POST and a GET handler: no one method.
func createCart(c *gin.Context) { moveCart(c, "/v1/carts") }
func listCarts(c *gin.Context)  { moveCart(c, "/v1/carts") }

func moveCart(c *gin.Context, to string) {
	if to == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "nowhere"})
		return
	}
	c.Redirect(http.StatusMovedPermanently, to) // ok: serves GET as well as POST
}

// The caller reads a form: post/redirect/get, through the helper too.
func signupPage(c *gin.Context) {
	_ = c.PostForm("email")
	finishSignup(c)
}

func finishSignup(c *gin.Context) {
	if c.Query("next") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "no next"})
		return
	}
	c.Redirect(http.StatusFound, "/welcome") // ok: its caller serves a browser form
}

// net/http: a helper after an early return on other methods.
func tokens(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	issueToken(w, r)
}

func issueToken(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "no credentials", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/v2/tokens", http.StatusMovedPermanently) // want `301 Moved Permanently redirect answers a POST`
}

// A switch case.
func sessions(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodDelete:
		endSession(w, r)
	case http.MethodGet:
		showSession(w, r)
	}
}

func endSession(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "no session", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/v2/sessions", http.StatusFound) // want `302 Found redirect answers a DELETE`
}

func showSession(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "no session", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/v2/sessions", http.StatusFound) // ok: a GET
}

// A helper whose summary the caller expands is reported once, where the
// redirect is written.
func Legacy(m *http.ServeMux) { m.HandleFunc("POST /v0/uploads", upload) }

func upload(w http.ResponseWriter, r *http.Request) { movedUpload(w, r) }

func movedUpload(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v1/uploads", http.StatusMovedPermanently) // want `301 Moved Permanently redirect answers a POST`
}

// An exported helper may have callers in other packages: it inherits nothing.
func Upload(m *http.ServeMux) { m.HandleFunc("POST /v0/files", uploadFile) }

func uploadFile(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		http.Error(w, "empty", http.StatusBadRequest)
		return
	}
	MovedFile(w, r)
}

func MovedFile(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("v") == "" {
		http.Error(w, "no version", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/v1/files", http.StatusMovedPermanently) // ok: exported, its other callers are not seen
}
