# statuslint: make demo (lint the bundled example API), make test (what CI runs).
GO          ?= go
BIN         := bin/statuslint
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: build demo test lint

build:
	$(GO) build -o $(BIN) ./cmd/statuslint

# The demo API holds every mistake the checks catch, each beside a correct
# twin; statuslint exits 3 when it reports findings, which is the point here.
demo: build
	@cd testdata/demo && ../../$(BIN) ./... ; status=$$?; \
	if [ $$status -ne 3 ]; then echo "make demo: expected findings (exit 3), statuslint exited $$status" >&2; exit 1; fi

test: lint
	$(GO) test ./...

# gofmt, go vet, staticcheck and statuslint itself, all clean on this repo.
lint: build
	@out=$$(gofmt -l $$(find . -name '*.go' -not -path './testdata/*' -not -path './.cache/*') 2>&1); \
	if [ -n "$$out" ]; then echo "gofmt would change:" >&2; echo "$$out" >&2; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	./$(BIN) ./...
