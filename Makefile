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
	$(BOOTH_RELEASE) segment --speakers --format text Corpora/
	$(BOOTH_RELEASE) coverage Corpora/
	$(BOOTH_RELEASE) coverage --format json Corpora/ > coverage.json
	$(BOOTH_RELEASE) report Corpora/
	$(BOOTH_RELEASE) report Corpora/ --format html --output report.html
	$(BOOTH_RELEASE) normalize --format json Corpora/ > normalized.jsonl
	$(BOOTH_RELEASE) segment Corpora/ > sentences.jsonl
	@echo "Wrote report.html (open it in a browser), normalized.jsonl, sentences.jsonl and coverage.json."

# make bench BENCH_ARGS="--megabytes 200 --line-megabytes 200"   (the archive-scale run of the README)
BENCH_ARGS ?=
bench: release
	$(BOOTH_RELEASE) bench $(BENCH_ARGS)

clean:
	rm -rf .build normalized.jsonl sentences.jsonl coverage.json report.html

# Fuzzing with libFuzzer (see README, "Fuzzing"): BoothKit is built with AddressSanitizer and libFuzzer's
# coverage counters in its own scratch folder, then linked with the entry point Tests/Fuzz/FuzzTargets.swift.
FUZZ_BUILD = .build-fuzz/release
FUZZ_TIME ?= 600
TARGET ?= normalize

fuzz-build: deps
	$(SWIFT) build -c release --scratch-path .build-fuzz --target BoothKit \
	  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
	  -Xcc -fsanitize=address -Xcc -fsanitize-coverage=inline-8bit-counters,pc-table,trace-cmp
	swiftc -O -sanitize=fuzzer,address -parse-as-library Tests/Fuzz/FuzzTargets.swift -I $(FUZZ_BUILD)/Modules \
	  -Xcc -fmodule-map-file=$(FUZZ_BUILD)/CICU.build/module.modulemap -Xcc -fmodule-map-file=$(FUZZ_BUILD)/CStemmer.build/module.modulemap \
	  $(FUZZ_BUILD)/BoothKit.build/*.o $(FUZZ_BUILD)/CICU.build/*.o $(FUZZ_BUILD)/CStemmer.build/*.o $(FUZZ_BUILD)/Plot.build/*.o \
	  -licuuc -licui18n -licudata -lstemmer -o $(FUZZ_BUILD)/booth-fuzz 2>&1 | grep -v "Cannot export local symbol" || true

fuzz: fuzz-build
	mkdir -p .build-fuzz/corpus/$(TARGET) .build-fuzz/crashes
	cp -n Tests/Fuzz/corpus/$(TARGET)/* .build-fuzz/corpus/$(TARGET)/ 2>/dev/null || true
	# FoundationXML leaks a CFString for every XML error it reports (a toolchain leak, seen by
	# LeakSanitizer in _CFErrorCreateFromXMLInterface): for the TBX target only, leak detection is off
	# and the memory limit is raised, since a 10-minute run leaks a few gigabytes that way. (ASAN_OPTIONS
	# too: LeakSanitizer's own check at exit would otherwise report the same leak as a crash of the
	# empty input.)
	ASAN_OPTIONS=detect_leaks=$(if $(filter tbx,$(TARGET)),0,1) BOOTH_FUZZ_TARGET=$(TARGET) $(FUZZ_BUILD)/booth-fuzz -max_total_time=$(FUZZ_TIME) -max_len=8192 \
	  -detect_leaks=$(if $(filter tbx,$(TARGET)),0,1) -rss_limit_mb=$(if $(filter tbx,$(TARGET)),12288,2048) \
	  -artifact_prefix=.build-fuzz/crashes/$(TARGET)- .build-fuzz/corpus/$(TARGET) Tests/Fuzz/corpus/$(TARGET)
