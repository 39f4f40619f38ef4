package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/rogpeppe/go-internal/gotooltest"
	"github.com/rogpeppe/go-internal/testscript"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"statuslint": main})
}

// TestScripts runs the command end to end: testdata/script/*.txtar.
//
// Besides the go command, the scripts have:
//
//	sarif FILE     validate FILE against the SARIF 2.1.0 schema and print
//	               its results, one line each (see sarifSummary)
//	cpdir SRC DST  copy the directory tree SRC to DST
//	firstline stdout|stderr REGEXP
//	               the first line of the last command's output matches
//	               REGEXP (which firstline anchors at both ends)
//
// and the variables $STATUSLINT (the statuslint binary, for go vet
// -vettool) and $STATUSLINT_ROOT (this checkout, to replace the module
// with in scripts that install statuslint as a Go tool).
func TestScripts(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	modcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	p := testscript.Params{
		Dir:                 filepath.Join("..", "..", "testdata", "script"),
		RequireExplicitExec: true,
		Setup: func(e *testscript.Env) error {
			// go vet -vettool needs the binary's path.
			bin, err := exec.LookPath("statuslint")
			if err != nil {
				return err
			}
			e.Setenv("STATUSLINT", bin)
			e.Setenv("STATUSLINT_ROOT", root)
			// The module cache this test was built from holds every module
			// a script needs: go get reads it instead of the network.
			e.Setenv("GOMODCACHE", strings.TrimSpace(string(modcache)))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"sarif":     cmdSARIF,
			"cpdir":     cmdCpdir,
			"firstline": cmdFirstLine,
		},
	}
	if err := gotooltest.Setup(&p); err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, p)
}

func cmdSARIF(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: sarif FILE")
	}
	data := []byte(ts.ReadFile(args[0]))
	if err := validateSARIF(data); err != nil {
		ts.Fatalf("%s: %v", args[0], err)
	}
	summary, err := sarifSummary(data)
	ts.Check(err)
	fmt.Fprint(ts.Stdout(), summary)
}

func cmdFirstLine(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 || args[0] != "stdout" && args[0] != "stderr" {
		ts.Fatalf("usage: firstline stdout|stderr REGEXP")
	}
	re, err := regexp.Compile("^(?:" + args[1] + ")$")
	ts.Check(err)
	first, _, _ := strings.Cut(ts.ReadFile(args[0]), "\n")
	if !re.MatchString(first) {
		ts.Fatalf("first line of %s is %q, want a match for %s", args[0], first, re)
	}
}

func cmdCpdir(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: cpdir SRC DST")
	}
	ts.Check(os.CopyFS(ts.MkAbs(args[1]), os.DirFS(ts.MkAbs(args[0]))))
}

// The schema is sarif-2.1/schema/sarif-schema-2.1.0.json of
// github.com/oasis-tcs/sarif-spec at commit e0583813964e (the 2.1.0
// errata01 schema that docs.oasis-open.org publishes), committed as
// testdata so that the test runs offline.
var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

// validateSARIF checks data against the SARIF 2.1.0 JSON schema, formats
// (uri, date-time...) included.
func validateSARIF(data []byte) error {
	schemaOnce.Do(func() {
		path := filepath.Join("..", "..", "testdata", "sarif", "sarif-schema-2.1.0.json")
		f, err := os.Open(path)
		if err != nil {
			schemaErr = err
			return
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			schemaErr = fmt.Errorf("%s: %w", path, err)
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
		if schemaErr = c.AddResource(url, doc); schemaErr != nil {
			return
		}
		schema, schemaErr = c.Compile(url)
	})
	if schemaErr != nil {
		return fmt.Errorf("loading the SARIF schema: %w", schemaErr)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return schema.Validate(inst)
}

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Name, Version, InformationURI string
				Rules                         []struct {
					ID, Name, HelpURI                 string
					ShortDescription, FullDescription struct{ Text string }
					Help                              struct{ Text, Markdown string }
					DefaultConfiguration              struct {
						Level   string
						Enabled bool
					}
				}
			}
		}
		Invocations []struct {
			ExecutionSuccessful        bool
			ToolExecutionNotifications []struct {
				Level   string
				Message struct{ Text string }
			}
		}
		Results []struct {
			RuleID, Level    string
			Message          struct{ Text string }
			Locations        []sarifLocation
			RelatedLocations []sarifLocation
		}
	}
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct{ URI, URIBaseID string }
		Region           struct{ StartLine, StartColumn, EndLine, EndColumn int }
	}
	Message struct{ Text string }
}

func (l sarifLocation) String() string {
	p := l.PhysicalLocation
	uri := p.ArtifactLocation.URI
	if b := p.ArtifactLocation.URIBaseID; b != "" {
		uri = b + "/" + uri
	}
	r := p.Region
	return fmt.Sprintf("%s %d:%d-%d:%d", uri, r.StartLine, r.StartColumn, r.EndLine, r.EndColumn)
}

// sarifSummary prints a log's results, one a line, as
//
//	RULE LEVEL URI START-END: MESSAGE
//
// each followed by its related locations, indented, and then by the
// tool's notifications as "notification LEVEL: MESSAGE".
func sarifSummary(data []byte) (string, error) {
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		return "", err
	}
	if len(log.Runs) != 1 {
		return "", fmt.Errorf("%d runs, want 1", len(log.Runs))
	}
	var b strings.Builder
	for _, r := range log.Runs[0].Results {
		if len(r.Locations) != 1 {
			return "", fmt.Errorf("result %q has %d locations, want 1", r.Message.Text, len(r.Locations))
		}
		fmt.Fprintf(&b, "%s %s %s: %s\n", r.RuleID, r.Level, r.Locations[0], r.Message.Text)
		for _, rel := range r.RelatedLocations {
			fmt.Fprintf(&b, "\t%s: %s\n", rel, rel.Message.Text)
		}
	}
	for _, inv := range log.Runs[0].Invocations {
		for _, n := range inv.ToolExecutionNotifications {
			fmt.Fprintf(&b, "notification %s: %s\n", n.Level, n.Message.Text)
		}
	}
	return b.String(), nil
}
