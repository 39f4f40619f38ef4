package basic

import (
	"fmt"
	"log"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
)

type server struct{ debug bool }

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				w.WriteHeader(http.StatusInternalServerError)
				fmt.Fprintf(w, "panic: %v\n%s", p, debug.Stack()) // want `a stack trace is written to the response body, exposing the server's internals; log it server-side and send a generic message with a request ID`
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func recovererTwin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				log.Printf("panic: %v\n%s", p, debug.Stack())
				http.Error(w, "internal error", http.StatusInternalServerError) // ok: logged, not sent
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func panicValue(w http.ResponseWriter, r *http.Request) {
	defer func() {
		p := recover()
		if p != nil {
			http.Error(w, fmt.Sprint(p), http.StatusInternalServerError) // want `the value recovered from a panic is written to the response body`
		}
	}()
	work()
}

func runtimeStack(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	w.WriteHeader(http.StatusInternalServerError)
	w.Write(buf[:n]) // want `a stack trace is written to the response body`
}

func plusV(w http.ResponseWriter, r *http.Request) {
	if err := work(); err != nil {
		http.Error(w, fmt.Sprintf("%+v", err), http.StatusBadRequest) // want `an error formatted with %\+v or %#v \(which prints its stack trace\) is written to the response body`
	}
}

func plainV(w http.ResponseWriter, r *http.Request) {
	if err := work(); err != nil {
		http.Error(w, fmt.Sprintf("%v", err), http.StatusBadRequest) // ok for this check: no stack trace (a 4xx is the client's business)
	}
}

func builder(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	sb.WriteString("trace: ")
	sb.Write(debug.Stack())
	w.WriteHeader(http.StatusInternalServerError)
	w.Write([]byte(sb.String())) // want `a stack trace is written to the response body`
}

func (s *server) debugOnly(w http.ResponseWriter, r *http.Request) {
	if s.debug {
		w.Write(debug.Stack()) // ok: only under a debug switch
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}

func inJSON(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusInternalServerError, map[string]string{"trace": string(debug.Stack())}) // want `a stack trace is written to the response body \(through writeJSON\)`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.WriteHeader(status)
	fmt.Fprint(w, v)
}

func work() error { return nil }
