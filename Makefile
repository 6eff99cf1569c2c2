# zhengfeng — build the shipped site and run every test on a fresh Debian machine.
# System packages are installed with apt-get when missing (as root, or through sudo).

SWIFT ?= swift
SITE_PACKAGES := libcmark-dev libqrencode-dev pkg-config fonts-noto-cjk
TEST_PACKAGES := $(SITE_PACKAGES) weasyprint poppler-utils zbar-tools
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all site test deps-site deps-test build release clean pdf bench screenshots docs

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
pdf: release
	$(call apt_install,weasyprint)
	.build/release/zhengfeng build --site . --pdf

## make test: every test (unit, fixture sites with golden output, end to end)
test: deps-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

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

## make screenshots: the built site as a person sees it (headless Chromium, desktop and phone)
SHOT_PORT ?= 8765
screenshots: site
	$(call apt_install,chromium)
	@mkdir -p screenshots
	@python3 -m http.server $(SHOT_PORT) --bind 127.0.0.1 --directory output >/dev/null 2>&1 & server=$$!; sleep 1; \
	for spec in "home 1280,2200 /" "home-phone 390,2400 /" "page-phone 390,2400 /real-name/definition/" "channels 1280,2000 /channels/"; do \
	  set -- $$spec; chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=$$2 \
	    --screenshot=screenshots/$$1.png http://127.0.0.1:$(SHOT_PORT)$$3 2>/dev/null; \
	done; kill $$server; ls screenshots
