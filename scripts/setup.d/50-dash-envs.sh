#!/usr/bin/env bash
# Older Dash majors, and the minors where Dash changed within a major, each in its own
# environment, for the browser ground-truth tests (the project environment has the newest
# Dash 4). Skipped when already present.
set -euo pipefail
cd "$(dirname "$0")/../.."
export UV_PYTHON_DOWNLOADS=never
for spec in "dash3=dash==3.4.0" "dash4.0=dash==4.0.0" "dash4.1=dash==4.1.0"; do
  name="${spec%%=*}"
  requirement="${spec#*=}"
  venv=".venvs/$name"
  stamp="$venv/.installed-$requirement"
  [ -e "$stamp" ] && continue
  rm -rf "$venv"
  uv venv --quiet --python python3 "$venv"
  uv pip install --quiet --python "$venv/bin/python" "$requirement"
  touch "$stamp"
done
