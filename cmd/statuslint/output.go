package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// printText prints the findings one a line, in file order, as
//
//	file:line:col: check: message
//
// the form golangci-lint prints them in too, so that the name to give
// //statuslint:ignore is on the line. A finding's related positions
// follow on lines of their own, their message indented by a tab. With
// context >= 0, each line is followed by the source lines it points at
// and context lines around them. Files inside dir are named relative to
// it.
func printText(w io.Writer, dir string, findings []finding, context int) {
	src := sourceCache{}
	show := func(pos, end position, text string) {
		fmt.Fprintf(w, "%s: %s\n", position{relPath(dir, pos.file), pos.line, pos.col}, text)
		if context < 0 || pos.line == 0 {
			return
		}
		lines := src.lines(pos.file)
		last := max(end.line, pos.line)
		for i := pos.line - context; i <= last+context; i++ {
			if 1 <= i && i <= len(lines) {
				fmt.Fprintf(w, "%d\t%s\n", i, lines[i-1])
			}
		}
	}
	for _, f := range findings {
		show(f.pos, f.end, f.check+": "+f.message)
		for _, rel := range f.related {
			show(rel.pos, rel.end, "\t"+rel.message)
		}
	}
}

// printProblems prints each problem once, one a line, then the lines
// of the packages analyzed in part.
func printProblems(w io.Writer, problems, partial []problem) {
	for _, p := range append(slices.Clip(problems), partial...) {
		fmt.Fprintln(w, p.text)
	}
}

// printJSON prints one JSON object: package ID to check to its
// diagnostics, as the go/analysis drivers print them with -json, or to
// {"error": ...} for a check that failed. A package that did not build
// or type-check has its errors under "build", and so has one that was
// not analyzed because a package it imports did not build. A package
// analyzed without a part that failed says so under "partial".
func printJSON(w io.Writer, r *result) error {
	tree := map[string]map[string]any{}
	add := func(pkg, key string, v any) {
		if tree[pkg] == nil {
			tree[pkg] = map[string]any{}
		}
		tree[pkg][key] = v
	}
	diags := map[string]map[string][]jsonDiagnostic{}
	for _, f := range r.findings {
		if diags[f.pkg] == nil {
			diags[f.pkg] = map[string][]jsonDiagnostic{}
		}
		diags[f.pkg][f.check] = append(diags[f.pkg][f.check], toJSON(f))
	}
	for pkg, checks := range diags {
		for check, ds := range checks {
			add(pkg, check, ds)
		}
	}
	type where struct{ pkg, key string }
	var order []where
	texts := map[where][]string{}
	for _, p := range slices.Concat(r.problems, r.unanalyzed, r.partial) {
		if p.pkg == "" {
			continue // on standard error only
		}
		w := where{p.pkg, p.key}
		if texts[w] == nil {
			order = append(order, w)
		}
		texts[w] = append(texts[w], p.text)
	}
	for _, w := range order {
		add(w.pkg, w.key, jsonError{strings.Join(texts[w], "\n")})
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

func toJSON(f finding) jsonDiagnostic {
	d := jsonDiagnostic{Posn: f.pos.String(), End: f.end.String(), Message: f.message}
	for _, rel := range f.related {
		d.Related = append(d.Related, jsonRelated{rel.pos.String(), rel.end.String(), rel.message})
	}
	for _, fix := range f.fixes {
		jf := jsonFix{Message: fix.message}
		for _, e := range fix.edits {
			jf.Edits = append(jf.Edits, jsonEdit{e.file, e.start, e.end, e.text})
		}
		d.SuggestedFixes = append(d.SuggestedFixes, jf)
	}
	return d
}

// sourceCache holds the files read for context lines and columns.
type sourceCache map[string][]byte

func (sc sourceCache) content(file string) []byte {
	data, ok := sc[file]
	if !ok {
		data, _ = os.ReadFile(file) // without it, no context
		sc[file] = data
	}
	return data
}

func (sc sourceCache) lines(file string) []string {
	return strings.Split(string(sc.content(file)), "\n")
}
