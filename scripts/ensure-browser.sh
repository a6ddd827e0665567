#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; Chinese text needs Noto CJK fonts.
# Installs them when missing and we are root with apt-get; otherwise says what to do.
set -u
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing ${need[*]} for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "note: ${need[*]} missing; browser tests will be skipped (sudo apt-get install ${need[*]})"
fi
exit 0
