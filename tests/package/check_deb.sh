#!/usr/bin/env bash
# Installs the .deb that `make package` built, checks it as someone who installed
# Convene would find it (the command on the PATH, its version, the browser mode, the
# desktop entry and icon, the licence notices), then removes it again. Prints the sizes
# the README quotes.
set -euo pipefail

SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
deb=$(ls target/release/bundle/deb/*.deb | head -n 1)
package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
fail() { echo "package check: $*" >&2; exit 1; }

remove() { DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq "$package" >/dev/null 2>&1 || true; }
trap remove EXIT

echo "Depends: $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -f "$deb" Depends | grep -q 'libwebkit2gtk-4.1-0' || fail "the package does not depend on WebKitGTK 4.1"
dpkg-deb -f "$deb" Depends | grep -q -- '-dev' && fail "the package depends on a -dev package"

DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=600 "./$deb" >/dev/null

[ "$(command -v convene)" = /usr/bin/convene ] || fail "convene is not on the PATH"
[ "$(convene --version)" = "convene $version" ] || fail "convene --version says '$(convene --version)', not 'convene $version'"

desktop=$(dpkg -L "$package" | grep '^/usr/share/applications/.*\.desktop$' | head -n 1)
[ -n "$desktop" ] || fail "no desktop entry"
grep -q '^Exec=convene' "$desktop" || fail "the desktop entry does not start convene"
icon_name=$(sed -n 's/^Icon=//p' "$desktop")
for size in 32x32 128x128 256x256@2 512x512; do
  [ -f "/usr/share/icons/hicolor/$size/apps/$icon_name.png" ] || fail "no $size icon named $icon_name"
done
for notice in crates ui fonts; do
  [ -s "/usr/share/doc/convene/notices/$notice.txt" ] || fail "no $notice notices"
done
grep -q 'rusqlite' /usr/share/doc/convene/notices/crates.txt || fail "the crates' notices miss rusqlite"
grep -q 'svelte' /usr/share/doc/convene/notices/ui.txt || fail "the interface's notices miss svelte"
grep -qi 'SIL OPEN FONT LICENSE' /usr/share/doc/convene/notices/fonts.txt || fail "the font licence is missing"

data=$(mktemp -d)
port=5391
convene --data-dir "$data" serve --port "$port" >"$data/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null || { kill "$server"; fail "convene serve did not answer /api/health"; }
kill "$server"
wait "$server" 2>/dev/null || true
rm -rf "$data"

installed_kb=$(dpkg-deb -f "$deb" Installed-Size)
echo "Package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KB; installed size $installed_kb KB"

remove
trap - EXIT
[ ! -e /usr/bin/convene ] || fail "removing the package left /usr/bin/convene behind"
echo "The package installs, runs and removes cleanly."
