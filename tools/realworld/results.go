package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// parseFindings reads statuslint -json output: package, then check, then
// a list of diagnostics, or an error object where the check failed.
// File names become relative to dir.
func parseFindings(out []byte, dir string) ([]finding, error) {
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		return nil, fmt.Errorf("reading statuslint -json: %v", err)
	}
	seen := map[finding]bool{}
	var fs []finding
	for pkg, checks := range tree {
		for check, raw := range checks {
			if check == "build" || check == "partial" {
				// A package that did not build, or was analyzed without a
				// part that failed: the service's other findings stand, as
				// they do when the command exits 1 (see lint).
				continue
			}
			var diags []struct{ Posn, Message string }
			if err := json.Unmarshal(raw, &diags); err != nil {
				var failed struct{ Error string }
				if json.Unmarshal(raw, &failed) == nil && failed.Error != "" {
					return nil, fmt.Errorf("%s failed on %s: %s", check, pkg, firstLine(failed.Error))
				}
				return nil, fmt.Errorf("reading statuslint -json for %s on %s: %v", check, pkg, err)
			}
			for _, d := range diags {
				file, line, col := splitPos(d.Posn)
				f := finding{file: relative(dir, file), line: line, col: col, check: check, message: d.Message}
				if !seen[f] { // a package and its test variant report alike
					seen[f] = true
					fs = append(fs, f)
				}
			}
		}
	}
	slices.SortFunc(fs, compareFindings)
	return fs, nil
}

func compareFindings(a, b finding) int {
	return cmp.Or(
		cmp.Compare(a.file, b.file),
		cmp.Compare(a.line, b.line),
		cmp.Compare(a.col, b.col),
		cmp.Compare(a.check, b.check),
		cmp.Compare(a.message, b.message))
}

// splitPos splits file:line:col; a position without numbers keeps them 0.
func splitPos(pos string) (file string, line, col int) {
	file = pos
	for _, n := range []*int{&col, &line} {
		i := strings.LastIndexByte(file, ':')
		if i < 0 {
			break
		}
		v, err := strconv.Atoi(file[i+1:])
		if err != nil {
			break
		}
		*n, file = v, file[:i]
	}
	if line == 0 { // only one number: it was the line
		line, col = col, 0
	}
	return file, line, col
}

// relative names file from dir, with slashes, when it is inside dir.
func relative(dir, file string) string {
	if rel, err := filepath.Rel(dir, file); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(file)
}

func (f finding) pos() string {
	if f.col == 0 {
		return fmt.Sprintf("%s:%d", f.file, f.line)
	}
	return fmt.Sprintf("%s:%d:%d", f.file, f.line, f.col)
}

// totals of a coverage report.
func totals(c *coverage) (entries, entriesOpaque, helpers, helpersOpaque int) {
	for _, p := range c.Packages {
		entries += p.Entries
		entriesOpaque += p.EntriesOpaque
		helpers += p.Helpers
		helpersOpaque += p.HelpersOpaque
	}
	return
}

// share is the opaque share of handler functions: how many went opaque
// on some path, of all entry points and helpers.
func share(c *coverage) string {
	e, eo, h, ho := totals(c)
	return "opaque " + ratio(eo+ho, e+h)
}

func ratio(n, of int) string {
	if of == 0 {
		return "0 of 0"
	}
	return fmt.Sprintf("%d of %d (%.1f%%)", n, of, 100*float64(n)/float64(of))
}

