#!/usr/bin/env bash
# The Debian packages the test suite needs: Chromium and CJK fonts (browser tests and
# screenshots), poppler-utils (PDF pages as images), nginx (the static-site test),
# LibreOffice Writer without its GUI (every generated DOCX rendered to PDF, as officials
# open them).
# Installed when missing and we are root with apt-get; otherwise this says exactly what
# to install and stops the run before any test starts, instead of failing halfway through.
set -u
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing ${need[*]} for the tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null && exit 0
  echo "apt-get could not install ${need[*]}" >&2
  exit 1
fi
echo "The tests need these Debian packages: ${need[*]}" >&2
echo "Install them first:  sudo apt-get install ${need[*]}" >&2
exit 1
