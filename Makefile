# statuslint: make demo (lint the bundled example API), make test (what CI runs).
GO          ?= go
BIN         := bin/statuslint
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: build demo test lint custom-gcl

build:
	$(GO) build -o $(BIN) ./cmd/statuslint

# The demo API holds every mistake the checks catch, each beside a correct
# twin; statuslint exits 3 when it reports findings, which is the point here.
demo: build
	@cd testdata/demo && ../../$(BIN) ./... ; status=$$?; \
	if [ $$status -ne 3 ]; then echo "make demo: expected findings (exit 3), statuslint exited $$status" >&2; exit 1; fi
	@echo "--- and the checks that are off by default (-methodstatus -wwwauth):"
	@cd testdata/demo && ../../$(BIN) -methodstatus -wwwauth ./... ; status=$$?; \
	if [ $$status -ne 3 ]; then echo "make demo: expected findings (exit 3), statuslint exited $$status" >&2; exit 1; fi

test: lint
	$(GO) test -count=1 ./...

# golangci-lint v2.15.0 with the statuslint plugin linked in, as bin/custom-gcl,
# built from the Go module proxy (golangci-lint custom builds the same from
# .custom-gcl.yml, but clones golangci-lint with git). The version names the
# statuslint source, so golangci-lint's cache never serves stale results.
custom-gcl:
	$(GO) run ./tools/gclbuild -o bin/custom-gcl

# gofmt, go vet, staticcheck and statuslint itself, all clean on this repo.
# tools/custom-gcl is a module of its own (golangci-lint's dependencies stay
# out of ours); vetting it also compiles golangci-lint for the plugin's test.
lint: build
	@out=$$(gofmt -l $$(find . -name '*.go' -not -path './testdata/*' -not -path './.cache/*') 2>&1); \
	if [ -n "$$out" ]; then echo "gofmt would change:" >&2; echo "$$out" >&2; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	./$(BIN) ./...
	cd tools/custom-gcl && $(GO) vet ./... && $(GO) run $(STATICCHECK) ./...

# make bench: statuslint measured on a real HTTP API service, the container
# registry's server (its API handlers on net/http and gorilla/mux), which
# comes through the Go module proxy at a pinned version. Two tables:
# - what the checks cost over bin/bench-nothing (the same x/tools passes
#   doing nothing, tools/bench/nothing), both run by go vet -vettool;
# - statuslint ./... beside staticcheck v0.8.2 and go vet
#   -vettool=statuslint: with an empty build cache, with a warm build cache
#   but no analysis results, and re-run on the unchanged tree.
# A measurement, not a test: it fails only when a tool does. BENCH_RUNS=N
# timed runs of each tool; BENCH_COLD_RUNS=N runs with an empty build cache
# (0 skips them: each compiles the target's whole dependency graph).
BENCH_MODULE    := github.com/distribution/distribution/v3
BENCH_VERSION   := v3.1.2
BENCH_RUNS      ?= 5
BENCH_COLD_RUNS ?= 1
BENCH_CACHE     := .cache/bench
BENCH_DIR       := $(BENCH_CACHE)/distribution@$(BENCH_VERSION)
BENCH_NOTHING   := bin/bench-nothing
BENCH_SC        := bin/staticcheck

.PHONY: bench
bench: build $(BENCH_DIR)/.ready
	$(GO) build -o $(BENCH_NOTHING) ./tools/bench/nothing
	GOBIN=$(abspath bin) GOTOOLCHAIN=local $(GO) install $(STATICCHECK)
	GOTOOLCHAIN=local $(GO) run ./tools/bench -go=$(GO) -runs=$(BENCH_RUNS) -coldruns=$(BENCH_COLD_RUNS) \
		-staticcheck=$(BENCH_SC) -name=$(BENCH_MODULE)@$(BENCH_VERSION) -dir=$(BENCH_DIR) \
		-findings=$(BENCH_CACHE)/findings.txt $(BIN) $(BENCH_NOTHING)

# The module cache is read-only, so the target is copied to a writable
# directory; its own dependencies then resolve through the proxy, and a
# build proves it type-checks with this toolchain before anything is timed.
# go mod download runs outside this repo so that our go.mod stays as it is.
$(BENCH_DIR)/.ready:
	@rm -rf $(BENCH_DIR) $(BENCH_DIR).tmp && mkdir -p $(BENCH_CACHE)
	@src=$$(cd "$${TMPDIR:-/tmp}" && GOTOOLCHAIN=local $(GO) mod download -json $(BENCH_MODULE)@$(BENCH_VERSION) | \
		sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p'); \
	if [ -z "$$src" ]; then echo "make bench: could not download $(BENCH_MODULE)@$(BENCH_VERSION)" >&2; exit 1; fi; \
	echo "copying $$src to $(BENCH_DIR)"; \
	cp -R "$$src" $(BENCH_DIR).tmp && chmod -R u+w $(BENCH_DIR).tmp
	cd $(BENCH_DIR).tmp && GOTOOLCHAIN=local GOWORK=off $(GO) mod download && GOTOOLCHAIN=local GOWORK=off $(GO) build ./...
	@mv $(BENCH_DIR).tmp $(BENCH_DIR) && touch $@
