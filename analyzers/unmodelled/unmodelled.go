package unmodelled

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/report"
)

//go:embed doc.go
var doc string

// Analyzer reports imports of framework versions the response model does
// not model.
var Analyzer = &analysis.Analyzer{
	Name:     "unmodelled",
	Doc:      checkdoc.MustExtract(doc, "unmodelled"),
	URL:      checkdoc.URL("unmodelled"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{ignore.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	rep := report.New(pass)
	set := pass.ResultOf[ignore.Analyzer].(*ignore.Set)
	seen := map[string]bool{}
	for _, file := range pass.Files {
		name := pass.Fset.Position(file.Pos()).Filename
		if strings.HasSuffix(name, "_test.go") || set.Generated(name) {
			continue // never reported, so it must not use up the package's one finding
		}
		for _, spec := range file.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			v, ok := versionOf(path)
			if !ok || v.modelled() || seen[v.module] {
				continue
			}
			seen[v.module] = true
			rep.Report(analysis.Diagnostic{
				Pos: spec.Pos(), End: spec.End(),
				Message: message(v),
			})
		}
	}
	rep.Done()
	return nil, nil
}

func message(v version) string {
	modelled := "none"
	if labels := v.modelledLabels(); len(labels) > 0 {
		modelled = strings.Join(labels, ", ")
	}
	return fmt.Sprintf("%s %s (%s) is not modelled, so no check reads this package's %s handlers; modelled %s versions: %s",
		v.family.name, v.label, v.module, v.family.name, v.family.name, modelled)
}
