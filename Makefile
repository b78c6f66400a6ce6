# dipkb: `make run` loads the seed article and prints the headline queries; `make test` runs the tests.
SWIFT ?= swift
# The build folder; give another (`make test SCRATCH=.build-mine`) to keep builds apart.
SCRATCH ?= .build
DIPKB := $(SCRATCH)/release/dipkb
RUN_DB := $(SCRATCH)/run.sqlite
EVAL_DIR := ../shared/eval

.PHONY: deps setup build test run ui-check eval bench fuzz spark-check dist dist-check format lint

# What the build cannot do without: SQLite's headers. Installed only when missing, so `make run`
# and `make test` work on a fresh Debian machine and cost nothing when it is there.
deps:
	@if ! pkg-config --exists sqlite3 2>/dev/null; then \
		echo "installing libsqlite3-dev"; \
		$(if $(filter 0,$(shell id -u)),,sudo) apt-get update && $(if $(filter 0,$(shell id -u)),,sudo) apt-get install -y libsqlite3-dev pkg-config; \
	fi

# Everything that is missing: the build's needs, and Graphviz for `dipkb graph` pictures.
setup: deps
	@if ! command -v dot >/dev/null 2>&1; then \
		echo "installing graphviz"; \
		$(if $(filter 0,$(shell id -u)),,sudo) apt-get update && $(if $(filter 0,$(shell id -u)),,sudo) apt-get install -y graphviz; \
	fi

# `dipkb serve` in a real browser: every page opened in headless Chromium on the seed, the examples
# and a hostile article, a screenshot of each in $(SCRATCH)/ui/, the rendered DOM checked for the
# page's facts (tools/ui-check/check.py). Installs Debian's chromium and Graphviz when missing;
# uses the debug build `make test` makes.
UI_OUT := $(SCRATCH)/ui
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

ui-check: deps
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v dot >/dev/null 2>&1; then \
		echo "installing chromium and graphviz"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium graphviz fonts-dejavu-core; \
	fi
	@scratch=$$(mktemp -d "$${TMPDIR:-/tmp}/dipkb-ui-check-XXXXXX"); \
	TMPDIR="$$scratch" $(SWIFT) build --scratch-path $(SCRATCH) --product dipkb \
	&& TMPDIR="$$scratch" python3 tools/ui-check/check.py --dipkb $(SCRATCH)/debug/dipkb --out $(UI_OUT); status=$$?; \
	rm -rf "$$scratch"; exit $$status

build: deps
	$(SWIFT) build -c release --scratch-path $(SCRATCH)

# The tests' temporary folders and databases go to a folder of this run's own, removed after it
# whether the tests pass or fail (the tests make some 150 folders a run, and SwiftPM's build a few
# more; left in /tmp, they piled up). `ui-check` does the same.
test: deps
	@scratch=$$(mktemp -d "$${TMPDIR:-/tmp}/dipkb-test-XXXXXX"); \
	TMPDIR="$$scratch" $(SWIFT) test --scratch-path $(SCRATCH); status=$$?; \
	rm -rf "$$scratch"; exit $$status

run: build
	rm -f $(RUN_DB) $(RUN_DB)-wal $(RUN_DB)-shm
	$(DIPKB) load --db $(RUN_DB) seeds/
	@echo
	@echo "== who-met-whom"
	@$(DIPKB) query --db $(RUN_DB) who-met-whom
	@echo
	@echo "== disputed-territories"
	@$(DIPKB) query --db $(RUN_DB) disputed-territories

