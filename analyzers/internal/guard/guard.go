// Package guard turns a panic inside a check into one line of error that
// names the check and the file it was reading, so that one bug costs one
// check on one package, not the whole run.
package guard

import (
	"fmt"
	"go/token"
	"path/filepath"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// where maps a running pass to the position it last entered.
var where sync.Map // *analysis.Pass -> token.Pos

// Enter records that the pass is now working at pos (a file or a
// function), for the message if it panics there.
func Enter(pass *analysis.Pass, pos token.Pos) { where.Store(pass, pos) }

// Run returns run made to return an error instead of panicking. Each
// check's Analyzer is declared with Run: guard.Run(run), so that the
// guard holds wherever the package is used: in statuslint, go vet,
// golangci-lint, or a Bazel nogo build that imports the check alone.
func Run(run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (result any, err error) {
		defer where.Delete(pass)
		defer func() {
			if p := recover(); p != nil {
				name := "?"
				if pass.Analyzer != nil {
					name = pass.Analyzer.Name
				}
				result, err = nil, fmt.Errorf("internal error in check %s while reading %s: %v (please report it)", name, location(pass), p)
			}
		}()
		return run(pass)
	}
}

func location(pass *analysis.Pass) string {
	if v, ok := where.Load(pass); ok {
		if pos := pass.Fset.Position(v.(token.Pos)); pos.IsValid() {
			return fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)
		}
	}
	if len(pass.Files) == 1 && pass.Fset != nil {
		if f := pass.Fset.File(pass.Files[0].Pos()); f != nil {
			return filepath.Base(f.Name())
		}
	}
	if pass.Pkg == nil {
		return "an unknown package"
	}
	return "package " + pass.Pkg.Path()
}
