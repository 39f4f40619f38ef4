package checkdoc

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"
)

// packageComment must say what go/parser says, on every check's doc.go
// and on the shapes around it.
func TestPackageCommentAsParser(t *testing.T) {
	files, err := filepath.Glob("../../*/doc.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no doc.go found: %v", err)
	}
	cases := map[string]string{}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		cases[name] = string(data)
	}
	cases["header"] = "// Copyright\n\n// Package p does.\n//\n// # Analyzer p\n//\n// p: title   \n//\n//\n// more\n//go:generate x\n//\n\npackage p\n"
	cases["directive"] = "//go:build linux\n\n// Package p.\n//line x.go:1\n//export F\n//a:b c\npackage p\n"
	cases["tabs"] = "//\tindented\n// \n//  two spaces\npackage p\n"
	cases["block"] = "/* Package p. */\npackage p\n"
	cases["none"] = "package p\n"
	cases["detached"] = "// Package p.\n\npackage p\n"
	for name, content := range cases {
		f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, ok := packageComment(content)
		if !ok {
			continue // extract asks go/parser
		}
		if want := f.Doc.Text(); got != want {
			t.Errorf("%s: packageComment =\n%q\ngo/parser says\n%q", name, got, want)
		}
	}
	for _, name := range files {
		if _, ok := packageComment(cases[name]); !ok {
			t.Errorf("%s: not read without go/parser", name)
		}
	}
}
