// want package:`registrars`

// Package gin registers gin routes on nested groups.
package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func list(c *gin.Context)   {}
func get(c *gin.Context)    {}
func create(c *gin.Context) {}
func authed(c *gin.Context) {}
func health(c *gin.Context) {}

func legacy(w http.ResponseWriter, r *http.Request) {}

// users registers on a group it is given.
func users(g *gin.RouterGroup) { // want users:`registers\(0:GET /=list 0:GET /\{id\}=get\)`
	g.GET("/", list)
	g.GET("/:id", get)
}

func serve() {
	r := gin.Default()
	r.GET("/health", health)
	v1 := r.Group("/v1")
	{
		v1.POST("/items", authed, create) // the endpoint is the last handler
		admin := v1.Group("admin")
		admin.Any("/*action", get)
		users(v1.Group("/users"))
	}
	r.Handle("PATCH", "/items/:id", get)
	r.Match([]string{"PUT", "POST"}, "/upsert", create)
	r.Static("/assets", "./public")
	r.GET("/legacy", gin.WrapF(legacy))
	r.Run(":8080")
}
