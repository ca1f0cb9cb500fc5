"""Text edits in code-point positions, and applying them to source text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..findings import Finding, Position, Span


@dataclass(frozen=True)
class TextEdit:
    span: Span
    new_text: str


@dataclass(frozen=True)
class Fix:
    title: str
    kind: str  # quickfix | refactor
    codes: tuple[str, ...]
    edits: dict[Path, list[TextEdit]]
    finding: Finding | None = None
    # Set when the edit changes what the app does: what changes, in a sentence or two.
    explanation: str | None = None
    # Safe fixes change nothing but the reported problem; `check --fix` applies only these.
    safe: bool = False
    preferred: bool = False


def line_offsets(text: str) -> list[int]:
    """Offset of the start of each line, split as Python's tokenizer does (\\n, \\r\\n, \\r)."""
    offsets = [0]
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "\n" or char == "\r":
            if char == "\r" and index + 1 < length and text[index + 1] == "\n":
                index += 1
            offsets.append(index + 1)
        index += 1
    return offsets


def offset(offsets: list[int], text: str, position: Position) -> int:
    if position.line >= len(offsets):
        return len(text)
    return min(offsets[position.line] + position.column, len(text))


def apply_edits(text: str, edits: list[TextEdit]) -> str:
    """Apply non-overlapping edits (any order) to `text`."""
    offsets = line_offsets(text)
    ordered = sorted(edits, key=lambda e: (e.span.start, e.span.end), reverse=True)
    last_start = None
    for edit in ordered:
        start, end = offset(offsets, text, edit.span.start), offset(offsets, text, edit.span.end)
        if last_start is not None and end > last_start:
            raise ValueError("overlapping edits")
        text = text[:start] + edit.new_text + text[end:]
        last_start = start
    return text


def insert(position: Position, new_text: str) -> TextEdit:
    return TextEdit(Span(position, position), new_text)


def whole_lines(first: int, last: int) -> Span:
    """Lines first..last (0-based, inclusive) with their line breaks."""
    return Span(Position(first, 0), Position(last + 1, 0))


def line_ending(text: str) -> str:
    if "\r\n" in text:
        return "\r\n"
    return "\r" if "\r" in text and "\n" not in text else "\n"
