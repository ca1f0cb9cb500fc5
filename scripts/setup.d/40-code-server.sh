#!/usr/bin/env bash
# VS Code for the web (code-server), for the extension's end-to-end tests, in .tools/.
# Its npm postinstall downloads ripgrep from GitHub, which is unreachable here, so the
# package is installed without scripts and the postinstall is replayed by hand, with
# Debian's rg in place of the download. Skipped when already installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=4.100.3  # the newest that runs on node 20 (it carries VS Code 1.100.3)
root="$PWD/.tools/code-server"
stamp="$root/.installed-$VERSION"
[ -e "$stamp" ] && exit 0

export npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false
export npm_config_update_notifier=false
# Native modules build against the installed node's headers (node-gyp cannot download them).
[ -e /usr/include/node/node.h ] && export npm_config_nodedir=/usr

rm -rf "$root"
mkdir -p "$root"
cd "$root"
echo '{"private": true}' > package.json
npm install --silent --ignore-scripts --no-package-lock "code-server@$VERSION"
npm rebuild --silent argon2 >/dev/null  # hoisted next to code-server
cd node_modules/code-server
(
  cd lib/vscode
  npm install --silent --omit=dev --ignore-scripts --no-package-lock
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  npm rebuild --silent >/dev/null
  ln -sfn node_modules node_modules.asar
  ln -sf code-linux.sh bin/remote-cli/code-server
  ln -sf browser-linux.sh bin/helpers/browser.sh
  cd extensions
  npm install --silent --omit=dev --no-package-lock >/dev/null  # its postinstall lists every file it prunes
)
mkdir -p "$root/bin"
ln -sf "$root/node_modules/code-server/out/node/entry.js" "$root/bin/entry.js"
printf '#!/bin/sh\nexec node "%s" "$@"\n' "$root/node_modules/code-server/out/node/entry.js" > "$root/bin/code-server"
chmod +x "$root/bin/code-server"
"$root/bin/code-server" --version >/dev/null
touch "$stamp"
