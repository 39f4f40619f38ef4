// Package ginapi is the jobs API on gin: the same mistakes, gin's way.
package ginapi

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type job struct {
	ID   string `json:"id"`
	Kind string `json:"kind" binding:"required"`
}

// New returns the gin engine with the routes registered.
func New() *gin.Engine {
	r := gin.New()
	v1 := r.Group("/v1")
	v1.POST("/jobs", createJob)
	v1.POST("/jobs/checked", createJobChecked)
	v1.GET("/quota", quota)
	v1.GET("/quota/checked", quotaChecked)
	return r
}

// createJob reports a bad request as a success.
func createJob(c *gin.Context) {
	var in job
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusOK, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, in)
}

// createJobChecked is its correct twin.
func createJobChecked(c *gin.Context) {
	var in job
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, in)
}

// quota turns clients away without saying when to come back.
func quota(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusTooManyRequests, gin.H{"detail": "quota exceeded"})
}

// quotaChecked is its correct twin.
func quotaChecked(c *gin.Context) {
	c.Header("Retry-After", "60")
	c.AbortWithStatusJSON(http.StatusTooManyRequests, gin.H{"detail": "quota exceeded"})
}
