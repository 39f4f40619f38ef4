package main

import (
	"cmp"
	"fmt"
	"go/format"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/rogpeppe/go-internal/diff"
)

// fixOutcome is what -fix did.
type fixOutcome struct {
	applied    int       // fixes applied (or shown, with -diff)
	overlapped int       // fixes left out because they overlap one applied
	files      int       // files changed (or shown)
	remaining  []finding // the findings no applied fix resolves
}

// applyFixes applies the first suggested fix of each finding, as go vet
// -fix does, and writes the files; with printDiff it prints the change
// as a unified diff on w instead. A fix whose edits overlap those of a
// fix already taken is left out whole (identical edits, from a file
// seen with its package and its tests, are one edit). Each changed
// file is gofmt-ed, where it still parses.
func applyFixes(w io.Writer, findings []finding, printDiff bool) (fixOutcome, error) {
	var out fixOutcome
	taken := map[string][]edit{} // by file, sorted by start
	for _, f := range findings {
		if len(f.fixes) == 0 {
			out.remaining = append(out.remaining, f)
			continue
		}
		if !fits(taken, f.fixes[0].edits) {
			out.overlapped++
			out.remaining = append(out.remaining, f)
			continue
		}
		for _, e := range f.fixes[0].edits {
			if !slices.Contains(taken[e.file], e) {
				taken[e.file] = append(taken[e.file], e)
			}
		}
		out.applied++
	}
	for _, file := range sortedKeys(taken) {
		edits := taken[file]
		slices.SortFunc(edits, func(a, b edit) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end)) })
		old, err := os.ReadFile(file)
		if err != nil {
			return out, err
		}
		updated, err := applyEdits(old, edits)
		if err != nil {
			return out, fmt.Errorf("%s: %v (was it changed while statuslint ran?)", file, err)
		}
		if formatted, err := format.Source(updated); err == nil {
			updated = formatted
		}
		out.files++
		if printDiff {
			name := patchPath(file)
			if _, err := w.Write(diff.Diff("a/"+name, old, "b/"+name, updated)); err != nil {
				return out, err
			}
			continue
		}
		info, err := os.Stat(file)
		if err != nil {
			return out, err
		}
		if err := os.WriteFile(file, updated, info.Mode().Perm()); err != nil {
			return out, err
		}
	}
	return out, nil
}

// patchPath is how a file is named in the -diff patch: relative to the
// working directory, with slashes, so that git apply and patch -p1 run
// there take the patch.
func patchPath(file string) string {
	if dir, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(dir, file); err == nil {
			file = rel
		}
	}
	return filepath.ToSlash(file)
}

// fits reports whether the edits can join those taken: each is either
// already taken or touches none of them.
func fits(taken map[string][]edit, edits []edit) bool {
	for _, e := range edits {
		for _, t := range taken[e.file] {
			if e == t {
				continue
			}
			if e.start < t.end && t.start < e.end || e.start == t.start && (e.start == e.end || t.start == t.end) {
				return false
			}
		}
	}
	return true
}

// applyEdits applies edits, sorted and disjoint, to src.
func applyEdits(src []byte, edits []edit) ([]byte, error) {
	var out []byte
	last := 0
	for _, e := range edits {
		if e.start < last || e.end < e.start || e.end > len(src) {
			return nil, fmt.Errorf("an edit at bytes %d-%d does not fit the file", e.start, e.end)
		}
		out = append(out, src[last:e.start]...)
		out = append(out, e.text...)
		last = e.end
	}
	return append(out, src[last:]...), nil
}
