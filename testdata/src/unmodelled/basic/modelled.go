package basic

import (
	"net/http"

	"github.com/gin-gonic/gin"           // ok: gin v1 is modelled
	fiber2 "github.com/gofiber/fiber/v2" // ok: fiber v2 is modelled
	echo4 "github.com/labstack/echo/v4"  // ok: echo v4 is modelled
)

func listGin(c *gin.Context) { c.JSON(http.StatusOK, gin.H{}) }

func listFiber2(c *fiber2.Ctx) error { return c.SendStatus(http.StatusOK) }

func listEcho4(c echo4.Context) error { return c.NoContent(http.StatusNoContent) }
