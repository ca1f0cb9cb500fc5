"""Plain data the rules produce and every face consumes.

Positions are 0-based lines and 0-based columns counted in Unicode code points;
the LSP face converts columns to UTF-16 units, the CLI prints them 1-based.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFORMATION = "information"
    HINT = "hint"


@dataclass(frozen=True, order=True)
class Position:
    line: int
    column: int


@dataclass(frozen=True, order=True)
class Span:
    start: Position
    end: Position

    @classmethod
    def of(cls, line: int, column: int, end_line: int, end_column: int) -> "Span":
        return cls(Position(line, column), Position(end_line, end_column))

    def contains(self, position: Position) -> bool:
        return self.start <= position <= self.end


@dataclass(frozen=True)
class Location:
    path: Path
    span: Span


@dataclass(frozen=True)
class Related:
    """The other side of a problem: the other callback, the layout component."""

    location: Location
    message: str


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    location: Location
    related: tuple[Related, ...] = ()
    # What a fix needs (rule specific, plain data).
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def path(self) -> Path:
        return self.location.path

    @property
    def span(self) -> Span:
        return self.location.span

    def sort_key(self) -> tuple:
        return (str(self.path), self.span.start, self.code)
