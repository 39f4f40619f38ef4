package openapi

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dump renders a document's operations one per line.
func dump(d *Doc) string {
	var b strings.Builder
	fmt.Fprintf(&b, "version %s\n", d.Version)
	for _, op := range d.Operations {
		fmt.Fprintf(&b, "%s", op)
		if len(op.Paths) > 1 {
			fmt.Fprintf(&b, " also %s", strings.Join(op.Paths[1:], " "))
		}
		fmt.Fprintf(&b, " line %d:", op.Line)
		for _, r := range op.Responses {
			fmt.Fprintf(&b, " %s", r.Key)
			if len(r.Headers) > 0 {
				fmt.Fprintf(&b, "[%s]", strings.Join(r.Headers, ","))
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestLoad(t *testing.T) {
	tests := []struct{ file, want string }{
		{"v30.yaml", `version 3.0.3
GET /v1/pets (listPets) line 10: 200 4XX default
POST /v1/pets (createPet) line 16: 201[Location] 429[Retry-After]
GET /v1/pets/{petId} line 26: 200 404
DELETE /v1/pets/{petId} line 30: 204
`},
		{"v31.json", `version 3.1.0
GET / line 14: 200
GET /files/{path} (getFile) line 6: 200 5XX
`},
		{"v20.yaml", `version 2.0
GET /api/users/{id} (getUser) line 6: 200 404[X-Request-Id]
PUT /api/users/{id} line 12: 204 405[Allow,X-Rate-Limit]
`},
		// A 2.0 path item in another file: its operations are read (kin-openapi
		// dropped them), without a line.
		{"v20pathitem.yaml", `version 2.0
GET /api/health line 8: 204
GET /api/users (listUsers) line 0: 200
`},
		{"v32.yaml", `version 3.2.0
GET /v2/items line 17: 200
QUERY /v2/items (searchItems) line 8: 200 400[X-Problem]
COPY /v2/items line 14: 201[Location]
`},
		// The path item comes from another file, so its operation has no
		// line in the document; that file's own reference resolves
		// relative to it. Path-level and operation-level servers replace
		// the document's.
		{"pathitem.yaml", `version 3.1.0
GET /api/users (listUsers) line 0: 200 503[Retry-After]
HEAD /ops/health line 12: 204
GET /probe/health line 9: 204
`},
		// Schemas that refer to themselves load: the check reads no schemas.
		{"recursive.yaml", `version 3.1.0
GET /nodes/{id} line 5: 200 404[Cache-Control]
`},
		{"external.yaml", `version 3.0.0
GET /x line 5: 503[Retry-After]
`},
	}
	for _, tt := range tests {
		d, err := Load(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		if got := dump(d); got != tt.want {
			t.Errorf("%s:\n--- got\n%s--- want\n%s", tt.file, got, tt.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ file, want string }{
		{"missing.yaml", "OpenAPI document testdata/missing.yaml: no such file"},
		{"malformed.yaml", "OpenAPI document testdata/malformed.yaml: not valid YAML or JSON: "},
		{"unresolved.yaml", `OpenAPI document testdata/unresolved.yaml: cannot resolve $ref "#/components/responses/Nope" at line 8: nothing at #/components/responses/Nope`},
		{"notopenapi.json", `OpenAPI document testdata/notopenapi.json: no "openapi" or "swagger" field at the top level: not an OpenAPI document`},
		{"empty.yaml", "OpenAPI document testdata/empty.yaml: the file is empty"},
		{"badext.yaml", `OpenAPI document testdata/badext.yaml: cannot resolve $ref "missing-file.yaml#/Unavailable" at line 8: missing-file.yaml: no such file`},
		{"remote.yaml", `OpenAPI document testdata/remote.yaml: cannot resolve $ref "https://example.com/shared.yaml#/Unavailable" at line 8: remote references are not followed`},
		// Responses whose references go round in a loop: an error, not a
		// hang, a panic or a response without headers.
		{"loop.yaml", `OpenAPI document testdata/loop.yaml: cannot resolve $ref: the references A -> B -> A form a loop (line 11)`},
		{"fileloop.yaml", `OpenAPI document testdata/fileloop.yaml: cannot resolve $ref "fileloop.yaml#/paths/~1x/get/responses/503" in GET /x responses 503: the references form a loop`},
		{"v40.yaml", `OpenAPI document testdata/v40.yaml: OpenAPI version "4.0.0" is not supported; 3.0, 3.1, 3.2 and Swagger 2.0 are`},
	}
	for _, tt := range tests {
		_, err := Load(filepath.Join("testdata", tt.file))
		if err == nil {
			t.Errorf("%s: no error", tt.file)
			continue
		}
		msg := err.Error()
		t.Logf("%s: %s", tt.file, msg)
		if strings.Contains(msg, "\n") {
			t.Errorf("%s: error has more than one line: %q", tt.file, msg)
		}
		if !strings.HasPrefix(msg, tt.want) {
			t.Errorf("%s: error %q does not start with %q", tt.file, msg, tt.want)
		}
	}
}

// TestLoadCache: one parse per path and content; an edit is read afresh.
func TestLoadCache(t *testing.T) {
	file := filepath.Join(t.TempDir(), "api.yaml")
	write := func(s string) {
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const doc = "openapi: 3.1.0\ninfo: {title: x, version: \"1\"}\npaths:\n  /a:\n    get:\n      responses: {\"200\": {description: ok}}\n"
	write(doc)
	d1, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	d2, _ := Load(file)
	if d1 != d2 {
		t.Error("the same file was parsed twice")
	}
	write(strings.Replace(doc, "/a", "/b", 1))
	d3, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if d3 == d1 || d3.Operations[0].Path != "/b" || d3.Hash == d1.Hash {
		t.Errorf("an edited file gave the old document: %s", dump(d3))
	}
}

func TestSwaggerUnresolved(t *testing.T) {
	_, err := parseBytes("api.yaml", []byte("swagger: \"2.0\"\ninfo: {title: x, version: \"1\"}\npaths:\n  /a:\n    get:\n      responses:\n        404: {$ref: \"#/responses/Gone\"}\n"))
	want := `OpenAPI document api.yaml: cannot resolve $ref "#/responses/Gone" at line 7: nothing at #/responses/Gone`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}

// TestLoadQuiet: libopenapi logs to standard output unless told otherwise;
// nothing may reach the user's terminal, or go vet's output, but errors.
func TestLoadQuiet(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.*"))
	if err != nil || len(files) == 0 {
		t.Fatal("no testdata", err)
	}
	stdout, stderr := os.Stdout, os.Stderr
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout, os.Stderr = w, w
	for _, f := range files {
		data, _ := os.ReadFile(f)
		parseBytes(f, data) // not Load: its cache would skip the parse
	}
	os.Stdout, os.Stderr = stdout, stderr
	w.Close()
	out, _ := io.ReadAll(r)
	if len(out) > 0 {
		t.Errorf("loading the testdata wrote:\n%s", out)
	}
}

func TestCovers(t *testing.T) {
	d, err := Load(filepath.Join("testdata", "v30.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	list := d.Operations[0] // GET /v1/pets: 200 4XX default
	for code, want := range map[int]string{200: "200", 404: "4XX", 500: "default"} {
		if r := list.Covers(code); r == nil || r.Key != want {
			t.Errorf("Covers(%d) = %v, want %s", code, r, want)
		}
	}
	del := d.Operations[3] // DELETE: 204 only
	if r := del.Covers(500); r != nil {
		t.Errorf("Covers(500) on %s = %s, want none", del, r.Key)
	}
}
