"""Resolving `import x.y` and `from .z import w` to files of the project."""

from __future__ import annotations

from pathlib import Path


class ModuleIndex:
    def __init__(self, root: Path, files: set[Path]):
        self.root = root
        self.files = files
        self._cache: dict[tuple[Path, str], Path | None] = {}

    def resolve(self, importer: Path, module: str) -> Path | None:
        """The project file `module` names when imported from `importer`, or None."""
        key = (importer.parent, module)
        if key not in self._cache:
            self._cache[key] = self._resolve(importer, module)
        return self._cache[key]

    def _resolve(self, importer: Path, module: str) -> Path | None:
        level = len(module) - len(module.lstrip("."))
        parts = [p for p in module[level:].split(".") if p]
        if level:
            base = importer.parent
            for _ in range(level - 1):
                base = base.parent
            return self._find(base, parts)
        # Absolute: the importer's folder first, then each folder above it up to the root.
        directory = importer.parent
        while True:
            found = self._find(directory, parts)
            if found is not None:
                return found
            if directory == self.root or self.root not in directory.parents:
                return None
            directory = directory.parent

    def _find(self, base: Path, parts: list[str]) -> Path | None:
        if not parts:
            init = base / "__init__.py"
            return init if init in self.files else None
        target = base.joinpath(*parts)
        for candidate in (target.with_suffix(".py"), target / "__init__.py"):
            if candidate in self.files:
                return candidate
        return None
