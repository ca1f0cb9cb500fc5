"""`dash-lsp check --fix / --diff`: apply the safe fixes, one per file per round, re-checking between."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

from ..checker import workspaces_for
from ..config import Config
from ..source import Unreadable
from .api import safe_fixes
from .edits import apply_edits

MAX_ROUNDS = 50


def fixed_texts(paths: list[Path], config: Config | None = None) -> dict[Path, tuple[str, str, int]]:
    """path -> (text before, text after, number of fixes applied), for each file that changes."""
    out: dict[Path, tuple[str, str, int]] = {}
    for workspace in workspaces_for(paths, config):
        for _ in range(MAX_ROUNDS):
            touched: set[Path] = set()
            for fix in safe_fixes(workspace):
                if touched & set(fix.edits):
                    continue  # positions are stale once the file changed: next round
                for path, edits in fix.edits.items():
                    before = workspace.text(path)
                    if isinstance(before, Unreadable):
                        continue
                    original = out.get(path, (before, before, 0))
                    after = apply_edits(before, edits)
                    workspace.set_overlay(path, after)
                    out[path] = (original[0], after, original[2] + 1)
                    touched.add(path)
            if not touched:
                break
    return {p: v for p, v in out.items() if v[0] != v[1]}


def unified_diff(path: Path, before: str, after: str, base: Path) -> str:
    try:
        name = str(path.relative_to(base))
    except ValueError:
        name = str(path)
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        f"a/{name}", f"b/{name}"))


def run_fixes(paths: list[Path], config: Config | None, write: bool, diff: bool) -> int:
    """Show and/or write the fixes; the number of fixes."""
    changed = fixed_texts(paths, config)
    total = 0
    for path, (before, after, count) in sorted(changed.items()):
        total += count
        if diff:
            sys.stdout.write(unified_diff(path, before, after, Path.cwd()))
        if write:
            with path.open("w", encoding="utf-8", newline="") as handle:
                handle.write(after)
    if write:
        print(f"dash-lsp: fixed {total} finding(s) in {len(changed)} file(s)", file=sys.stderr)
    return total
