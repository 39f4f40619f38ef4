package main

import (
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/gotooltest"
	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"statuslint": main})
}

// TestScripts runs the command end to end: testdata/script/*.txtar.
func TestScripts(t *testing.T) {
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
			return nil
		},
	}
	if err := gotooltest.Setup(&p); err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, p)
}
