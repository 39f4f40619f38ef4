package main

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers"
)

// helpText is statuslint -h, statuslint help, and what a bare
// statuslint prints: the commands, the checks with their defaults, the
// output modes and the exit codes.
func helpText() string {
	var b strings.Builder
	b.WriteString(`statuslint reports HTTP status-code mistakes in Go handler code.

Usage:
  statuslint [flags] packages          lint packages, e.g. statuslint ./...
  statuslint explain 429|NAME|4xx|all  the guidance behind a code, a check or a class
  statuslint help [NAME]               this text, or a check's documentation and options
  statuslint version                   the version of statuslint
  statuslint coverage [-json] packages what the response model could not see, and why
  statuslint routes [-json] [-format=openapi] [-spec=FILE] packages
                                       every route with the statuses its handler can send
                                       (in this process: the inventory is whole-program)
  go vet -vettool=$(command -v statuslint) [check flags] packages
                                       the same checks, run by go vet itself

Checks (-NAME=false turns one off; -NAME runs only the checks named so;
-enable=a,b adds checks to the default set, -disable=a,b takes them away):
`)
	width := 0
	for _, a := range analyzers.All {
		width = max(width, len(a.Name))
	}
	for _, a := range analyzers.All {
		state := ""
		if analyzers.Off[a.Name] {
			state = " (off by default)"
		}
		fmt.Fprintf(&b, "  %-*s  %s%s\n", width, a.Name, describe(a).title, state)
	}
	b.WriteString(`
Check options: -NAME.OPTION=VALUE, such as -unknowncode.allow=499,520;
statuslint help NAME lists a check's options.

Output:
  (default)   findings on standard error in file order, one a line:
              file:line:col: check: message
  -c=N        with each finding, its source line and N lines around it
  -json       findings as JSON on standard output, by package and check
  -sarif      a SARIF 2.1.0 log on standard output, for code scanning
  -fix        apply the suggested fixes, then report what remains
  -diff       with -fix: print the fixes as a patch (git apply, patch -p1)

Other flags:
  -tags=a,b   build tags, as go build takes them
  -allow-incomplete
              accept packages analyzed without their failing test files
              or missing //go:embed files, and a -contract.spec run that
              compared no route with the document (exit 3 or 0, not 1)
  -V          print the version

Settings: .statuslint.yml, in this directory or one above it up to the
module's root, holds enable, disable and check options as the
golangci-lint plugin takes them; the command line overrides it.

Exit codes:
  0  nothing found
  3  findings (with -json: 0)
  1  a package did not load, build or type-check, or a check failed,
     or was analyzed in part (see -allow-incomplete)
  2  bad usage

The packages are analyzed by go vet, which keeps each package's result in
the Go build cache: a second run on an unchanged tree is answered from it.
Outside a module, statuslint analyzes in its own process and says so.
`)
	return b.String()
}

// help is statuslint help [NAME].
func help(args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		fmt.Fprint(stdout, helpText())
		return 0
	case 1:
		if a := lookupCheck(args[0]); a != nil {
			fmt.Fprint(stdout, checkCard(a))
			return 0
		}
		fmt.Fprintf(stderr, "statuslint help: %s\n", unknownCheck(args[0], checkNames()))
		return 2
	}
	fmt.Fprintf(stderr, "statuslint help: give one check name, or none (statuslint help %s)\n", analyzers.All[0].Name)
	return 2
}

func lookupCheck(name string) *analysis.Analyzer {
	for _, a := range analyzers.All {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func checkNames() []string {
	names := make([]string, len(analyzers.All))
	for i, a := range analyzers.All {
		names[i] = a.Name
	}
	return names
}
