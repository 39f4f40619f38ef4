// Package checkdoc extracts a check's documentation from its doc.go, so
// that `help NAME`, `statuslint explain NAME` and pkg.go.dev all show the
// same text, written once.
package checkdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// extract returns the "# Analyzer NAME" section of the package comment in
// content (the text of a doc.go), without its heading: the first line is
// the title that follows "NAME:", the rest is the description.
func extract(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("doc.go of %s: %w", name, err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go of %s has no package comment", name)
	}
	for _, section := range strings.Split(f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name+"\n")
		if !ok {
			continue
		}
		body = strings.TrimSpace(body)
		rest, ok := strings.CutPrefix(body, name+":")
		if !ok {
			return "", fmt.Errorf("doc.go of %s: heading not followed by a %q line", name, name+": title")
		}
		return strings.TrimSpace(rest), nil
	}
	return "", fmt.Errorf("doc.go of %s has no '# Analyzer %s' section", name, name)
}

// MustExtract is extract for package initialisation: a missing section is
// a programming error caught by the first test run.
func MustExtract(content, name string) string {
	doc, err := extract(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}

// Title returns the first line of an analyzer's Doc.
func Title(doc string) string {
	title, _, _ := strings.Cut(doc, "\n")
	return title
}

// URL is where a check's documentation lives on pkg.go.dev.
func URL(name string) string {
	return "https://pkg.go.dev/github.com/statuslint/statuslint/analyzers/" + name
}
