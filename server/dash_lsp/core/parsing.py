"""Error-tolerant parsing with CPython's own parser.

A syntax error blanks the smallest region around it that lets the rest parse:
first the offending line, then its indented block, then the whole top-level
statement. Blanking keeps every other line (and so every position) where it was.
"""

from __future__ import annotations

import ast
import warnings
from dataclasses import dataclass, field

MAX_REPAIRS = 25


@dataclass
class ParseResult:
    tree: ast.Module
    # 1-based line ranges (inclusive) that were blanked to recover.
    blanked: list[tuple[int, int]] = field(default_factory=list)
    error: str | None = None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _is_code(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _top_level_region(lines: list[str], index: int) -> tuple[int, int]:
    """0-based inclusive region of the top-level statement holding line `index`."""
    start = index
    while start > 0 and not (_is_code(lines[start]) and _indent(lines[start]) == 0
                             and not lines[start].lstrip().startswith((")", "]", "}"))):
        start -= 1
    # Decorators belong to the statement they decorate.
    while start > 0 and lines[start - 1].startswith("@"):
        start -= 1
    end = index + 1
    while end < len(lines):
        line = lines[end]
        if _is_code(line) and _indent(line) == 0 and not line.lstrip().startswith((")", "]", "}", "@")):
            break
        if line.startswith("@"):
            break
        end += 1
    return start, end - 1


def _block_region(lines: list[str], index: int) -> tuple[int, int]:
    """The line and the lines indented deeper right after it."""
    base = _indent(lines[index]) if index < len(lines) else 0
    end = index + 1
    while end < len(lines) and (not _is_code(lines[end]) or _indent(lines[end]) > base):
        end += 1
    return index, end - 1


def _blank(lines: list[str], start: int, end: int) -> None:
    for i in range(start, min(end, len(lines) - 1) + 1):
        # A `pass` keeps an indented block non-empty when its only line goes.
        indent = lines[i][: _indent(lines[i])]
        lines[i] = f"{indent}pass" if i == start and indent else ""


def parse_module(text: str) -> ast.Module:
    """`ast.parse`, without the SyntaxWarnings (`1if x`, invalid escapes) it prints to stderr:
    the user's code is not ours to lint, and stderr is the editor's server log."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(text)


def parse(text: str) -> ParseResult:
    try:
        return ParseResult(parse_module(text))
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        first_error = _describe(error)
    lines = text.split("\n")
    blanked: list[tuple[int, int]] = []
    tried: dict[int, int] = {}
    for _ in range(MAX_REPAIRS):
        try:
            tree = parse_module("\n".join(lines))
            return ParseResult(tree, blanked, first_error)
        except SyntaxError as error:
            index = max(0, min((error.lineno or 1) - 1, len(lines) - 1))
        except (ValueError, RecursionError, MemoryError):
            break
        attempt = tried.get(index, 0)
        tried[index] = attempt + 1
        if attempt == 0 and _indent(lines[index]) > 0:
            region = (index, index)
        elif attempt <= 1 and _indent(lines[index]) > 0:
            region = _block_region(lines, index)
        else:
            region = _top_level_region(lines, index)
        _blank(lines, *region)
        blanked.append((region[0] + 1, region[1] + 1))
    return ParseResult(ast.Module(body=[], type_ignores=[]), blanked, first_error)


def _describe(error: BaseException) -> str:
    if isinstance(error, SyntaxError):
        return f"line {error.lineno}: {error.msg}"
    if isinstance(error, RecursionError):
        return "expression nested too deeply to parse"
    return str(error) or type(error).__name__
