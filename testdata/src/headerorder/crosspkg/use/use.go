package use

import (
	"net/http"

	"headerorder/crosspkg/lib"
)

func late(w http.ResponseWriter, r *http.Request) {
	lib.JSON(w, http.StatusOK, []int{1, 2})
	lib.Cache(w) // want `Cache-Control header set after the response was committed by the status sent on line 10, so net/http drops the change`
}

func lateTwin(w http.ResponseWriter, r *http.Request) {
	lib.Cache(w)
	lib.JSON(w, http.StatusOK, []int{1, 2}) // ok
}

func twice(w http.ResponseWriter, r *http.Request) {
	lib.JSON(w, http.StatusOK, []int{1})
	lib.JSON(w, http.StatusInternalServerError, "failed") // want `JSON cannot change the status: the response was already committed by the status sent on line 20`
}

func inLoop(w http.ResponseWriter, r *http.Request) {
	for i := 0; i < 3; i++ {
		if i == 2 {
			lib.JSON(w, http.StatusOK, i) // ok: sent once, then the handler returns
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
