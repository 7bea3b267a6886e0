# Convene: `make run` opens the desktop app, `make test` runs every check.
# Both install what is missing first (system packages, npm packages, the UI build)
# and are fast when everything is already in place.

SHELL := /bin/bash
.DEFAULT_GOAL := run

APT_PACKAGES := build-essential pkg-config libwebkit2gtk-4.1-dev libxdo-dev libssl-dev \
	libayatana-appindicator3-dev librsvg2-dev xvfb xauth x11-utils webkit2gtk-driver \
	chromium poppler-utils qpdf zbar-tools
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
UI_SOURCES := $(shell find ui/src assets/icons assets/locales ui/index.html ui/vite.config.ts ui/svelte.config.js -type f 2>/dev/null)
CONVENE := target/debug/convene

.PHONY: run serve test deps system-deps bindings lint test-rust test-ui test-e2e test-desktop bench crash-bench clean

## Desktop app
run: deps ui/dist/index.html
	cargo run -p convene

## Browser mode on http://127.0.0.1:5180/
serve: deps ui/dist/index.html
	cargo run -p convene -- serve

## Everything CI runs
test: deps ui/dist/index.html lint test-rust test-ui test-e2e test-desktop
	@echo "All test suites passed."

deps: system-deps ui/node_modules/.installed tests/node_modules/.installed

system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(uname)" != Linux ] || ! command -v apt-get >/dev/null; then \
			echo "Install these first (see README): $$missing"; exit 1; fi; \
		echo "Installing system packages: $$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq -o DPkg::Lock::Timeout=600 $$missing \
			|| (DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get -f install -y -qq -o DPkg::Lock::Timeout=600 && \
			    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq -o DPkg::Lock::Timeout=600 $$missing); \
	fi

ui/node_modules/.installed: ui/package.json ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
	touch $@

tests/node_modules/.installed: tests/package.json tests/package-lock.json
	cd tests && npm ci --no-audit --no-fund
	touch $@

ui/dist/index.html: ui/node_modules/.installed $(UI_SOURCES)
	cd ui && npm run build

## Regenerate the UI's TypeScript types from the Rust command schema
bindings:
	UPDATE_BINDINGS=1 cargo test -p convene-core --test bindings

lint: ui/node_modules/.installed
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cd ui && npm run check

# The suites read English: the language Convene starts in follows the machine's
# (LANGUAGE, LC_ALL, LANG), and a test machine may be set to another.
test-rust test-ui test-e2e test-desktop: export LANGUAGE := en

test-rust: ui/dist/index.html
	cargo test --workspace

test-ui: ui/node_modules/.installed
	cd ui && npm test

$(CONVENE): FORCE
	cargo build -p convene
FORCE:

test-e2e: ui/dist/index.html tests/node_modules/.installed $(CONVENE)
	cd tests && npx playwright test

test-desktop: ui/dist/index.html tests/node_modules/.installed $(CONVENE)
	xvfb-run -a -s "-screen 0 1440x900x24" node --test tests/desktop/smoke.test.mjs

## Speed and memory figures quoted in the README (release build)
bench: deps ui/dist/index.html
	cargo build --release -p convene
	@echo "Release binary: $$(du -h target/release/convene | cut -f1)"
	cargo run --release -p convene-server --example serve_bench -- target/release/convene
	cargo run --release -p convene-print --example bench_agenda
	cargo run --release -p convene-print --example bench_sheets
	cd tests && node bench/entry_bench.mjs ../target/release/convene
	cargo run --release -p convene-core --example search_bench
	cargo run --release -p convene-core --example report_bench
	cargo run --release -p convene-core --example network_bench
	$(MAKE) crash-bench

## 1,000 SIGKILLs of `convene serve` mid-write: writes lost (must be 0) and resume error
crash-bench: deps ui/dist/index.html
	cargo build --release -p convene
	cargo run --release -p convene --example crash_bench -- target/release/convene 1000

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules tests/node_modules
