"""The Dash installations the cases run against: the project's (newest 4.x), older majors, and
older minors where Dash changed within a major (those run only the cases that pin them)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Made by scripts/setup.d/50-dash-envs.sh.
OTHER_ENVIRONMENTS = {name: ROOT / ".venvs" / name / "bin" / "python" for name in ("dash3", "dash4.0", "dash4.1")}
# Environments of one minor version: only cases with a section for it ([dash."4.1"]) run there.
PINNED_ONLY = {"dash4.0", "dash4.1"}


@dataclass(frozen=True)
class DashEnvironment:
    name: str
    python: str
    version: str

    @property
    def major(self) -> int:
        return int(self.version.split(".")[0])

    def runs(self, case) -> bool:
        """Whether `case` is observed here."""
        return self.name not in PINNED_ONLY or case.pins(self.version)


@cache
def dash_version(python: str) -> str | None:
    try:
        out = subprocess.run([python, "-c", "import dash; print(dash.__version__)"], capture_output=True,
                             text=True, timeout=120)
    except OSError:
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def environment(name: str, python: str) -> DashEnvironment | None:
    version = dash_version(python)
    return DashEnvironment(name, python, version) if version else None


def environments() -> list[DashEnvironment]:
    found = [environment("dash4", sys.executable)]
    found += [environment(name, str(python)) for name, python in OTHER_ENVIRONMENTS.items() if python.exists()]
    return [e for e in found if e is not None]
