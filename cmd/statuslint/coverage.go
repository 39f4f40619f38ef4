package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/statuslint/statuslint/analyzers/coverage"
)

// runCoverage is statuslint coverage: what the response model could not
// see, per package. It returns the exit code: 0, 1 when a package did not
// load, 2 for bad usage.
func runCoverage(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("statuslint coverage", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: statuslint coverage [-json] packages")
		fmt.Fprintln(stderr, "Counts the handler functions and helpers the response model judged on every path, and lists each place it lost the response, with why.")
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "statuslint coverage: no packages; e.g. statuslint coverage ./...")
		return 2
	}
	pkgs, err := load(fs.Args(), false, true)
	if err != nil {
		fmt.Fprintf(stderr, "statuslint coverage: %v\n", err)
		return 1
	}
	if problems := loadErrors(pkgs); len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
		return 1
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{coverage.Analyzer}, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "statuslint coverage: %v\n", err)
		return 1
	}
	var reports []*coverage.Report
	for _, act := range graph.Roots {
		if act.Err != nil {
			fmt.Fprintf(stderr, "statuslint coverage: %s: %v\n", act.Package.PkgPath, act.Err)
			return 1
		}
		reports = append(reports, act.Result.(*coverage.Report))
	}
	slices.SortFunc(reports, func(a, b *coverage.Report) int { return strings.Compare(a.Path, b.Path) })
	wd, _ := os.Getwd()
	for _, r := range reports {
		for i := range r.Escapes {
			if rel, err := filepath.Rel(wd, r.Escapes[i].Pos.Filename); err == nil && !strings.HasPrefix(rel, "..") {
				r.Escapes[i].Pos.Filename = rel
			}
		}
	}
	if *asJSON {
		return writeCoverageJSON(stdout, stderr, reports)
	}
	writeCoverageText(stdout, reports)
	return 0
}

type coverageJSON struct {
	Packages []packageCoverage `json:"packages"`
	Total    packageCoverage   `json:"total"`
}

type packageCoverage struct {
	Path          string         `json:"path,omitempty"`
	Entries       int            `json:"entries"`
	EntriesOpaque int            `json:"entriesOpaque"`
	Helpers       int            `json:"helpers"`
	HelpersOpaque int            `json:"helpersOpaque"`
	Escapes       []escapeJSON   `json:"escapes,omitempty"`
	ByWhy         map[string]int `json:"byWhy,omitempty"`
}

type escapeJSON struct {
	Pos    string `json:"pos"`
	Func   string `json:"func"`
	Entry  bool   `json:"entry"`
	Why    string `json:"why"`
	Reason string `json:"reason"`
}

func writeCoverageJSON(stdout, stderr io.Writer, reports []*coverage.Report) int {
	var out coverageJSON
	out.Total.ByWhy = map[string]int{}
	for _, r := range reports {
		p := packageCoverage{Path: r.Path, Entries: r.Entries.All, EntriesOpaque: r.Entries.Opaque, Helpers: r.Helpers.All, HelpersOpaque: r.Helpers.Opaque}
		for _, e := range r.Escapes {
			p.Escapes = append(p.Escapes, escapeJSON{Pos: e.Pos.String(), Func: e.Func, Entry: e.Entry, Why: e.Why, Reason: e.Reason})
			out.Total.ByWhy[e.Why]++
		}
		out.Packages = append(out.Packages, p)
		out.Total.Entries += p.Entries
		out.Total.EntriesOpaque += p.EntriesOpaque
		out.Total.Helpers += p.Helpers
		out.Total.HelpersOpaque += p.HelpersOpaque
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintf(stderr, "statuslint coverage: %v\n", err)
		return 1
	}
	return 0
}

func share(c coverage.Count) string {
	if c.All == 0 {
		return "-"
	}
	return fmt.Sprintf("%d (%.0f%%)", c.Opaque, 100*float64(c.Opaque)/float64(c.All))
}

func writeCoverageText(w io.Writer, reports []*coverage.Report) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "package\tentries\topaque\thelpers\topaque")
	var entries, helpers coverage.Count
	byWhy := map[string]int{}
	var whys []string
	for _, r := range reports {
		if r.Entries.All+r.Helpers.All == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t%s\n", r.Path, r.Entries.All, share(r.Entries), r.Helpers.All, share(r.Helpers))
		entries.All += r.Entries.All
		entries.Opaque += r.Entries.Opaque
		helpers.All += r.Helpers.All
		helpers.Opaque += r.Helpers.Opaque
		for _, e := range r.Escapes {
			if byWhy[e.Why] == 0 {
				whys = append(whys, e.Why)
			}
			byWhy[e.Why]++
		}
	}
	fmt.Fprintf(tw, "total\t%d\t%s\t%d\t%s\n", entries.All, share(entries), helpers.All, share(helpers))
	tw.Flush()
	if len(whys) == 0 {
		return
	}
	slices.SortStableFunc(whys, func(a, b string) int { return byWhy[b] - byWhy[a] })
	fmt.Fprintln(w, "\nwhere the model lost the response, by kind:")
	for _, why := range whys {
		fmt.Fprintf(w, "  %-10s %d\n", why, byWhy[why])
	}
	fmt.Fprintln(w, "\nescapes:")
	for _, r := range reports {
		for _, e := range r.Escapes {
			kind := "helper"
			if e.Entry {
				kind = "entry"
			}
			fmt.Fprintf(w, "%s: %s (%s): %s: %s\n", e.Pos, e.Func, kind, e.Why, e.Reason)
		}
	}
}