# The extractor against gold annotations: the repository's own sets (eval/, and eval/written/ to
# eval/written18/, 30 to 50 articles each, written by people who never read the extractor), then
# the shared development set beside the repository when it is there. `dipkb eval` gives score.py's figures.
eval: build
	@echo "== eval/"
	@$(DIPKB) eval eval/
	@echo; echo "== eval/written/"
	@$(DIPKB) eval eval/written/
	@echo; echo "== eval/written2/"
	@$(DIPKB) eval eval/written2/
	@echo; echo "== eval/written3/"
	@$(DIPKB) eval eval/written3/
	@echo; echo "== eval/written4/"
	@$(DIPKB) eval eval/written4/
	@echo; echo "== eval/written5/"
	@$(DIPKB) eval eval/written5/
	@echo; echo "== eval/written6/"
	@$(DIPKB) eval eval/written6/
	@echo; echo "== eval/written7/"
	@$(DIPKB) eval eval/written7/
	@echo; echo "== eval/written8/"
	@$(DIPKB) eval eval/written8/
	@echo; echo "== eval/written9/"
	@$(DIPKB) eval eval/written9/
	@echo; echo "== eval/written10/"
	@$(DIPKB) eval eval/written10/
	@echo; echo "== eval/written11/"
	@$(DIPKB) eval eval/written11/
	@echo; echo "== eval/written12/"
	@$(DIPKB) eval eval/written12/
	@echo; echo "== eval/written13/"
	@$(DIPKB) eval eval/written13/
	@echo; echo "== eval/written14/"
	@$(DIPKB) eval eval/written14/
	@echo; echo "== eval/written15/"
	@$(DIPKB) eval eval/written15/
	@echo; echo "== eval/written16/"
	@$(DIPKB) eval eval/written16/
	@echo; echo "== eval/written17/"
	@$(DIPKB) eval eval/written17/
	@echo; echo "== eval/written18/"
	@$(DIPKB) eval eval/written18/
	@echo; echo "== eval/written19/"
	@$(DIPKB) eval eval/written19/
	@echo; echo "== eval/written20/"
	@$(DIPKB) eval eval/written20/
	@echo; echo "== eval/written21/"
	@$(DIPKB) eval eval/written21/
	@echo; echo "== eval/written22/"
	@$(DIPKB) eval eval/written22/
	@if [ -d $(EVAL_DIR)/dev ]; then \
		echo; echo "== $(EVAL_DIR)/dev"; \
		$(DIPKB) eval $(EVAL_DIR)/dev; \
	else \
		echo "no $(EVAL_DIR)/dev folder: only eval/ evaluated"; \
	fi

# The Spark job (tools/spark/) in local mode on a generated corpus gives the knowledge base a
# direct load gives; prints the rates. Needs `pip install pyspark` and Java 17; not part of `make test`.
spark-check: build
	DIPKB=$(DIPKB) DIPKB_CORPUS=$(SCRATCH)/release/dipkb-corpus python3 tools/spark/check.py

# A dipkb that runs where Swift is not installed: the Swift runtime linked in, packed with the
# README and the licence notices into dist/dipkb-VERSION-linux-ARCH.tar.gz, then checked.
DIST_SCRATCH ?= .build-dist
DIST_NAME := dipkb-$(shell git describe --always --dirty 2>/dev/null || echo unknown)-linux-$(shell uname -m)

dist: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(DIST_SCRATCH) --product dipkb
	tools/dist/package.sh $(DIST_SCRATCH)/release/dipkb $(DIST_SCRATCH) $(DIST_NAME)
	tools/dist/check.sh dist/$(DIST_NAME).tar.gz

# Checks a tarball `make dist` made, without building: runs it with the toolchain out of reach.
dist-check:
	tools/dist/check.sh dist/$(DIST_NAME).tar.gz

# Speed against the machine's ceilings (see bench/run.sh); under 10 minutes.
bench:
	BENCH_SCRATCH=$(SCRATCH) bench/run.sh

# libFuzzer over the article reader and the extractor, bounded in time (FUZZ_SECONDS, default 60).
fuzz:
	bench/fuzz.sh

# Swift sources as `swift format` (in the toolchain; configuration in .swift-format) writes them;
# `make lint` is the check `.ci/run` makes.
SWIFT_SOURCES := Sources Tests Package.swift Plugins
format:
	$(SWIFT) format format --in-place --recursive --parallel $(SWIFT_SOURCES)

lint:
	$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_SOURCES)
