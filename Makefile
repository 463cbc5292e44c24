# Two entry points: `make run` (service on the embedded store with the examples loaded)
# and `make test` (everything CI runs). Both create .venv and install what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= .ikg/store

.PHONY: run test install browser virtuoso load serve bench bench-national lint clean

$(BIN)/ikg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/ikg

load: install
	$(BIN)/ikg load --store-path $(STORE) examples

serve: install
	$(BIN)/ikg serve --store-path $(STORE)

run: load serve

# Debian's Chromium for the browser tests (Playwright cannot download browsers here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: browser tests will be skipped (sudo apt-get install chromium)"; fi; }

# Debian's Virtuoso for the remote-store tests (started by the suite on free loopback ports).
virtuoso:
	@command -v virtuoso-t >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null; \
	  else echo "virtuoso-t missing: Virtuoso tests will be skipped (sudo apt-get install virtuoso-opensource)"; fi; }

test: install browser virtuoso
	$(BIN)/pytest -q

bench: install virtuoso
	$(BIN)/python bench/run.py

# At national scale (loads ../shared's national, ofsted-dev and liverpool corpora once, about 10 min
# with 2 extraction processes, into NATIONAL_STORE), then every endpoint over HTTP, then ingest
# against its text-reading floor.
NATIONAL_STORE ?= .ikg/national
bench-national: install
	test -d $(NATIONAL_STORE) || $(BIN)/ikg load --jobs 2 --store-path $(NATIONAL_STORE) \
	  ../shared/corpus/national ../shared/corpus/ofsted-dev ../shared/corpus/liverpool
	$(BIN)/python bench/national.py $(NATIONAL_STORE)
	$(BIN)/python bench/ingest.py

lint: install
	$(BIN)/hadolint Dockerfile

clean:
	rm -rf $(VENV) .ikg .pytest_cache
