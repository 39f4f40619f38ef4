package branches

import (
	"errors"
	"net/http"
)

var errRate = errors.New("rate limited")

func perCase(w http.ResponseWriter, r *http.Request) {
	err := check(r)
	status := http.StatusOK
	switch {
	case errors.Is(err, errRate):
		status = http.StatusTooManyRequests
	case err != nil:
		status = http.StatusInternalServerError
	}
	w.WriteHeader(status) // want `429 Too Many Requests sent without a Retry-After header`
}

func perCaseTwin(w http.ResponseWriter, r *http.Request) {
	err := check(r)
	status := http.StatusOK
	switch {
	case errors.Is(err, errRate):
		status = http.StatusTooManyRequests
		w.Header().Set("Retry-After", "10")
	case err != nil:
		status = http.StatusInternalServerError
	}
	w.WriteHeader(status) // ok: on the path where it is 429, Retry-After is set
}

func oneBranch(w http.ResponseWriter, r *http.Request) {
	busy := r.URL.Query().Has("busy")
	if busy {
		w.Header().Set("Retry-After", "3")
	}
	w.WriteHeader(http.StatusServiceUnavailable) // ok: some path sets it; the check does not guess which paths run
}

func inLoop(w http.ResponseWriter, r *http.Request) {
	tries := len(r.URL.Path)
	for i := 0; i < tries; i++ {
		if i == 3 {
			w.WriteHeader(http.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header`
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

func tagged(w http.ResponseWriter, r *http.Request) {
	kind := r.URL.Query().Get("kind")
	code := http.StatusOK
	switch kind {
	case "slow":
		code = http.StatusTooManyRequests
	}
	if code == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "60")
	}
	w.WriteHeader(code) // ok: the condition pairs the header with the 429
}

func statusFor(err error) int {
	if errors.Is(err, errRate) {
		return http.StatusTooManyRequests
	}
	return http.StatusInternalServerError
}

func mapped(w http.ResponseWriter, r *http.Request) {
	err := check(r)
	code := statusFor(err)
	w.WriteHeader(code) // want `429 Too Many Requests sent without a Retry-After header`
}

func mappedTwin(w http.ResponseWriter, r *http.Request) {
	err := check(r)
	code := statusFor(err)
	if code == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "60")
	}
	w.WriteHeader(code) // ok
}

func unreachable(w http.ResponseWriter, r *http.Request) {
	code := http.StatusOK
	if code == http.StatusTooManyRequests {
		w.WriteHeader(code) // ok: this path cannot be taken
		return
	}
	w.WriteHeader(code)
}

func check(r *http.Request) error {
	if r.URL.Query().Has("slow") {
		return errRate
	}
	return nil
}
