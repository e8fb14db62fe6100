#!/usr/bin/env sh
# Installs the outside programs the test suite reads charte's output with: pandoc reads back the Word copies that
# `charte check --annotate` writes (tests/annotate.rs). Idempotent: installs only what is missing, and does nothing
# when everything is there. charte itself never runs these programs.
set -eu
if command -v pandoc >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "pandoc manque et apt-get n'est pas disponible : installez pandoc (https://pandoc.org/installing.html)" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update
$sudo apt-get install -y pandoc
