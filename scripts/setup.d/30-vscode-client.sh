#!/usr/bin/env bash
# The VS Code extension: npm ci, then the .vsix (bundled client + bundled server) at
# dash-lsp.vsix. Skipped when nothing that goes into the .vsix changed since it was built.
#
# vsce's secret scan is skipped (package.json "package" script): on two cores it takes
# minutes over the ~5,900 files of the bundled, pinned third-party libraries (jedi's stubs).
set -euo pipefail
cd "$(dirname "$0")/../.."
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

fingerprint() {
  { find client/src client/build.mjs server/dash_lsp -type f -not -path '*/__pycache__/*' -not -name '*.pyc'
    printf '%s\n' package.json package-lock.json tsconfig.json .vscodeignore README.md LICENSE uv.lock scripts/bundle-server.sh
  } | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1
}

lock_stamp=node_modules/.dash-lsp-lock
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$lock_stamp" ] || [ "$(cat "$lock_stamp")" != "$lock_sum" ]; then
  # No dependency needs its install scripts to build or package (esbuild's binary is an
  # optional package of its own); without them the result is the same under any npm.
  npm ci --silent --no-audit --no-fund --ignore-scripts
  echo "$lock_sum" > "$lock_stamp"
fi

stamp=dist/.vsix-inputs
sum=$(fingerprint)
if [ -f dash-lsp.vsix ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then
  exit 0
fi
# vsce's advice to bundle is moot: the one script is bundled; the files are the Python server.
npm run --silent package 2> >(grep -v -e 'This extension consists of' -e '^\s*$' >&2) >/dev/null
echo "$sum" > "$stamp"
