#!/usr/bin/env bash
# One-shot, idempotent set-up of everything the demo and the tests need on a fresh
# Debian machine with Python 3.11 and node: uv, the project environment, then each
# step in scripts/setup.d/ (system packages, the editor client, test editors).
set -euo pipefail
cd "$(dirname "$0")/.."
export UV_PYTHON_DOWNLOADS=never

if ! command -v uv >/dev/null 2>&1; then
  python3 -m pip install --quiet "uv==0.13.9"
fi
uv sync --quiet

if [ "${1:-}" = "--python-only" ]; then
  exit 0
fi
for step in scripts/setup.d/*.sh; do
  [ -e "$step" ] || continue
  echo "setup: $(basename "$step")" >&2
  bash "$step"
done
