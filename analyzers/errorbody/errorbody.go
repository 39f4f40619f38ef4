package errorbody

import (
	_ "embed"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

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
	Name:     "errorbody",
	Doc:      checkdoc.MustExtract(doc, "errorbody"),
	URL:      checkdoc.URL("errorbody"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
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
			case ev.Kind == respflow.Status && ev.Via == "http.Error" && ev.Helper == nil:
				if code := success(ev.Codes()); code != 0 {
					rep.Report(analysis.Diagnostic{Pos: ev.Pos, End: ev.End,
						Message: fmt.Sprintf("http.Error sends an error with %s, which monitoring and clients read as success; use the 4xx or 5xx that matches the problem", catalog.Phrase(code))})
				}
			case ev.Kind == respflow.Body && ev.Via != "http.Error" && errorShaped(ev.Value) && !reportedInHelper(fn, ev):
				code, at, implicit, ok := status(ev)
				// An implicit 200 is judged where the code is plainly failing, or
				// where the body can only be an error.
				if !ok || implicit && !ev.ErrorBranch && !ev.Value.Is(respflow.ErrStruct) && !ev.Value.FalseFlag {
					continue
				}
				d := analysis.Diagnostic{Pos: ev.Pos, End: ev.End}
				if implicit {
					d.Message = "error body written with no status set first, so it goes out as 200 OK; set a 4xx or 5xx status that matches the problem before writing"
				} else {
					d.Message = fmt.Sprintf("error body sent with %s%s: monitoring, load balancers and retries see a success; send the 4xx or 5xx that matches the problem and keep the details in the body", catalog.Phrase(code), ev.Through())
					if at != ev.Pos {
						d.Related = []analysis.RelatedInformation{{Pos: at, Message: "status chosen here"}}
					}
				}
				rep.Report(d)
			}
		}
	}
	return nil, nil
}

// success returns the 2xx a status event sends on some path, or 0.
func success(codes []respflow.PathCode) int {
	for _, pc := range codes {
		if pc.Code >= 200 && pc.Code < 300 && pc.Path.Committed() != respflow.Yes {
			return pc.Code
		}
	}
	return 0
}

// status returns the 2xx in force at a body write on every path reaching
// it; ok is false when a path has another or an unknown status.
func status(ev *respflow.Event) (code int, at token.Pos, implicit, ok bool) {
	for i, p := range ev.Paths {
		c, pos, imp := ev.StatusFor(p)
		if c < 200 || c >= 300 || i > 0 && (c != code || imp != implicit) {
			return 0, token.NoPos, false, false
		}
		code, at, implicit = c, pos, imp
	}
	return code, at, implicit, len(ev.Paths) > 0
}

// errorShaped reports whether a body is an error by what it is, not by
// what it contains somewhere inside.
func errorShaped(v *respflow.Value) bool {
	if v == nil {
		return false
	}
	if v.Is(respflow.ErrValue | respflow.ErrText | respflow.ErrStruct) {
		return true
	}
	if v.FalseFlag && len(v.Keys) > 0 {
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
func reportedInHelper(fn *respflow.Func, ev *respflow.Event) bool {
	if ev.Helper == nil || len(ev.Value.Exprs) > 0 {
		return false
	}
	for _, e := range fn.Events {
		if e.Kind == respflow.Status && e.Pos == ev.Pos && e.Helper == ev.Helper {
			return e.StatusExpr == nil
		}
	}
	return false
}
