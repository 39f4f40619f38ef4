// Command custom-gcl is golangci-lint with the statuslint plugin linked
// in: what `golangci-lint custom` builds from .custom-gcl.yml, made here
// from the Go module proxy alone (golangci-lint custom clones the
// golangci-lint repository with git). Build it with `make custom-gcl`.
//
// golangci-lint keys its analysis cache by its version string, so the
// version names the statuslint source it was built from: a changed check
// never meets results cached for the old one.
package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/statuslint/statuslint/cmd/gclplugin"
)

// sourceHash identifies the statuslint source linked in; the build sets
// it with -ldflags=-X=main.sourceHash=... (see tools/gclbuild).
var sourceHash string

func main() {
	info := commands.BuildInfo{
		Version:   version(),
		GoVersion: runtime.Version(),
		Commit:    "statuslint plugin",
		Date:      "(unknown)",
	}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// version is golangci-lint's own version followed by the source hash, or
// by a hash of this executable when the build did not set one.
func version() string {
	base := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == "github.com/golangci/golangci-lint/v2" {
				base = strings.TrimPrefix(m.Version, "v")
			}
		}
	}
	salt := sourceHash
	if salt == "" {
		salt = "exe" + executableHash()
	}
	return base + "-statuslint-" + salt
}

func executableHash() string {
	path, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	f, err := os.Open(path)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return fmt.Sprintf("%x", h.Sum(nil))[:12]
}
