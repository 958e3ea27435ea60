#!/usr/bin/env bash
# Installs what the browser tests need: Debian's chromium (playwright's own browser
# download cannot work without internet). Run by the README's test command and CI.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
