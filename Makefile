# statuslint: make demo (lint the bundled example API), make test (what CI runs).
SHELL       := /bin/bash
GO          ?= go
BIN         := bin/statuslint
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: build demo test quick lint custom-gcl

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
	@echo "--- every route, what its handler can send, and its operation in openapi.yaml (statuslint routes -spec=openapi.yaml):"
	@cd testdata/demo && ../../$(BIN) routes -spec=openapi.yaml ./...
	@echo "--- the code against openapi.yaml, which drifts on purpose (-contract -contract.spec=openapi.yaml -contract.unsent):"
	@cd testdata/demo && ../../$(BIN) -contract -contract.spec=openapi.yaml -contract.unsent ./... ; status=$$?; \
	if [ $$status -ne 3 ]; then echo "make demo: expected findings (exit 3), statuslint exited $$status" >&2; exit 1; fi

# The full suite, what CI runs. -count=1: analysistest reads its fixtures
# through a go list subprocess, which the test cache cannot see. Progress
# is printed as it goes (tools/testprogress names the tests still running).
# -timeout: go test's default of 10 minutes per test binary kills the
# command's scripts on a slow or busy machine; no test measures wall time,
# so a generous limit only catches a hang.
TEST_TIMEOUT ?= 60m

test: lint
	@echo "make test: go test ./... (about 3 min warm; the command's scripts, the stub check against the real frameworks and the golangci-lint plugin are the slow ones)"
	@set -o pipefail; $(GO) test -count=1 -timeout $(TEST_TIMEOUT) -json ./... | $(GO) run ./tools/testprogress

# The inner loop: gofmt, go vet, the model's own tests, then the tests of
# every check, gathered in package analyzers (checks_test.go) so that an
# edit of the model links one test binary for all of them, and the small
# packages' tests, which do not link the model. From the test cache when
# nothing changed; the cache may miss a fixture file added to a package,
# and the command, the plugin and the tools are left out: make test decides.
QUICK_MODEL := ./analyzers/internal/respflow ./analyzers/internal/entries ./analyzers/internal/errfacts ./analyzers/internal/frameworks ./analyzers/internal/routes
QUICK_REST  := ./analyzers ./analyzers/unmodelled ./analyzers/internal/ignore ./analyzers/internal/openapi ./catalog

quick:
	@out=$$(gofmt -l $$(find . -name '*.go' -not -path './testdata/*' -not -path './.cache/*') 2>&1); \
	if [ -n "$$out" ]; then echo "gofmt would change:" >&2; echo "$$out" >&2; exit 1; fi
	$(GO) vet ./analyzers/... ./catalog/... ./cmd/... ./tools/...
	$(GO) test -timeout $(TEST_TIMEOUT) $(QUICK_MODEL)
	$(GO) test -timeout $(TEST_TIMEOUT) $(QUICK_REST)

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
	@echo "make lint: gofmt, go vet, staticcheck, statuslint on itself, and the same for tools/custom-gcl (its vet compiles golangci-lint: minutes on a cold cache)"
	@out=$$(gofmt -l $$(find . -name '*.go' -not -path './testdata/*' -not -path './.cache/*') 2>&1); \
	if [ -n "$$out" ]; then echo "gofmt would change:" >&2; echo "$$out" >&2; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	./$(BIN) ./...
	cd tools/custom-gcl && $(GO) vet ./... && $(GO) run $(STATICCHECK) ./...

# make realworld: statuslint (and statuslint coverage, where the binary has
# it) on the pinned real-world set in realworld/services.txt, one service at
# a time, into realworld/results.txt, which is checked in: a change's diff
# of that file shows what it moved. Copies go to .cache/realworld/; services
# from git need their repositories fetched beforehand under
# REALWORLD_MIRROR (default /work/.mirror), and one that is missing is
# skipped with a line saying so. REALWORLD_ONLY=a,b runs just those, into
# .cache/realworld/results-only.txt.
REALWORLD_MIRROR ?= /work/.mirror
REALWORLD_ONLY   ?=

.PHONY: realworld
realworld: build
	GOTOOLCHAIN=local $(GO) run ./tools/realworld -go=$(GO) -bin=$(BIN) -mirror=$(REALWORLD_MIRROR) \
		-list=realworld/services.txt \
		$(if $(REALWORLD_ONLY),-only=$(REALWORLD_ONLY) -out=.cache/realworld/results-only.txt,-out=realworld/results.txt)

# make bench: statuslint measured on a real HTTP API service, the container
# registry's server (its API handlers on net/http and gorilla/mux), which
# comes through the Go module proxy at a pinned version. The tables:
# - what the checks cost over bin/bench-nothing (the same x/tools passes
#   doing nothing, tools/bench/nothing), both run by go vet -vettool;
# - cold, each run with an empty build cache (a CI job's first run): go vet
#   -vettool=statuslint against bin/bench-nothing, and statuslint ./...
#   against staticcheck v0.8.2;
# - statuslint ./... beside staticcheck and go vet -vettool=statuslint:
#   with a warm build cache but no analysis results, and re-run on the
#   unchanged tree;
# - golangci-lint's standard linters with and without the statuslint plugin
#   (bin/custom-gcl), each with an empty lint cache;
# - statuslint routes and the contract check beside a plain run.
# A measurement, not a test: it fails only when a tool does. BENCH_RUNS=N
# timed runs of each tool (BENCH_SIDE_RUNS=N for the second table's warm
# runs, when they should differ); BENCH_COLD_RUNS=N runs with an empty build cache
# (0 skips them: each compiles the target's whole dependency graph).
BENCH_MODULE    := github.com/distribution/distribution/v3
BENCH_VERSION   := v3.1.2
BENCH_RUNS      ?= 5
BENCH_COLD_RUNS ?= 1
BENCH_SIDE_RUNS ?= 0
BENCH_CACHE     := .cache/bench
BENCH_DIR       := $(BENCH_CACHE)/distribution@$(BENCH_VERSION)
BENCH_NOTHING   := bin/bench-nothing
BENCH_SC        := bin/staticcheck

.PHONY: bench
bench: build custom-gcl $(BENCH_DIR)/.ready
	$(GO) build -o $(BENCH_NOTHING) ./tools/bench/nothing
	GOBIN=$(abspath bin) GOTOOLCHAIN=local $(GO) install $(STATICCHECK)
	GOTOOLCHAIN=local $(GO) run ./tools/bench -go=$(GO) -runs=$(BENCH_RUNS) -sideruns=$(BENCH_SIDE_RUNS) -coldruns=$(BENCH_COLD_RUNS) \
		-staticcheck=$(BENCH_SC) -gcl=bin/custom-gcl -name=$(BENCH_MODULE)@$(BENCH_VERSION) -dir=$(BENCH_DIR) \
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
