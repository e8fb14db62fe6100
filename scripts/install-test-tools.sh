#!/usr/bin/env sh
# Installs the outside programs the test suite reads charte's output with; charte itself never runs them.
# - pandoc reads back the Word copies that `charte check --annotate` writes (tests/annotate.rs);
# - chromium, node and pdftotext (poppler-utils) run the browser test (tests/browser.rs): axe-core's WCAG 2.1 A/AA
#   rules on the HTML pages, the layout of the comparison page, and its header row on every printed page;
# - the npm packages of that test (axe-core, playwright-core), pinned by tests/browser/package-lock.json.
# Idempotent: installs only what is missing, and does nothing when everything is there.
set -eu
cd "$(dirname "$0")/.."

missing=""
command -v pandoc >/dev/null 2>&1 || missing="$missing pandoc"
[ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ -n "$missing" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "à installer, et apt-get n'est pas disponible :$missing" >&2
    exit 1
  fi
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y $missing
fi

# `npm ci` installs exactly what the lock file says; only when node_modules is missing or older than the lock file.
browser=tests/browser
if [ ! -f "$browser/node_modules/.package-lock.json" ] \
  || [ "$browser/package-lock.json" -nt "$browser/node_modules/.package-lock.json" ]; then
  (cd "$browser" && npm ci --no-audit --no-fund)
fi
