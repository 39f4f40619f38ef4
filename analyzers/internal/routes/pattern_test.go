package routes

import (
	"fmt"
	"testing"
)

// The adapters whose syntaxes the table exercises, by name
// (frameworks.Framework.Name).
const (
	NetHTTP = "net/http"
	Chi     = "chi v5"
	Gorilla = "gorilla/mux"
	Gin     = "gin"
	Echo    = "echo v4"
	Fiber   = "fiber v2"
)

// TestJoin checks prefix joining and parameter normalisation for each
// router's syntax.
func TestJoin(t *testing.T) {
	p := func(fw, text string) piece { return piece{Fw: fw, Text: text} }
	tests := []struct {
		pieces []piece
		want   string // template, then flags
	}{
		{[]piece{p(NetHTTP, "/users/{id}")}, "/users/{id}"},
		{[]piece{p(NetHTTP, "/files/{path...}")}, "/files/{path} rest slash"},
		{[]piece{p(NetHTTP, "/static/")}, "/static/{*} rest slash"},
		{[]piece{p(NetHTTP, "/")}, "/{*} rest"},
		{[]piece{p(NetHTTP, "/{$}")}, "/"},
		{[]piece{p(NetHTTP, "/a/{$}")}, "/a/ slash"},
		{[]piece{p(NetHTTP, "/v1"), p(NetHTTP, "/items/")}, "/v1/items/{*} rest slash"},
		{[]piece{p(NetHTTP, "/v1/"), p(NetHTTP, "/x")}, "/v1//x"}, // StripPrefix("/v1/") hands on "x" paths; this is what the mux would need
		{[]piece{p(Chi, "/api"), p(Chi, "/")}, "/api"},
		{[]piece{p(Chi, "/api"), p(Chi, "/{id:[0-9]{1,3}}")}, "/api/{id}"},
		{[]piece{p(Chi, "/api/"), p(Chi, "/x")}, "/api/x"},
		{[]piece{p(Chi, "/files/*")}, "/files/{*} rest"},
		{[]piece{p(Gorilla, "/api/"), p(Gorilla, "/users/{id:[0-9]+}")}, "/api/users/{id}"},
		{[]piece{p(Gorilla, "/api"), {Fw: Gorilla, Text: "/static/", Prefix: true}}, "/api/static/{*} rest"},
		{[]piece{p(Gin, "/v1"), p(Gin, "admin"), p(Gin, "/:id")}, "/v1/admin/{id}"},
		{[]piece{p(Gin, "/v1"), p(Gin, "/")}, "/v1/"},
		{[]piece{p(Gin, "/v1"), p(Gin, "")}, "/v1"},
		{[]piece{p(Gin, "/assets/*filepath")}, "/assets/{filepath} rest"},
		{[]piece{p(Echo, "/api"), p(Echo, "")}, "/api"},
		{[]piece{p(Echo, "/api"), p(Echo, "/")}, "/api/"},
		{[]piece{p(Echo, "/users/:id/*")}, "/users/{id}/{*} rest"},
		{[]piece{p(Fiber, "/api"), p(Fiber, "/users/:id<int>")}, "/api/users/{id}"},
		{[]piece{p(Fiber, "/flights/:from-:to")}, "/flights/{from}-{to}"},
		{[]piece{p(Fiber, "/file/:name.:ext")}, "/file/{name}.{ext}"},
		{[]piece{p(Fiber, "/opt/:name?")}, "/opt/{name}"},
		{[]piece{p(Fiber, "/api"), p(Fiber, "/stats/")}, "/api/stats"},
		{[]piece{p(Fiber, "/a/+")}, "/a/{+} rest"},
		{[]piece{p(Fiber, "/a/*1/*2")}, "/a/{*1}/{*2} rest"},
		{[]piece{p(Chi, "/api"), {Fw: Chi, Text: "sub", Dyn: true}}, "dynamic /api<sub>"},
	}
	for _, tt := range tests {
		j := join(tt.pieces)
		got := j.template
		if j.dynamic {
			got = "dynamic " + j.raw
		}
		if j.rest {
			got += " rest"
		}
		if j.slashRedirect {
			got += " slash"
		}
		if got != tt.want {
			t.Errorf("join(%v) = %q, want %q", tt.pieces, got, tt.want)
		}
	}
}

func TestParams(t *testing.T) {
	j := join([]piece{{Fw: Fiber, Text: "/a/:x?/+"}})
	if got := fmt.Sprint(j.params); got != "[{x false true} {+ true false}]" {
		t.Errorf("params = %s", got)
	}
	j = join([]piece{{Fw: NetHTTP, Text: "/u/{id}/f/{rest...}"}})
	if got := fmt.Sprint(j.params); got != "[{id false false} {rest true true}]" {
		t.Errorf("params = %s", got)
	}
}

func TestSplitMux(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"GET /x", "GET||/x|true"},
		{"/x", "||/x|true"},
		{"example.com/x", "|example.com|/x|true"},
		{"POST  api.example.com/x/{id}", "POST|api.example.com|/x/{id}|true"},
		{"GET", "|||false"},
	} {
		m, h, p, ok := splitMux(tt.in)
		if got := fmt.Sprintf("%s|%s|%s|%v", m, h, p, ok); got != tt.want {
			t.Errorf("splitMux(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
