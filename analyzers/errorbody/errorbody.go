package errorbody

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
	"github.com/statuslint/statuslint/catalog"
)

//go:embed doc.go
var doc string

// Analyzer reports errors sent with a 2xx status.
var Analyzer = &analysis.Analyzer{
	Name:      "errorbody",
	Doc:       checkdoc.MustExtract(doc, "errorbody"),
	URL:       checkdoc.URL("errorbody"),
	Run:       guard.Run(run),
	Requires:  []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer, inspect.Analyzer},
	FactTypes: []analysis.Fact{(*codeInBody)(nil)},
}

// keys are the map keys and JSON field names that make a body an error.
var keys = keyList{"error", "errors", "err", "error_message"}

func init() {
	Analyzer.Flags.Var(&keys, "keys", "comma-separated map keys or JSON field names that mark a body as an error")
}

type keyList []string

func (k *keyList) String() string { return strings.Join(*k, ",") }

func (k *keyList) Set(v string) error {
	var out []string
	for f := range strings.SplitSeq(v, ",") {
		if f = strings.ToLower(strings.TrimSpace(f)); f != "" {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return fmt.Errorf("%q names no key; give a comma-separated list such as error,errors", v)
	}
	*k = out
	return nil
}

func run(pass *analysis.Pass) (any, error) {
	rep := report.New(pass)
	defer rep.Done()
	for fn := range respflow.Funcs(pass) {
		for _, ev := range fn.Events {
			switch {
			case ev.Kind == respflow.Status && ev.Source == respflow.SrcError:
				if sc, ok := ev.SendsWhere(is2xx); ok {
					rep.Report(analysis.Diagnostic{Pos: ev.Pos, End: ev.End,
						Message: fmt.Sprintf("http.Error sends an error with %s, which monitoring and clients read as success; use the 4xx or 5xx that matches the problem", catalog.Phrase(sc.Code))})
				}
			case ev.Kind == respflow.Body && ev.Source != respflow.SrcError && errorShaped(ev.Value) && !reportedInHelper(ev):
				s, ok := ev.InForce()
				// An implicit 200 is judged where the code is plainly failing, or
				// where the body can only be an error.
				if !ok || !is2xx(s.Code) || s.Implicit && !ev.ErrorBranch && !ev.Value.Is(respflow.ErrStruct|respflow.ErrEnvelope) && !ev.Value.FalseFlag {
					continue
				}
				d := analysis.Diagnostic{Pos: ev.Pos, End: ev.End}
				if s.Implicit {
					d.Message = "error body written with no status set first, so it goes out as 200 OK; set a 4xx or 5xx status that matches the problem before writing"
				} else {
					d.Message = fmt.Sprintf("error body sent with %s%s: monitoring, load balancers and retries see a success; send the 4xx or 5xx that matches the problem and keep the details in the body", catalog.Phrase(s.Code), ev.Through())
					if s.At.IsValid() && s.At != ev.Pos {
						d.Related = []analysis.RelatedInformation{{Pos: s.At, Message: "status chosen here"}}
					}
				}
				rep.Report(d)
			}
		}
	}
	codesInBody(pass, rep)
	return nil, nil
}

func is2xx(code int) bool { return code >= 200 && code < 300 }

// errorShaped reports whether a body is an error by what it is, not by
// what it contains somewhere inside.
func errorShaped(v *respflow.Value) bool {
	if v == nil {
		return false
	}
	if v.Is(respflow.ErrValue | respflow.ErrText | respflow.ErrStruct | respflow.ErrLabel) {
		return true
	}
	// A body with an identity or a lifecycle state next to its error
	// field is a resource: a job that failed, sent when asked for.
	if v.Is(respflow.Resource) {
		return false
	}
	if v.Is(respflow.ErrEnvelope) || v.FalseFlag && len(v.Keys) > 0 {
		return true
	}
	for _, k := range v.Keys {
		// A list of errors is how GraphQL and batch endpoints report
		// partial failures next to a 200; a single error is not.
		if k == "errors" && slices.Contains(v.ListKeys, k) {
			continue
		}
		if slices.Contains(keys, k) {
			return true
		}
	}
	return false
}

// reportedInHelper reports whether a helper's own error body goes out
// with the helper's own status: the helper itself is reported, once,
// rather than every call to it.
func reportedInHelper(ev *respflow.Event) bool {
	if ev.Helper == nil || len(ev.Value.Exprs) > 0 {
		return false
	}
	st := ev.Sibling(respflow.Status)
	return st != nil && st.StatusExpr == nil
}
