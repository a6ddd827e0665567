#!/usr/bin/env bash
# Kept for old instructions: every system package is checked by ensure-system.sh.
exec bash "$(dirname "$0")/ensure-system.sh"
