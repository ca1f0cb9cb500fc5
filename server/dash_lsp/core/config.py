"""Which rules run and how loud they are: `[tool.dash-lsp]` and editor settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

from .findings import Severity

try:
    import tomllib
except ImportError:  # Python 3.10
    tomllib = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
OFF = "off"


@dataclass(frozen=True)
class Config:
    select: frozenset[str] | None = None  # None: every rule
    ignore: frozenset[str] = frozenset()
    severity: dict[str, str] = field(default_factory=dict)  # code → severity name or "off"

    def enabled(self, code: str) -> bool:
        if code in self.ignore or self.severity.get(code) == OFF:
            return False
        return self.select is None or code in self.select or any(code.startswith(s) for s in self.select)

    def severity_of(self, code: str, default: Severity) -> Severity:
        name = self.severity.get(code)
        try:
            return Severity(name) if name else default
        except ValueError:
            return default

    def overlay(self, other: "Config") -> "Config":
        """`other` (editor settings) wins over self (the project file)."""
        return replace(
            self,
            select=other.select if other.select is not None else self.select,
            ignore=self.ignore | other.ignore,
            severity={**self.severity, **other.severity},
        )

    @classmethod
    def from_mapping(cls, data: dict) -> "Config":
        select = data.get("select")
        severity = data.get("severity") or {}
        return cls(
            select=frozenset(str(s).upper() for s in select) if isinstance(select, list) else None,
            ignore=frozenset(str(s).upper() for s in data.get("ignore") or [] if isinstance(s, str)),
            severity={str(k).upper(): str(v).lower() for k, v in severity.items()} if isinstance(severity, dict) else {},
        )

    @classmethod
    def from_pyproject(cls, root: Path) -> "Config":
        path = root / "pyproject.toml"
        if tomllib is None or not path.is_file():
            return cls()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            log.warning("ignoring %s: %s", path, error)
            return cls()
        section = data.get("tool", {}).get("dash-lsp", {})
        return cls.from_mapping(section) if isinstance(section, dict) else cls()
