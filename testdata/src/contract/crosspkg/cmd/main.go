package main

import (
	"net/http"

	"contract/crosspkg/api"
)

func main() {
	mux := http.NewServeMux()
	api.Routes(mux) // want `GET /users/\{id\} \(getUser\) sends a status that operation GET /users/\{id\} at openapi.yaml:6 does not declare: 410 Gone \(at api.go:\d+\)` `POST /users \(func literal at api.go:12\) sends a status that operation POST /users at openapi.yaml:15 does not declare: 409 Conflict`
	http.ListenAndServe(":8080", mux)
}
