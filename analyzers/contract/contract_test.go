package contract_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/contract"
	"github.com/statuslint/statuslint/analyzers/internal/fixtures"
)

// run runs the check on pkgs with the document of topic and the flags
// given, and puts the flags back.
func run(t *testing.T, topic string, flags map[string]string, pkgs ...string) {
	t.Helper()
	dir := fixtures.Dir(t)
	set := func(name, value string) {
		if err := contract.Analyzer.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	set("spec", filepath.Join(dir, "src", "contract", topic, "openapi.yaml"))
	for k, v := range flags {
		set(k, v)
	}
	defer func() {
		set("spec", "")
		for k := range flags {
			set(k, contract.Analyzer.Flags.Lookup(k).DefValue)
		}
	}()
	analysistest.Run(t, dir, contract.Analyzer, pkgs...)
}

func TestBasic(t *testing.T) { run(t, "basic", nil, "contract/basic") }

func TestCrossPackage(t *testing.T) {
	run(t, "crosspkg", nil, "contract/crosspkg/cmd")
}

func TestUnsent(t *testing.T) {
	run(t, "unsent", map[string]string{"unsent": "true"}, "contract/unsent")
}

func TestGin(t *testing.T) {
	run(t, "gin", map[string]string{"spec": filepath.Join(fixtures.Dir(t), "src", "contract", "gin", "openapi.json")}, "contract/gin")
}

// The routes of echo v5 and fiber v3, each under its router's group, are
// checked like any other's.
func TestEcho5(t *testing.T) { run(t, "echo5", nil, "contract/echo5") }

func TestFiber3(t *testing.T) { run(t, "fiber3", nil, "contract/fiber3") }
