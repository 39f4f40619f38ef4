package basic

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
)

func Routes(m *http.ServeMux) {
	m.HandleFunc("POST /predict", movedPredict)
	m.HandleFunc("POST /v0/jobs", movedJobs)
	m.HandleFunc("POST /login", login)
	m.HandleFunc("GET /old", oldPage)
	m.HandleFunc("POST /v1/predict", movedPredictTwin)
	m.HandleFunc("/", httpsOnly)
}

func movedPredict(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v1/predict", http.StatusMovedPermanently) // want `301 Moved Permanently redirect answers a POST: clients may follow it with a GET and drop the body; send 308 Permanent Redirect to keep the method, or 303 See Other after a form \(post/redirect/get\)`
}

func movedPredictTwin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v2/predict", http.StatusPermanentRedirect) // ok: 308 keeps the method
}

func movedJobs(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/v1/jobs")
	w.WriteHeader(302) // want `302 Found redirect answers a POST: clients may follow it with a GET and drop the body; send 307 Temporary Redirect`
}

func login(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("user") == "" {
		http.Error(w, "who are you", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/home", http.StatusFound) // ok: post/redirect/get after a form; browsers follow with a GET
}

func oldPage(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/new", http.StatusMovedPermanently) // ok: a GET
}

// Method-agnostic middleware-style redirect: not reported.
func httpsOnly(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://example.com"+r.URL.Path, http.StatusMovedPermanently) // ok: serves every method, no method known
}

func inline(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		http.Redirect(w, r, "/elsewhere", http.StatusFound) // want `302 Found redirect answers a POST`
		return
	}
	http.Redirect(w, r, "/elsewhere", http.StatusFound) // ok: not a POST on this path
}

func switched(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodDelete:
		http.Redirect(w, r, "/gone", http.StatusMovedPermanently) // want `301 Moved Permanently redirect answers a DELETE`
	case http.MethodGet:
		http.Redirect(w, r, "/gone", http.StatusMovedPermanently) // ok
	}
}

func chiRoutes(r chi.Router) {
	r.Put("/items", putItem)
}

func putItem(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v2/items", 301) // want `301 Moved Permanently redirect answers a PUT`
}

func gorillaRoutes(r *mux.Router) {
	r.HandleFunc("/items", patchItem).Methods("PATCH")
}

func patchItem(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v2/items", http.StatusFound) // want `302 Found redirect answers a PATCH`
}

func ginRoutes(r *gin.Engine) {
	r.POST("/submit", func(c *gin.Context) {
		c.Redirect(http.StatusFound, "/done") // want `302 Found redirect answers a POST`
	})
	r.GET("/submit", func(c *gin.Context) {
		c.Redirect(http.StatusFound, "/done") // ok: a GET
	})
}

// gin's Handle names the method as an argument; the entry reader reads
// it through the same table as the route reader.
func ginHandleRoutes(r *gin.Engine) {
	r.Handle("PUT", "/profile", func(c *gin.Context) {
		c.Redirect(http.StatusFound, "/profile") // want `302 Found redirect answers a PUT`
	})
	r.Handle("GET", "/profile/old", func(c *gin.Context) {
		c.Redirect(http.StatusFound, "/profile") // ok: a GET
	})
	r.Any("/anything", func(c *gin.Context) {
		c.Redirect(http.StatusFound, "/") // ok: any method, so no one method to judge by
	})
}

func formRoutes(m *http.ServeMux) {
	m.HandleFunc("POST /settings", saveSettings)
}

func newSettingsForm(r *http.Request) map[string]string { return map[string]string{"theme": r.FormValue("theme")} }

func saveSettings(w http.ResponseWriter, r *http.Request) {
	_ = newSettingsForm(r)
	http.Redirect(w, r, "/settings", http.StatusMovedPermanently) // want `301 Moved Permanently redirect answers a POST: clients may follow it with a GET and drop the body; this handler reads a form: send 303 See Other so the browser follows with a GET on purpose`
}

func htmlRoutes(m *http.ServeMux) {
	m.HandleFunc("POST /logout", logout)
}

func htmlRedirect(w http.ResponseWriter, r *http.Request, to string) {
	http.Redirect(w, r, to, http.StatusFound)
}

func logout(w http.ResponseWriter, r *http.Request) {
	htmlRedirect(w, r, "/") // ok: a browser page's POST button, followed by a GET on purpose
}
