"""Which Python files make up a workspace."""

from __future__ import annotations

import os
from pathlib import Path

SKIPPED_DIRECTORIES = {
    ".git", ".hg", ".svn", ".venv", "venv", "env", ".env", "node_modules", "__pycache__",
    "site-packages", "build", "dist", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache",
    ".eggs", "bundled",
}
MAX_FILES = 20_000


def python_files(root: Path, suffix: str | tuple[str, ...] = ".py", names: tuple[str, ...] = ()) -> list[Path]:
    """Every .py file (or file ending in `suffix`, or named one of `names`) below root, never
    following links into loops, in a stable order."""
    found: list[Path] = []
    for directory, subdirectories, files in os.walk(root, followlinks=False, onerror=lambda _: None):
        subdirectories[:] = sorted(
            d for d in subdirectories if d not in SKIPPED_DIRECTORIES and not d.startswith(".")
        )
        for name in sorted(files):
            if name.endswith(suffix) or name in names:
                found.append(Path(directory, name))
                if len(found) >= MAX_FILES:
                    return found
    return found
