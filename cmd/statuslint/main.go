// Command statuslint reports HTTP status-code mistakes in Go handler code.
//
//	statuslint [flags] ./...                 lint packages
//	statuslint -sarif [flags] ./...          the same, as SARIF 2.1.0 on stdout
//	statuslint explain 429|retryafter|4xx|all
//	statuslint help [check]
//	statuslint version
//	statuslint coverage [-json] ./...
//	statuslint routes [-json] [-format=openapi] [-spec=FILE] ./...
//	go vet -vettool=$(command -v statuslint) ./...
//
// statuslint ./... runs go vet with this binary as its vet tool and
// renders what go vet reports, so that the analysis runs one package per
// process and re-runs are answered from the Go build cache.
//
// Exit codes: 0 nothing found, 3 findings, 1 a package did not load or
// build or a check failed (or was analyzed without its failing tests or
// missing //go:embed files, unless -allow-incomplete), 2 bad usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/statuslint/statuslint/analyzers"
	"github.com/statuslint/statuslint/analyzers/contract"
)

func main() {
	args := os.Args[1:]
	if calledByGoVet(args) {
		vetTool(args) // does not return
	}
	os.Exit(run(args, os.Stdout, os.Stderr))
}

// run is statuslint with its arguments; it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, helpText())
		return 2
	}
	switch args[0] {
	case "explain":
		out, err := explain(args[1:])
		if err != nil {
			fmt.Fprintf(stderr, "statuslint explain: %v\n", err)
			return 2
		}
		fmt.Fprint(stdout, out)
		return 0
	case "help":
		return help(args[1:], stdout, stderr)
	case "coverage":
		return runCoverage(args[1:], stdout, stderr)
	case "routes":
		return runRoutes(args[1:], stdout, stderr)
	case "version":
		if len(args) > 1 {
			fmt.Fprintln(stderr, "statuslint version: takes no arguments")
			return 2
		}
		fmt.Fprintf(stdout, "statuslint %s\n", version())
		return 0
	}
	// -contract.spec: an absolute path and the document's hash, so that
	// go vet's per-package runs find it and its cache sees an edit.
	args, err := specArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return 1
	}
	if specAbs != "" {
		// go vet's processes take the parsed document from this one.
		defer contract.HandOff(specAbs)()
	}
	dir, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return 1
	}
	cfg, err := findConfig(dir)
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return 2
	}
	opts, err := parseOptions(analyzers.All, args, cfg)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, helpText())
		return 0
	} else if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v (statuslint -h lists the flags)\n", err)
		return 2
	}
	if opts.version {
		fmt.Fprintf(stdout, "statuslint %s\n", version())
		return 0
	}
	return lint(opts, stdout, stderr)
}

// lint runs the checks on the packages and prints what they found in the
// form asked for.
func lint(opts *options, stdout, stderr io.Writer) int {
	engine, err := chooseEngine()
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return 1
	}
	var r *result
	if engine.fallback != "" {
		fmt.Fprintf(stderr, "statuslint: %s; analyzing in this process, without go vet's cache\n", engine.fallback)
		r, err = runInProcess(opts)
	} else {
		if showProgress(opts, stderr, os.Getenv) {
			if p, err := startProgress(stderr); err == nil {
				opts.progress = p
			}
		}
		r, err = runVet(engine, opts)
		if opts.progress != nil {
			opts.progress.end()
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return 1
	}
	contractTally(r, opts)
	dir, _ := os.Getwd()
	findings := r.sorted()

	switch {
	case opts.json:
		printProblems(stderr, r.problems, r.partial)
		if err := printJSON(stdout, r); err != nil {
			fmt.Fprintf(stderr, "statuslint: writing JSON: %v\n", err)
			return 1
		}
		for _, n := range r.notes {
			fmt.Fprintln(stderr, n)
		}
		if r.incomplete(opts) {
			return 1
		}
		return 0 // findings are the output, not a failure
	case opts.sarif:
		printProblems(stderr, r.problems, r.partial)
		if err := writeSARIF(stdout, sarifRoot(dir), findings, r.problems, r.partial); err != nil {
			fmt.Fprintf(stderr, "statuslint: writing SARIF: %v\n", err)
			return 1
		}
	case opts.fix:
		printProblems(stderr, r.problems, r.partial)
		out, err := applyFixes(stdout, findings, opts.diff)
		if err != nil {
			fmt.Fprintf(stderr, "statuslint: -fix: %v\n", err)
			return 1
		}
		printText(stderr, dir, out.remaining, opts.context)
		fmt.Fprintln(stderr, fixSummary(out, opts.diff))
		findings = out.remaining
		if opts.diff {
			findings = r.sorted()
		}
	default:
		printProblems(stderr, r.problems, r.partial)
		printText(stderr, dir, findings, opts.context)
	}
	for _, n := range r.notes {
		fmt.Fprintln(stderr, n)
	}
	switch {
	case r.incomplete(opts):
		return 1 // the findings are incomplete
	case len(findings) > 0:
		return 3
	}
	return 0
}

// incomplete reports whether the run left something out that makes its
// exit code 1: a problem, or a package analyzed in part, unless the
// command line accepts that with -allow-incomplete.
func (r *result) incomplete(opts *options) bool {
	return len(r.problems) > 0 || len(r.partial) > 0 && !opts.allowIncomplete
}

// fixSummary is the line -fix ends with.
func fixSummary(out fixOutcome, printDiff bool) string {
	var s string
	if printDiff {
		s = fmt.Sprintf("statuslint: the diff holds %s in %s; no file was changed", plural(out.applied, "fix", "fixes"), plural(out.files, "file", "files"))
	} else {
		s = fmt.Sprintf("statuslint: applied %s to %s", plural(out.applied, "fix", "fixes"), plural(out.files, "file", "files"))
	}
	switch n := len(out.remaining); {
	case n == 0:
		s += "; nothing remains"
	case printDiff:
		s += fmt.Sprintf("; %s listed above would remain", plural(n, "finding", "findings"))
	case n == 1:
		s += "; 1 finding remains, listed above"
	default:
		s += fmt.Sprintf("; %d findings remain, listed above", n)
	}
	if out.overlapped > 0 {
		s += fmt.Sprintf(" (%s overlapped another: run -fix again)", plural(out.overlapped, "fix", "fixes"))
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
