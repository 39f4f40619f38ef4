package frameworksem

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
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
	// The nested go test gets what is left of this test's -timeout, not
	// its own default of 10 minutes, which a busy machine can exceed.
	args := []string{"test", "-count=1", "./semantics"}
	if d, ok := t.Deadline(); ok {
		args = append(args, "-timeout="+time.Until(d).Round(time.Second).String())
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = modDir
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOWORK=off", "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("(cd %s && go test ./semantics): %v\n%s", modDir, err, out)
	}
	t.Logf("%s", out)
}
