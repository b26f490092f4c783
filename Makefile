# Booth — the two commands of the README, and their helpers.
SWIFT ?= swift
BOOTH_RELEASE = .build/release/booth

.PHONY: deps build release test demo bench clean

# System libraries: ICU (normalization, break iteration) and Snowball (stemming).
deps:
	@missing=""; \
	for package in libicu-dev libstemmer-dev; do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) test

demo: release
	$(BOOTH_RELEASE) segment --format text Corpora/
	$(BOOTH_RELEASE) coverage Corpora/
	$(BOOTH_RELEASE) coverage --format json Corpora/ > coverage.json
	$(BOOTH_RELEASE) report Corpora/
	$(BOOTH_RELEASE) report Corpora/ --format html --output report.html
	$(BOOTH_RELEASE) normalize --format json Corpora/ > normalized.jsonl
	$(BOOTH_RELEASE) segment Corpora/ > sentences.jsonl
	@echo "Wrote report.html (open it in a browser), normalized.jsonl, sentences.jsonl and coverage.json."

bench: release
	$(BOOTH_RELEASE) bench

clean:
	rm -rf .build normalized.jsonl sentences.jsonl coverage.json report.html
