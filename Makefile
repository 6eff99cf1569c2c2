# zhengfeng — build the shipped site and run every test on a fresh Debian machine.
# System packages are installed with apt-get when missing (as root, or through sudo).

SWIFT ?= swift
SITE_PACKAGES := libcmark-dev libqrencode-dev pkg-config fonts-noto-cjk
TEST_PACKAGES := $(SITE_PACKAGES) weasyprint poppler-utils zbar-tools chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all site test deps-site deps-test build release clean pdf bench

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

clean:
	rm -rf .build output

## make bench: zhengfeng against Hugo on the generated corpus (BENCH_PAGES=100000 adds a size)
bench: release
	$(call apt_install,hugo cmark time)
	python3 bench/bench.py
