# Two commands for a fresh machine: `make run` and `make test`. Both set everything up first:
# Debian packages where missing (Tesseract with Vietnamese, Chromium for the review-page test,
# DejaVu fonts for the corpus PDF, LibreOffice for old Word, RTF and OpenDocument files), then a virtual environment with the project installed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie chromium fonts-dejavu-core libreoffice-writer-nogui libreoffice-calc-nogui

.PHONY: setup system run test test-fast lint bench corpus schema evaluate

setup: system $(STAMP)

system:
	@missing=""; for package in $(APT_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# The pipeline on corpus/ into outputs/ (committed: a change in output shows in the diff).
run: setup
	rm -rf outputs
	$(BIN)/baocao run corpus --out outputs

# The full suite, as CI runs it: lint (ruff), the import contract (stages only look down), every test.
test: setup lint
	$(BIN)/pytest

# The same without the slow tests (OCR, the browser): for a quick check while working.
test-fast: setup lint
	$(BIN)/pytest -m "not slow"

lint: setup
	$(BIN)/ruff check extract schemas tools tests
	$(BIN)/lint-imports
	$(BIN)/mypy

# Pages per second and peak memory of each stage on corpus/ repeated to 300+ pages; then seconds per
# document for every other input format (old Word, RTF, OpenDocument, spreadsheets, page images, legacy text).
bench: setup
	$(BIN)/python -m tools.bench
	$(BIN)/python -m tools.bench_formats

# Field-level precision, recall and F1 against the hand-checked gold (tests/gold/), seed and ../shared/real.
evaluate: setup
	$(BIN)/python -m tools.evaluate

# Regenerate corpus/ (seed text, born-digital PDF, scan, legacy encoding) from ../shared/seed.
corpus: setup
	$(BIN)/python -m tools.make_corpus

schema: setup
	$(BIN)/python -m schemas.export
