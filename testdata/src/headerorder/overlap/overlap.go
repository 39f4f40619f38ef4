// Package overlap holds late whole responses after a status that allows
// no body: this check owns them, bodystatus stays silent.
package overlap

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func upgrade(w http.ResponseWriter, r *http.Request, hijack func() error) {
	w.Header().Set("Upgrade", "websocket")
	w.WriteHeader(http.StatusSwitchingProtocols)
	if err := hijack(); err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError) // want `http.Error cannot change the status: the response was already committed by the status sent on line 13`
		return
	}
}

func upgradeThenWrite(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusSwitchingProtocols)
	w.Write([]byte("hello")) // ok for this check: bodystatus reports the dropped body
}

func emptyThenJSON(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusNoContent)
	c.JSON(http.StatusOK, gin.H{"id": 1}) // want `gin.Context.JSON cannot change the status`
}

func errorWithNoContent(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "nothing", http.StatusNoContent) // ok for this check: the first status, bodystatus reports its body
}
