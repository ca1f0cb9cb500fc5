"""Spans of AST nodes in code points (ast reports UTF-8 byte columns)."""

from __future__ import annotations

import ast
import re

from .findings import Position, Span

# Python, ast and LSP break lines only here; str.splitlines() also breaks on form
# feeds, U+2028 and others, which would shift every later line.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    def __init__(self, text: str):
        self.lines = _LINE_BREAK.split(text)

    @classmethod
    def of_lines(cls, lines: list[str]) -> "LineIndex":
        """The index of a text already split (an edit's lines spliced into the old ones)."""
        index = cls.__new__(cls)
        index.lines = lines
        return index

    def column(self, line: int, byte_column: int) -> int:
        """Code-point column of a UTF-8 byte offset on a 1-based line."""
        if not 0 < line <= len(self.lines):
            return byte_column
        text = self.lines[line - 1]
        if text.isascii():
            return byte_column
        return len(text.encode("utf-8")[:byte_column].decode("utf-8", errors="ignore"))

    def position(self, line: int, byte_column: int) -> Position:
        return Position(line - 1, self.column(line, byte_column))

    def span(self, node: ast.AST) -> Span:
        start = self.position(node.lineno, node.col_offset)
        end_line = getattr(node, "end_lineno", None) or node.lineno
        end_col = getattr(node, "end_col_offset", None)
        end = self.position(end_line, end_col if end_col is not None else node.col_offset)
        return Span(start, end)

    def line_text(self, line: int) -> str:
        """Text of a 0-based line ('' past the end)."""
        return self.lines[line] if 0 <= line < len(self.lines) else ""
