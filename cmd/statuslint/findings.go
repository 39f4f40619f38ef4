package main

import (
	"cmp"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A result is what one run found, whichever engine ran it: the findings
// and the problems that kept some package from being analyzed.
type result struct {
	findings []finding
	problems []problem
	// warnings are the C compiler's warnings of cgo packages that
	// built: shown on a cold cache only, never a problem.
	warnings []stderrBlock
	// unanalyzed are the packages left out only because a package they
	// import did not build: listed in -json, whose reader sees packages
	// one by one, and not printed, as the failing package's own error
	// says it all.
	unanalyzed []problem
	// partial are the packages analyzed without a part that failed
	// (their tests, their //go:embed files), one line each.
	partial []problem
	// notes are lines said after the findings, that change no exit code
	// (contractTally's count of the routes left out).
	notes []string
}

// A finding is one diagnostic of one check.
type finding struct {
	pkg      string // the package's ID, as -json keys it
	check    string
	pos, end position
	message  string
	related  []related
	fixes    []suggestedFix
}

type related struct {
	pos, end position
	message  string
}

type suggestedFix struct {
	message string
	edits   []edit
}

// An edit replaces the bytes [start, end) of file with text.
type edit struct {
	file       string
	start, end int
	text       string
}

// A position is a place in a file: lines and columns from 1, columns
// in bytes. A zero position is unknown.
type position struct {
	file      string
	line, col int
}

func (p position) String() string {
	if p.file == "" {
		return "-"
	}
	return fmt.Sprintf("%s:%d:%d", p.file, p.line, p.col)
}

func (p position) compare(q position) int {
	return cmp.Or(strings.Compare(p.file, q.file), cmp.Compare(p.line, q.line), cmp.Compare(p.col, q.col))
}

// parsePosition reads "file:line:col" as go vet -json writes it. The
// file may hold colons itself (a Windows drive), so it is read from the
// right.
func parsePosition(s string) position {
	rest, colText, ok1 := cutLast(s, ":")
	file, lineText, ok2 := cutLast(rest, ":")
	line, err1 := strconv.Atoi(lineText)
	col, err2 := strconv.Atoi(colText)
	if !ok1 || !ok2 || err1 != nil || err2 != nil {
		return position{file: s}
	}
	return position{file: file, line: line, col: col}
}

func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// A problem is an error that is not a finding: a package that does not
// load, build or type-check, or a check that failed. Each makes the run
// incomplete, so it outranks findings in the exit code.
type problem struct {
	pkg  string // the package it belongs to, if known
	key  string // what it is about in -json: "build", or a check or pass
	text string
}

// sorted returns the findings in file order, each once: a file analyzed
// both with its package and with its tests gives the same finding twice.
func (r *result) sorted() []finding {
	type key struct {
		check, message string
		pos            position
	}
	seen := map[key]bool{}
	var out []finding
	for _, f := range r.findings {
		k := key{f.check, f.message, f.pos}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b finding) int {
		return cmp.Or(a.pos.compare(b.pos), strings.Compare(a.check, b.check), strings.Compare(a.message, b.message))
	})
	return out
}

// addProblem records a problem once.
func (r *result) addProblem(p problem) {
	for _, q := range r.problems {
		if q.text == p.text {
			return
		}
	}
	r.problems = append(r.problems, p)
}

// relPath shortens a file name to be relative to dir when it is inside
// it, as go vet and the compiler print them.
func relPath(dir, file string) string {
	if dir == "" || !filepath.IsAbs(file) {
		return file
	}
	if rel, err := filepath.Rel(dir, file); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return file
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
