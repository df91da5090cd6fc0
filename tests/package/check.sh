#!/usr/bin/env bash
# Installs the Debian package as a user would, tries it and removes it:
#   tests/package/check.sh [path/to/empty-chair_….deb]   (default: the newest in target/package)
# Run by `scripts/package --check`. Needs root or sudo (apt-get), Xvfb, tauri-driver and
# WebKitWebDriver (`scripts/setup test`). Steps:
#   1. what the package declares (dpkg-deb -I): runtime dependencies, description;
#   2. `apt-get install ./….deb`, then the binary on PATH, `empty-chair --version`, the desktop
#      entry (category Office, the icon);
#   3. a command-line export of a fixture workspace (a copy of the newest schema fixture);
#   4. the installed app under Xvfb, driven through WebDriver until the chair is on screen,
#      with a screenshot (target/e2e/installed/);
#   5. `apt-get purge`, and the workspaces are still there and intact.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1;36m==>\033[0m %s\n' "$*"; }
fail() { echo "tests/package/check.sh: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
start=$SECONDS

deb="${1:-$(ls -t target/package/*.deb 2>/dev/null | head -1)}"
[ -f "$deb" ] || fail "no package: build it with scripts/package"
deb="$(realpath "$deb")"
package="$(dpkg-deb -f "$deb" Package)"
version="$(dpkg-deb -f "$deb" Version)"
dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" &&
  fail "$package is already installed here: remove it first (apt-get purge $package)"

work="$(mktemp -d)"
cleanup() {
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$package" >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

say "1. What $(basename "$deb") declares"
dpkg-deb -I "$deb"
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libwebkit2gtk-4.1-0 libgtk-3-0; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
# A here-string, not a pipe: grep -q stops at the first match and, under pipefail, the writer's
# SIGPIPE would fail the check.
grep -qi "customer" <<<"$(dpkg-deb -f "$deb" Description)" ||
  fail "the description does not say what the app is for"

say "2. apt-get install ./$(basename "$deb")"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
[ "$(command -v empty-chair)" = /usr/bin/empty-chair ] || fail "empty-chair is not on PATH"
got="$(empty-chair --version)"
[ "$got" = "empty-chair $version" ] || fail "--version said \"$got\", expected \"empty-chair $version\""
echo "$got"
entry="$(dpkg -L "$package" | grep '^/usr/share/applications/.*\.desktop$')" ||
  fail "no desktop entry installed"
grep -qx 'Categories=Office;.*' "$entry" || fail "$entry: not in the Office category"
grep -qx 'Exec=empty-chair' "$entry" || fail "$entry: does not start empty-chair"
icon="$(sed -n 's/^Icon=//p' "$entry")"
grep -q "/usr/share/icons/hicolor/.*/apps/$icon\.png$" <<<"$(dpkg -L "$package")" ||
  fail "the icon $icon named by $entry is not installed"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
echo "$entry: Office, icon $icon"

say "3. A command-line export of a fixture workspace"
fixture="$(ls src-tauri/core/tests/fixtures/schema-v*.db | sort -V | tail -1)"
ws="$work/fixture.db"
cp "$fixture" "$ws"
empty-chair --db "$ws" export --format markdown --out "$work/log.md"
grep -q '^# ' "$work/log.md" || fail "the Markdown export has no heading"
empty-chair --db "$ws" export --format adr --out "$work/adr"
decisions="$(ls "$work/adr" | wc -l)"
[ "$decisions" -gt 0 ] || fail "the ADR export wrote no file"
echo "exported $(basename "$fixture"): $(wc -c <"$work/log.md") bytes of Markdown, $decisions ADR files"

say "4. The installed app under Xvfb, until the chair is on screen"
# A workspace where the app keeps its own (the app-data folder), under a home of the check's own.
home_ws="$work/home/.local/share/app.emptychair.desktop/workspace.db"
mkdir -p "$(dirname "$home_ws")"
cargo test -p chair-e2e --test e2e --no-run
EMPTY_CHAIR_BIN=/usr/bin/empty-chair PACKAGE_CHECK_DB="$home_ws" \
  xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
  cargo test -p chair-e2e --test e2e -- --ignored --exact installed::the_installed_app_shows_the_chair
ls target/e2e/installed/*.png

say "5. apt-get purge $package: the workspaces stay"
as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$package" >/dev/null
hash -r # bash remembers where it found empty-chair before
! command -v empty-chair >/dev/null || fail "empty-chair is still on PATH after purge"
for db in "$ws" "$home_ws"; do
  [ -s "$db" ] || fail "$db is gone after the package was removed"
  if command -v sqlite3 >/dev/null; then
    [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "$db is damaged"
    echo "$db: still there, $(sqlite3 "$db" 'SELECT count(*) FROM decisions') decisions"
  fi
done

say "Package check passed in $((SECONDS - start)) s"
