// Command statuslint reports HTTP status-code mistakes in Go handler code.
//
//	statuslint [flags] ./...                 lint packages
//	statuslint -sarif [flags] ./...          the same, as SARIF 2.1.0 on stdout
//	go vet -vettool=$(command -v statuslint) ./...
//	statuslint explain 429|retryafter|4xx|all
//	statuslint help [check]
//
// Exit codes: 0 nothing found, 3 findings, 1 the code could not be loaded
// or a check failed, 2 bad usage.
package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/statuslint/statuslint/analyzers"
)

const usage = `statuslint reports HTTP status-code mistakes in Go handler code.

Usage:
  statuslint [-flag] packages        lint packages, e.g. statuslint ./...
  statuslint -sarif [-flag] packages SARIF 2.1.0 on standard output, for code scanning
  statuslint explain 429|NAME|4xx|all
                                     the guidance behind a code, a check or a class
  statuslint help [NAME]             flags, and the documentation of a check
  statuslint coverage [-json] packages
                                     what the response model could not see, and why
  statuslint routes [-json] [-format=openapi] [-spec=FILE] packages
                                     every route with the statuses its handler can send
                                     (in-process driver: the inventory is whole-program)
  go vet -vettool=$(command -v statuslint) ./...

Exit codes: 0 nothing found, 3 findings, 1 load or check error, 2 bad usage.
`

func main() {
	args := os.Args[1:]
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if args[0] == "coverage" {
		os.Exit(runCoverage(args[1:], os.Stdout, os.Stderr))
	}
	if args[0] == "routes" {
		os.Exit(runRoutes(args[1:], os.Stdout, os.Stderr))
	}
	if args[0] == "explain" {
		out, err := explain(args[1:])
		if err != nil {
			fmt.Fprintf(os.Stderr, "statuslint explain: %v\n", err)
			os.Exit(2)
		}
		fmt.Print(out)
		return
	}
	// SARIF goes through go/analysis/checker; everything else through
	// multichecker, whose flags go vet -vettool relies on.
	args, err := specArgs(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
		os.Exit(1)
	}
	sarif, args := wantsSARIF(withDefaults(args))
	if sarif {
		os.Exit(runSARIF(os.Stdout, os.Stderr, args))
	}
	os.Args = append(os.Args[:1], args...)
	multichecker.Main(analyzers.All...)
}

// withDefaults turns off the checks that are off by default, unless the
// command line names them or selects checks itself with -NAME.
func withDefaults(args []string) []string {
	for _, arg := range args {
		if arg == "help" {
			return args // help lists every check, the default-off ones too
		}
		if !strings.HasPrefix(arg, "-") {
			break
		}
	}
	var extra []string
	for _, a := range analyzers.All {
		if analyzers.Off[a.Name] && !mentions(args, a.Name) && !selects(args) {
			extra = append(extra, "-"+a.Name+"=false")
		}
	}
	return append(extra, args...)
}

func mentions(args []string, name string) bool {
	for _, arg := range args {
		flagName, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && flagName == name {
			return true
		}
	}
	return false
}

// selects reports whether some -NAME or -NAME=true picks checks, in which
// case the driver runs just those.
func selects(args []string) bool {
	for _, a := range analyzers.All {
		for _, arg := range args {
			flagName, val, hasVal := strings.Cut(strings.TrimLeft(arg, "-"), "=")
			if strings.HasPrefix(arg, "-") && flagName == a.Name && (!hasVal || val == "true" || val == "1") {
				return true
			}
		}
	}
	return false
}
