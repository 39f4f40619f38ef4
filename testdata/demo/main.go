// Command demo serves the example API on localhost.
package main

import (
	"log"
	"net/http"

	"example.com/demo/api"
)

func main() {
	mux := http.NewServeMux()
	s := api.NewServer()
	s.Routes(mux)
	s.JobRoutes(mux)
	s.ExportRoutes(mux)
	s.StatsRoutes(mux)
	log.Fatal(http.ListenAndServe("127.0.0.1:8080", mux))
}
