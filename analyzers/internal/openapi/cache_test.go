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

// TestHandoff: a process started with HandoffEnv takes the document
// another parsed, without parsing it, while the file is that version.
func TestHandoff(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "v30.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "api.yaml")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "handoff.gob")
	if err := WriteHandoff(file, path); err != nil {
		t.Fatal(err)
	}
	want, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	// As in a process of its own: nothing cached, the handoff named.
	cache.Clear()
	t.Cleanup(cache.Clear)
	t.Setenv(HandoffEnv, path)
	before := parses.Load()
	got, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if n := parses.Load() - before; n != 0 {
		t.Fatalf("the document was parsed %d times although handed off", n)
	}
	if dump(got) != dump(want) || got.Hash != want.Hash || got.File != file {
		t.Fatalf("handed off:\n%s(hash %s, file %s)\nwant:\n%s(hash %s)", dump(got), got.Hash, got.File, dump(want), want.Hash)
	}

	// Another version of the file: parsed, not taken from the handoff.
	cache.Clear()
	if err := os.WriteFile(file, append(src, "\n# edited\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(file, later, later); err != nil {
		t.Fatal(err)
	}
	edited, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if n := parses.Load() - before; n != 1 || edited.Hash == want.Hash {
		t.Fatalf("an edited file: %d parses, hash changed %v; want 1 parse and a new hash", n, edited.Hash != want.Hash)
	}
}
