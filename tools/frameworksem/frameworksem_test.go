package frameworksem

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestFrameworkSemantics(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping in -short mode: runs handlers of the real echo and fiber modules (and may download them through the Go module proxy)")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Fatalf("the go command is needed to run the semantics tests: %v", err)
	}
	modDir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "frameworks"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "test", "-count=1", "./semantics")
	cmd.Dir = modDir
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOWORK=off", "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("(cd %s && go test ./semantics): %v\n%s", modDir, err, out)
	}
	t.Logf("%s", out)
}
