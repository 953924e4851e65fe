#!/usr/bin/env bash
# The browser tests drive Debian's chromium through its chromedriver. Installs both when missing
# (as root, with apt-get); nothing ever downloads a browser of its own.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "The browser tests need Debian's chromium and chromium-driver: sudo apt-get install -y chromium chromium-driver" >&2
exit 1
