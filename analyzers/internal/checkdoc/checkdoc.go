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
	text, ok := packageComment(content)
	if !ok {
		f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil {
			return "", fmt.Errorf("doc.go of %s: %w", name, err)
		}
		if f.Doc == nil {
			return "", fmt.Errorf("doc.go of %s has no package comment", name)
		}
		text = f.Doc.Text()
	}
	for _, section := range strings.Split(text, "\n# ") {
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

// packageComment returns the text of the package comment of content as
// go/ast's CommentGroup.Text gives it, for the shape every doc.go has:
// line comments only above the package clause, the doc being the run of
// them that ends on the line before it. ok is false for any other shape,
// which extract hands to go/parser. Each check's Doc is extracted when the
// binary starts, and go vet starts it once per package, dependencies
// included: parsing fifteen files there cost a third of a millisecond
// a process.
func packageComment(content string) (text string, ok bool) {
	if strings.Contains(content, "\r") {
		return "", false
	}
	var group []string
	for line := range strings.Lines(content) {
		line = strings.TrimSuffix(line, "\n")
		switch {
		case strings.HasPrefix(line, "package "):
			if len(group) == 0 {
				return "", false
			}
			return commentText(group), true
		case strings.HasPrefix(line, "//"):
			group = append(group, line)
		case strings.TrimSpace(line) == "":
			group = nil // a blank line ends a comment group
		default:
			return "", false
		}
	}
	return "", false
}

// commentText is CommentGroup.Text for a group of line comments.
func commentText(comments []string) string {
	var lines []string
	for _, c := range comments {
		c = c[2:]
		if strings.HasPrefix(c, " ") {
			c = c[1:]
		} else if isDirective(c) {
			continue
		}
		lines = append(lines, strings.TrimRight(c, " \t\n\r"))
	}
	// No leading blank lines, one blank line for a run of them.
	n := 0
	for _, line := range lines {
		if line != "" || n > 0 && lines[n-1] != "" {
			lines[n] = line
			n++
		}
	}
	lines = lines[:n]
	if n > 0 && lines[n-1] != "" {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// isDirective reports whether a line comment without its // is a
// directive (//go:generate, //line), which CommentGroup.Text leaves out.
func isDirective(c string) bool {
	if strings.HasPrefix(c, "line ") || strings.HasPrefix(c, "extern ") || strings.HasPrefix(c, "export ") {
		return true
	}
	colon := strings.Index(c, ":")
	if colon <= 0 || colon+1 >= len(c) {
		return false
	}
	for i := 0; i <= colon+1; i++ {
		if i == colon {
			continue
		}
		if b := c[i]; !('a' <= b && b <= 'z' || '0' <= b && b <= '9') {
			return false
		}
	}
	return true
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
