#!/bin/sh
# Headless Chromium for tests/test_browser.py (marked `browser`), from Debian's packages:
# `playwright install` cannot download browsers here. Idempotent: does nothing when present.
set -eu
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver
/usr/bin/chromium --version
