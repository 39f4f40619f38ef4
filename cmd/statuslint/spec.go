package main

import (
	"strings"

	"github.com/statuslint/statuslint/analyzers/contract"
)

// specAbs is the document specArgs prepared last, for contract.HandOff.
var specAbs string

// specArgs rewrites the contract check's document flag for the drivers:
// the path becomes absolute (go vet runs the tool in each package's
// directory) and -contract.spechash=SHA256 is added, unless given, so
// that caches keyed on the flags see an edit of the document. A document
// that does not load is one error here, not one per package. go vet's
// own invocations (the last argument a .cfg file) are left alone: the
// tool then runs once per package, dependencies in the standard library
// included, and the check itself resolves the path where it is needed.
func specArgs(args []string) ([]string, error) {
	specAbs = ""
	if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") {
		return args, nil
	}
	out := make([]string, 0, len(args)+1)
	hashGiven, hash := false, ""
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" || !strings.HasPrefix(arg, "-") {
			out = append(out, args[i:]...)
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		switch name {
		case "contract.spechash":
			hashGiven = true
		case "contract.spec":
			if !hasVal && i+1 < len(args) {
				i++
				val = args[i]
			}
			if val != "" {
				abs, h, err := contract.Prepare(val)
				if err != nil {
					return nil, err
				}
				specAbs = abs
				arg, hash = "-contract.spec="+abs, h
			}
		}
		out = append(out, arg)
	}
	if hash != "" && !hashGiven {
		out = append([]string{"-contract.spechash=" + hash}, out...)
	}
	if hash != "" {
		// The check tells what it compared (contractTally).
		out = append([]string{"-contract.tally"}, out...)
	}
	return out, nil
}
