#!/usr/bin/env bash
# Debian packages the tests drive: a headless browser, two editors, and what
# code-server needs to build its native modules. Skipped when all are present.
set -euo pipefail
packages=(chromium neovim ripgrep pkg-config libkrb5-dev libxkbfile-dev libsecret-1-dev build-essential)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing Debian packages: ${missing[*]} (run as root or install them)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
