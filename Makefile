# Two commands for a newcomer on Debian/Ubuntu:
#   make run    set up, then open Ekasar on the bundled archive
#   make test   set up, then run the whole test suite headless
# and, for developers: make bundle, make screenshots, make bench, and make test-fresh
# (make test as a newcomer runs it, in a fresh Debian 12 root; needs root)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fresh test-windows setup system-deps bench screenshots bundle bundle-windows clean translations

# The interface's translations, compiled from the .ts files the project keeps (README, Translations).
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv $(VENV) || { \
	  echo "make: could not create $(VENV). On Debian/Ubuntu: apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test]'
	@touch $@

setup: $(STAMP) system-deps $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing a string in the code: the .ts files gain it (to be translated) and lose what is gone.
translations: $(STAMP)
	$(BIN)/python packaging/translations.py update

system-deps:
	@PYTHON=$(PYTHON) sh packaging/system-deps.sh

run: setup
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] && [ "$${QT_QPA_PLATFORM:-}" = "" ]; then \
	  PYTHON=$(PYTHON) sh packaging/system-deps.sh --display; \
	  echo "make run: no graphical display (DISPLAY/WAYLAND_DISPLAY unset). Run it in a desktop session,"; \
	  echo "          or under a virtual one: xvfb-run -a make run"; exit 1; fi
	$(BIN)/ekasar

test: setup
	@PYTHON=$(PYTHON) sh packaging/system-deps.sh --tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

screenshots: setup
	@sh packaging/system-deps.sh --screenshots
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python docs/make_screenshots.py

# The one-folder bundle, packed as dist/Ekasar-<version>-<os>-<machine>.tar.gz, with its
# size and start-up figures (packaging/README.md).
bundle: setup
	@PYTHON=$(PYTHON) sh packaging/system-deps.sh --bundle
	$(BIN)/python packaging/build_bundle.py

# The portable Windows bundle, dist/Ekasar-<version>-windows-x86_64.zip, built here with the
# official embeddable CPython under Wine (packaging/README.md, Windows).
bundle-windows: $(STAMP) $(QM)
	@sh packaging/system-deps.sh --windows
	$(BIN)/python packaging/build_windows.py

# The Windows bundle (built, or found up to date) under Wine and Xvfb: tests/windows. Wine runs
# with an X display throughout (its desktop process needs one, even for offscreen Qt).
test-windows: $(STAMP) $(QM)
	@sh packaging/system-deps.sh --windows
	EKASAR_TEST_WINDOWS=1 xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python -m pytest tests/windows -p no:cacheprovider

# The peers (libzim, tantivy) are benchmark-only: the [bench] extra, installed here.
bench: setup
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test,bench]'
	$(BIN)/python benchmarks/bench_archive.py
	$(BIN)/python benchmarks/bench_peers.py
	$(BIN)/python benchmarks/bench_window.py
	$(BIN)/python benchmarks/bench_people.py
	$(BIN)/python benchmarks/bench_timeline.py
	$(BIN)/python benchmarks/bench_notes.py
	$(BIN)/python benchmarks/bench_security.py
	$(BIN)/python benchmarks/bench_import.py

# make test exactly as a newcomer runs it: a minimal Debian 12 root (debootstrap, cached), a
# clone of the current commit, and make test inside it as root with CI=true. Needs root.
test-fresh:
	@sh packaging/test-fresh.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis $(QM)
