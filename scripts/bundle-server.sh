#!/usr/bin/env bash
# The server the extension ships: dash_lsp and its dependencies, pure Python, in
# bundled/libs (put first on PYTHONPATH by the client). Versions come from uv.lock; wheels
# are resolved for the oldest Python we support, so the 3.10 backports come along, and
# only pure-Python wheels are accepted, so the bundle runs on any platform's python3.
# Reinstalls the dependencies only when uv.lock changed; dash_lsp is copied every time.
set -euo pipefail
cd "$(dirname "$0")/.."
export UV_PYTHON_DOWNLOADS=never
libs=bundled/libs
stamp=bundled/.requirements

requirements=$(uv export --frozen --no-dev --no-emit-project --no-hashes --no-header --no-annotate)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$requirements" ] || [ ! -d "$libs" ]; then
  rm -rf "$libs" "$stamp"
  mkdir -p "$libs"
  printf '%s\n' "$requirements" > bundled/requirements.txt
  uv pip install --quiet --target "$libs" --python-version 3.10 --only-binary :all: --no-deps \
    -r bundled/requirements.txt
  rm -rf "$libs/bin" "$libs/.lock" bundled/requirements.txt  # .lock: uv's, of no use to anyone after
  # Anything compiled would tie the bundle to one platform.
  if find "$libs" \( -name '*.so' -o -name '*.pyd' -o -name '*.dylib' \) | grep -q .; then
    echo "bundle-server: a dependency is not pure Python" >&2
    exit 1
  fi
  printf '%s' "$requirements" > "$stamp"
fi

rm -rf "$libs/dash_lsp"
cp -r server/dash_lsp "$libs/dash_lsp"
find "$libs" -name __pycache__ -type d -prune -exec rm -rf {} +
