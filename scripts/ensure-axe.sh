#!/usr/bin/env bash
# The accessibility test runs axe-core (npm package) in Chromium. It is installed here,
# into var/npm/ (ignored by git), never committed. Installs Node.js/npm with apt when
# missing and we are root; otherwise says what to do (the axe test then skips locally,
# and fails under CI).
set -u
cd "$(dirname "$0")/.."
VERSION=4.14.1
DEST=var/npm
if [ -f "$DEST/node_modules/axe-core/axe.min.js" ] &&
   grep -q "\"version\": \"$VERSION\"" "$DEST/node_modules/axe-core/package.json" 2>/dev/null; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing npm for the accessibility test…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq npm >/dev/null
  else
    echo "note: npm missing; the accessibility test will be skipped (sudo apt-get install npm)"
    exit 0
  fi
fi
mkdir -p "$DEST"
echo "installing axe-core $VERSION into $DEST for the accessibility test…"
npm install --silent --no-audit --no-fund --no-save --no-package-lock --prefix "$DEST" "axe-core@$VERSION" ||
  echo "note: could not install axe-core; the accessibility test will be skipped"
exit 0