// render writes the results file: a table of counts per service and
// check, then per service its findings and escapes, one a line.
func render(services []service, results []result, withCoverage bool) string {
	var b strings.Builder
	b.WriteString("# statuslint on the pinned real-world set (realworld/services.txt), written by make realworld.\n")
	b.WriteString("# A finding is SERVICE: FILE:LINE:COL: CHECK: MESSAGE, the file relative to the service's module.\n")
	if !withCoverage {
		b.WriteString("# The binary had no coverage command: no opaque share.\n")
	}

	var checks []string
	for _, r := range results {
		for _, f := range r.findings {
			if !slices.Contains(checks, f.check) {
				checks = append(checks, f.check)
			}
		}
	}
	slices.Sort(checks)
	rows := [][]string{append(append([]string{"service", "findings"}, checks...), "opaque share")}
	sum := make([]int, len(checks)+1)
	var all coverage
	for i, s := range services {
		r := results[i]
		row := []string{s.name}
		switch {
		case r.skipped != "":
			row = append(row, "skipped")
		case r.failed != "":
			row = append(row, "failed")
		default:
			row = append(row, strconv.Itoa(len(r.findings)))
			sum[0] += len(r.findings)
			for j, c := range checks {
				n := 0
				for _, f := range r.findings {
					if f.check == c {
						n++
					}
				}
				sum[j+1] += n
				row = append(row, strconv.Itoa(n))
			}
		}
		for len(row) < len(checks)+2 {
			row = append(row, "")
		}
		switch {
		case r.coverage != nil:
			row = append(row, share(r.coverage))
			all.Packages = append(all.Packages, r.coverage.Packages...)
		case r.covErr != "":
			row = append(row, "failed")
		default:
			row = append(row, "-")
		}
		rows = append(rows, row)
	}
	total := []string{"total"}
	for _, n := range sum {
		total = append(total, strconv.Itoa(n))
	}
	if withCoverage {
		total = append(total, share(&all))
	} else {
		total = append(total, "-")
	}
	rows = append(rows, total)
	b.WriteString("\n")
	table(&b, rows)

	for i, s := range services {
		r := results[i]
		fmt.Fprintf(&b, "\n== %s  %s  dir %s  %s  %s\n", s.name, s.source(), s.dir, s.frameworks, strings.Join(s.patterns, ","))
		switch {
		case r.skipped != "":
			fmt.Fprintf(&b, "skipped: %s\n", r.skipped)
			continue
		case r.failed != "":
			fmt.Fprintf(&b, "failed: %s\n", r.failed)
			continue
		}
		fmt.Fprintf(&b, "findings: %d%s\n", len(r.findings), perCheck(r.findings))
		switch {
		case r.coverage != nil:
			e, eo, h, ho := totals(r.coverage)
			fmt.Fprintf(&b, "coverage: entries %d (opaque %d), helpers %d (opaque %d): %s\n", e, eo, h, ho, share(r.coverage))
		case r.covErr != "":
			fmt.Fprintf(&b, "coverage failed: %s\n", r.covErr)
		}
		for _, f := range r.findings {
			fmt.Fprintf(&b, "%s: %s: %s: %s\n", s.name, f.pos(), f.check, f.message)
		}
		if r.coverage != nil {
			for _, e := range escapes(r.coverage) {
				fmt.Fprintf(&b, "%s: %s: escape: %s: %s\n", s.name, e.pos(), e.check, e.message)
			}
		}
	}
	return b.String()
}

// perCheck is " (check n, ...)" in check order, or "".
func perCheck(fs []finding) string {
	var parts []string
	counts := map[string]int{}
	var names []string
	for _, f := range fs {
		if counts[f.check] == 0 {
			names = append(names, f.check)
		}
		counts[f.check]++
	}
	slices.Sort(names)
	for _, n := range names {
		parts = append(parts, fmt.Sprintf("%s %d", n, counts[n]))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// escapes lists the coverage report's escapes as findings (check holds
// the function, message the reason), sorted by position.
func escapes(c *coverage) []finding {
	var es []finding
	for _, p := range c.Packages {
		for _, e := range p.Escapes {
			file, line, col := splitPos(e.Pos)
			es = append(es, finding{file: file, line: line, col: col, check: e.Func, message: e.Reason})
		}
	}
	slices.SortFunc(es, compareFindings)
	return es
}

// table writes rows with columns padded to their widest cell.
func table(b *strings.Builder, rows [][]string) {
	width := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			width[i] = max(width[i], len(c))
		}
	}
	for _, r := range rows {
		var line strings.Builder
		for i, c := range r {
			if i > 0 {
				line.WriteString("  ")
			}
			if i == 0 || i == len(r)-1 {
				fmt.Fprintf(&line, "%-*s", width[i], c)
			} else {
				fmt.Fprintf(&line, "%*s", width[i], c)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}
