"""The servers compared: ours, the do-nothing floor, and the widely used Python servers.

The peers live in their own environment, .venvs/bench (git-ignored), made here with
uv from PyPI and never mixed into the project's. Dash is installed there too, as in
a real project, so the type checkers resolve its imports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_ENV = ROOT / ".venvs" / "bench"
PEER_PACKAGES = [
    "python-lsp-server[pyflakes]==1.15.0",
    "jedi-language-server==0.47.0",
    "basedpyright==1.40.2",
    "ruff==0.17.5",
    "dash==4.4.1",
]


@dataclass(frozen=True)
class Server:
    name: str
    command: list[str]
    note: str
    peer: bool = True  # runs from .venvs/bench

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.peer:
            env["VIRTUAL_ENV"] = str(BENCH_ENV)
            env["PATH"] = f"{BENCH_ENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"
            env.pop("PYTHONPATH", None)
        return env


def servers() -> dict[str, Server]:
    bin_ = BENCH_ENV / "bin"
    return {
        "dash-lsp": Server("dash-lsp", [sys.executable, "-m", "dash_lsp", "serve"], "this project", peer=False),
        "floor": Server("floor", [sys.executable, str(ROOT / "bench" / "floor_server.py")],
                        "pygls, publishes [] per version", peer=False),
        "ruff": Server("ruff", [str(bin_ / "ruff"), "server"], "ruff server (Rust), compiled reference"),
        "pylsp": Server("pylsp", [str(bin_ / "pylsp")], "python-lsp-server + pyflakes"),
        "jedi": Server("jedi", [str(bin_ / "jedi-language-server")], "jedi-language-server"),
        "basedpyright": Server("basedpyright", [str(bin_ / "basedpyright-langserver"), "--stdio"], "basedpyright"),
    }


def ensure_peers() -> None:
    """Create .venvs/bench and install the peers unless they are there already."""
    wanted = [BENCH_ENV / "bin" / name for name in ("ruff", "pylsp", "jedi-language-server", "basedpyright-langserver")]
    if all(path.exists() for path in wanted):
        return
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    python = Path(sys.base_prefix) / "bin" / "python3"
    print(f"bench: installing the peer servers into {BENCH_ENV.relative_to(ROOT)} ...", file=sys.stderr)
    subprocess.run(["uv", "venv", "--quiet", str(BENCH_ENV), "--python", str(python)], check=True, env=env)
    subprocess.run(
        ["uv", "pip", "install", "--quiet", "--python", str(BENCH_ENV / "bin" / "python"), *PEER_PACKAGES],
        check=True,
        env=env,
    )
