// Package overlap holds late whole responses after a status that allows
// no body: headerorder owns them, this check stays silent.
package overlap

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func upgrade(w http.ResponseWriter, r *http.Request, hijack func() error) {
	w.Header().Set("Upgrade", "websocket")
	w.WriteHeader(http.StatusSwitchingProtocols)
	if err := hijack(); err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError) // ok: headerorder reports this late http.Error
		return
	}
}

func upgradeThenWrite(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusSwitchingProtocols)
	w.Write([]byte("hello")) // want `body written after 101 Switching Protocols, which cannot carry one`
}

func emptyThenJSON(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusNoContent)
	c.JSON(http.StatusOK, gin.H{"id": 1}) // ok: headerorder reports the late c.JSON
}

func emptyThenEncode(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	w.Write([]byte(`{"id": 1}`)) // want `body written after 204 No Content`
}

func errorWithNoContent(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "nothing", http.StatusNoContent) // want `http.Error writes a body, which a 204 No Content cannot carry`
}
