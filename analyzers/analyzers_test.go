package analyzers_test

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/statuslint/statuslint/analyzers"
	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
)

// TestMetadata keeps a check from being half-added: every check has a
// doc.go title in vet style, a URL, fixtures, a run in checkRuns, a row in the README's table
// and an entry in the example golangci-lint configuration, and the
// ignore directives know its name.
func TestMetadata(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile(filepath.Join("..", ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range analyzers.All {
		names = append(names, a.Name)
		t.Run(a.Name, func(t *testing.T) {
			if len(a.Name) > 12 || strings.ToLower(a.Name) != a.Name || strings.ContainsFunc(a.Name, func(r rune) bool { return !unicode.IsLetter(r) }) {
				t.Errorf("name %q: want one lowercase word of at most 12 letters", a.Name)
			}
			title := checkdoc.Title(a.Doc)
			if title == "" || len(title) > 60 || strings.HasSuffix(title, ".") || unicode.IsUpper(rune(title[0])) {
				t.Errorf("title %q: want lowercase, no final period, at most 60 characters", title)
			}
			if a.URL != checkdoc.URL(a.Name) {
				t.Errorf("URL = %q, want %q", a.URL, checkdoc.URL(a.Name))
			}
			if _, err := os.Stat(filepath.Join("..", "testdata", "src", a.Name)); err != nil {
				t.Errorf("no fixtures: %v", err)
			}
			if !slices.ContainsFunc(checkRuns, func(c checkRun) bool { return c.a == a }) {
				t.Errorf("no test: checkRuns in checks_test.go has no run of %s", a.Name)
			}
			if !strings.Contains(string(readme), "| `"+a.Name+"` |") {
				t.Errorf("README.md has no table row starting | `%s` |", a.Name)
			}
			if !regexp.MustCompile(`\b` + a.Name + `\b`).Match(example) {
				t.Errorf(".golangci.example.yml does not name %s", a.Name)
			}
			// A check with options shows them, set or commented out.
			hasFlags := false
			a.Flags.VisitAll(func(*flag.Flag) { hasFlags = true })
			if hasFlags && !regexp.MustCompile(`(?m)^\s*#?\s*`+a.Name+`:\s*$`).Match(example) {
				t.Errorf(".golangci.example.yml has no %s: section for its options", a.Name)
			}
		})
	}
	// The directive check is not a finding anyone silences.
	checks := slices.DeleteFunc(slices.Clone(names), func(n string) bool { return n == "directive" })
	slices.Sort(checks)
	if !slices.Equal(checks, ignore.CheckNames) {
		t.Errorf("ignore.CheckNames = %v, want the checks in All: %v", ignore.CheckNames, checks)
	}
	for name := range analyzers.Off {
		if !slices.Contains(names, name) {
			t.Errorf("Off names %q, which is not in All", name)
		}
	}
}
