"""The project's Python environment, seen through jedi.

The server may run on another interpreter than the project (the editor's bundled
copy), so what is installed for the project — its `dash`, its component libraries,
constants of its own installed packages — is looked up in the project's environment:
the interpreter the editor chose, else the project's own `.venv`, else ours. jedi is
asked only what syntax cannot tell, lazily, and every answer is cached.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

log = logging.getLogger(__name__)

_VENV_NAMES = (".venv", "venv", "env", ".env")


@dataclass(frozen=True)
class Definition:
    full_name: str
    path: Path | None
    line: int | None


def project_interpreter(root: Path) -> str | None:
    for name in _VENV_NAMES:
        for candidate in (root / name / "bin" / "python", root / name / "Scripts" / "python.exe"):
            if candidate.is_file():
                return str(candidate)
    return None


class PythonEnvironment:
    def __init__(self, root: Path, interpreter: str | None = None):
        self.root = root
        self.interpreter = interpreter or project_interpreter(root)
        self._definitions: dict[str, Definition | None] = {}
        self._versions: dict[str, tuple[int, ...] | None] = {}

    @cached_property
    def _jedi_project(self):
        import jedi

        try:
            return jedi.Project(path=self.root, environment_path=self.interpreter, load_unsafe_extensions=False)
        except Exception as error:  # a broken venv must not stop the analysis
            log.warning("cannot use the Python environment %s: %s", self.interpreter, error)
            return jedi.Project(path=self.root)

    @cached_property
    def sys_path(self) -> list[str]:
        """Where the project's installed packages live."""
        if self.interpreter is None:
            return list(sys.path)
        try:
            return [p for p in self._jedi_project.get_environment().get_sys_path() if "jedi" not in p]
        except Exception as error:
            log.warning("cannot read sys.path of %s: %s", self.interpreter, error)
            return list(sys.path)

    def package_version(self, name: str) -> tuple[int, ...] | None:
        """The installed version of a distribution (e.g. dash), read from its dist-info folder."""
        if name not in self._versions:
            self._versions[name] = _find_version(self.sys_path, name)
        return self._versions[name]

    @cached_property
    def dash_config(self):
        """The keys the installed Dash's `app.config` has (semantics/dash_config.py), or None."""
        from .dash_config import installed_config_keys
        return installed_config_keys(self.sys_path)

    def definition(self, origin: str) -> Definition | None:
        """Where a dotted name such as `mylib.ids.CITY` is really defined (following re-exports)."""
        if origin not in self._definitions:
            self._definitions[origin] = self._goto(origin)
        return self._definitions[origin]

    def _goto(self, origin: str) -> Definition | None:
        module, _, name = origin.rpartition(".")
        if not module or not name.isidentifier() or not all(p.isidentifier() for p in module.split(".")):
            return None
        try:
            import jedi

            code = f"from {module} import {name}\n{name}\n"
            script = jedi.Script(code, path=self.root / "__dash_lsp_probe__.py", project=self._jedi_project)
            found = script.goto(2, 0, follow_imports=True)
        except Exception as error:
            log.debug("jedi could not resolve %s: %s", origin, error)
            return None
        if not found:
            return None
        first = found[0]
        return Definition(first.full_name or origin, Path(first.module_path) if first.module_path else None, first.line)


def _find_version(sys_path: list[str], name: str) -> tuple[int, ...] | None:
    prefix = name.replace("-", "_").lower() + "-"
    for entry in sys_path:
        folder = Path(entry)
        try:
            candidates = [p for p in folder.iterdir() if p.name.lower().startswith(prefix)
                          and p.name.endswith((".dist-info", ".egg-info"))]
        except OSError:
            continue
        for candidate in candidates:
            version = candidate.name[len(prefix):].rsplit(".", 1)[0]
            parts = []
            for piece in version.split("."):
                digits = "".join(ch for ch in piece if ch.isdigit())
                if not digits:
                    break
                parts.append(int(digits))
            if parts:
                return tuple(parts)
    return None
