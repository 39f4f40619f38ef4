package openapi

import (
	"fmt"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzers/internal/routes"
)

func TestMatchRoutes(t *testing.T) {
	d, err := parseBytes("api.yaml", []byte(`openapi: 3.1.0
info: {title: x, version: "1"}
servers: [{url: "https://example.com/api"}]
paths:
  /users/{userId}:
    get: {responses: {"200": {description: ok}}}
    head: {responses: {"200": {description: ok}}}
    delete: {responses: {"204": {description: ok}}}
  /users/:
    post: {responses: {"201": {description: ok}}}
  /files/{dir}/{name}:
    get: {responses: {"200": {description: ok}}}
  /files/index:
    get: {responses: {"200": {description: ok}}}
  /orphan:
    get: {responses: {"200": {description: ok}}}
  /health:
    get: {responses: {"200": {description: ok}}}
    options: {responses: {"200": {description: ok}}}
`))
	if err != nil {
		t.Fatal(err)
	}
	route := func(method, path string, params ...routes.Param) *routes.Route {
		r := &routes.Route{Method: method, Path: path, Raw: path, Params: params, Handler: routes.Handler{Name: "h"}}
		if n := len(params); n > 0 && params[n-1].Rest {
			r.Rest = true
		}
		return r
	}
	get := route("GET", "/api/users/{id}", routes.Param{Name: "id"})
	get.AlsoHead = true
	rs := []*routes.Route{
		get,
		route("DELETE", "/api/users/{id}", routes.Param{Name: "id"}),
		route("POST", "/api/users"),                                                         // trailing slash differs
		route("GET", "/api/files/{*}", routes.Param{Name: "*", Rest: true, Optional: true}), // catch-all
		route("GET", "/api/files/index"),                                                    // an exact route wins over the catch-all
		route("", "/api/health"),                                                            // any method
		route("GET", "/api/health"),                                                         // the GET route wins for GET
		route("PUT", "/api/undocumented"),
		{Method: "GET", Raw: "<prefix>/x", DynamicPattern: true},
	}
	m := MatchRoutes(rs, d)
	var b strings.Builder
	for _, x := range m.Matches {
		fmt.Fprintf(&b, "%s %s -> %s", x.Route.Method, x.Route.Path, x.Op)
		if x.Note != "" {
			fmt.Fprintf(&b, " (%s)", x.Note)
		}
		b.WriteString("\n")
	}
	for _, r := range m.Unmatched {
		fmt.Fprintf(&b, "unmatched %s %s\n", r.Method, r.Path)
	}
	for _, r := range m.Dynamic {
		fmt.Fprintf(&b, "dynamic %s %s\n", r.Method, r.Raw)
	}
	for _, op := range m.Missing {
		fmt.Fprintf(&b, "missing %s\n", op)
	}
	want := `GET /api/users/{id} -> GET /api/users/{userId}
GET /api/users/{id} -> HEAD /api/users/{userId} (HEAD is served by the GET route)
DELETE /api/users/{id} -> DELETE /api/users/{userId}
POST /api/users -> POST /api/users/ (the paths differ by a trailing slash)
GET /api/files/{*} -> GET /api/files/{dir}/{name} (matched through the rest-of-path parameter {*}, which OpenAPI cannot express)
GET /api/files/index -> GET /api/files/index
 /api/health -> OPTIONS /api/health (the route serves every method)
GET /api/health -> GET /api/health
unmatched PUT /api/undocumented
dynamic GET <prefix>/x
missing GET /api/orphan
`
	if got := b.String(); got != want {
		t.Errorf("matching:\n--- got\n%s--- want\n%s", got, want)
	}
}

func TestSegments(t *testing.T) {
	for in, want := range map[string]string{
		"/":                  "[]",
		"/users/{id}.json":   "[users {}.json]",
		"/a/{x}/b/":          "[a {} b ]",
		"/r/{id:[0-9]{1,3}}": "[r {}]",
	} {
		if got := fmt.Sprint(segments(in)); got != want {
			t.Errorf("segments(%q) = %s, want %s", in, got, want)
		}
	}
}

// A servers URL path the service never sees (a gateway's prefix): the
// route matches the paths key, and says so.
func TestMatchWithoutServerPath(t *testing.T) {
	d, err := parseBytes("api.yaml", []byte(`openapi: 3.1.0
info: {title: x, version: "1"}
servers: [{url: "https://example.com/auth/v1"}]
paths:
  /token:
    post:
      responses: {"200": {description: ok}}
  /auth/v1/user:
    get:
      responses: {"200": {description: ok}}
`))
	if err != nil {
		t.Fatal(err)
	}
	token := &routes.Route{Method: "POST", Path: "/token"}
	user := &routes.Route{Method: "GET", Path: "/auth/v1/auth/v1/user"}
	m := MatchRoutes([]*routes.Route{token, user}, d)
	if len(m.Matches) != 2 || m.Matches[0].Note != "matched without the servers URL path, as the paths key /token" || m.Matches[1].Note != "" {
		t.Errorf("matches = %+v", m.Matches)
	}
}
