package errreturns

import "net/http"

// Status-returning handlers: an adapter sends the status they return.

type statusHandler func(http.ResponseWriter, *http.Request) (int, error)

func (fn statusHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if code, err := fn(w, r); code != 0 {
		msg := http.StatusText(code)
		if err != nil {
			msg = "request failed"
		}
		http.Error(w, msg, code)
	}
}

func resource(w http.ResponseWriter, r *http.Request) (int, error) {
	switch r.Method {
	case http.MethodGet:
		w.Write([]byte("resource"))
		return 0, nil
	}
	return http.StatusMethodNotAllowed, nil // want `405 Method Not Allowed sent without an Allow header`
}

func resourceTwin(w http.ResponseWriter, r *http.Request) (int, error) {
	switch r.Method {
	case http.MethodGet:
		w.Write([]byte("resource"))
		return 0, nil
	}
	w.Header().Set("Allow", http.MethodGet)
	return http.StatusMethodNotAllowed, nil // ok: Allow is set first
}

func registerStatus(mux *http.ServeMux) {
	mux.Handle("/r", statusHandler(resource))
	mux.Handle("/r2", statusHandler(resourceTwin))
}
