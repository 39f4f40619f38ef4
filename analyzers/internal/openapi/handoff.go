package openapi

import (
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// HandoffEnv names the file through which a process that parsed a
// document hands it to the processes it starts: statuslint parses the
// document once to check it, then go vet runs one process per package,
// and each of those that needs the document would parse it again. A
// process whose environment names a handoff takes the document from it
// when the file is the same version (path, size, modification time), and
// parses it otherwise. An environment variable, not a flag: go vet keys
// its cache on the flags, and the handoff's path differs on every run.
const HandoffEnv = "STATUSLINT_OPENAPI_HANDOFF"

// handoff is what the file holds: a document and the version of the file
// it was parsed from.
type handoff struct {
	Key struct {
		Abs         string
		Size, MTime int64
	}
	Doc *Doc
}

// WriteHandoff parses file (or takes it from this process's cache) and
// writes it to path for the processes this one starts; set HandoffEnv to
// path in their environment.
func WriteHandoff(file, path string) error {
	d, err := Load(file)
	if err != nil {
		return err
	}
	k, err := keyOf(file)
	if err != nil {
		return err
	}
	var h handoff
	h.Key.Abs, h.Key.Size, h.Key.MTime = k.abs, k.size, k.mtime
	h.Doc = d
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(f).Encode(&h); err != nil {
		f.Close()
		return fmt.Errorf("writing the parsed OpenAPI document: %v", err)
	}
	return f.Close()
}

// handoffs holds, per handoff file, what it gave: read once per process.
var handoffs sync.Map // path -> *handoffEntry

type handoffEntry struct {
	once sync.Once
	h    *handoff
}

// fromHandoff returns the document of k from the handoff the environment
// names, or nil when there is none or it holds another version.
func fromHandoff(k key, name string) *Doc {
	path := os.Getenv(HandoffEnv)
	if path == "" {
		return nil
	}
	v, _ := handoffs.LoadOrStore(path, &handoffEntry{})
	e := v.(*handoffEntry)
	e.once.Do(func() {
		f, err := os.Open(path)
		if err != nil {
			return // gone: parse instead
		}
		defer f.Close()
		var h handoff
		if gob.NewDecoder(f).Decode(&h) == nil && h.Doc != nil {
			e.h = &h
		}
	})
	h := e.h
	if h == nil || h.Key.Abs != k.abs || h.Key.Size != k.size || h.Key.MTime != k.mtime {
		return nil
	}
	d := *h.Doc
	d.File = name
	return &d
}

func keyOf(file string) (key, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		abs = file
	}
	info, err := os.Stat(abs)
	if err != nil {
		return key{}, err
	}
	return key{abs, info.Size(), info.ModTime().UnixNano()}, nil
}
