package openapi

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestLoadOncePerProcess holds Load to one parse per version of a file,
// however many passes ask at once, and to a fresh parse after an edit.
func TestLoadOncePerProcess(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "v30.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "api.yaml")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	before := parses.Load()
	var wg sync.WaitGroup
	docs := make([]*Doc, 16)
	for i := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := Load(file)
			if err != nil {
				t.Error(err)
			}
			docs[i] = d
		}()
	}
	wg.Wait()
	if n := parses.Load() - before; n != 1 {
		t.Fatalf("16 concurrent loads parsed the document %d times, want 1", n)
	}
	for _, d := range docs[1:] {
		if d != docs[0] {
			t.Fatal("concurrent loads returned different documents")
		}
	}

	// An edit: another size and another time.
	edited := append(src, []byte("\n# edited\n")...)
	if err := os.WriteFile(file, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(file, later, later); err != nil {
		t.Fatal(err)
	}
	d, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if n := parses.Load() - before; n != 2 {
		t.Fatalf("after an edit: %d parses in all, want 2", n)
	}
	if d == docs[0] || d.Hash == docs[0].Hash {
		t.Fatal("the edited document was not read afresh")
	}
	if _, err := Load(file); err != nil || parses.Load()-before != 2 {
		t.Fatalf("loading the edited document again parsed it again (err %v)", err)
	}
}
