#!/usr/bin/env bash
# What the browser tests (tests/test_browser.py, marker `browser`) need, installed only if missing:
# Debian's Chromium and fonts from apt, Playwright from PyPI into the project's venv.
# It never runs `playwright install`: the tests launch /usr/bin/chromium themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
for pkg in fonts-noto-core fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

python=.venv/bin/python
[ -x "$python" ] || python=python3
"$python" -c "import playwright.sync_api" 2>/dev/null || "$python" -m pip install -q "playwright>=1.40"
