"""Findings (code-point columns, paths) to LSP diagnostics (client units, URIs).

Lines are split the way both LSP and Python's tokenizer split them (\\n, \\r\\n, \\r):
str.splitlines() also breaks on form feeds and U+2028, which would shift every
line after one of those in a string literal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path
from pygls.workspace.position_codec import PositionCodec

from dash_lsp.core import RULES
from dash_lsp.core.findings import Finding, Severity, Span
from dash_lsp.core.findings import Position as CorePosition
from dash_lsp.core.positions import LineIndex

SOURCE = "dash-lsp"
DOCS_URL = "https://github.com/dash-lsp/dash-lsp/blob/main/docs/rules/{code}.md"

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFORMATION: types.DiagnosticSeverity.Information,
    Severity.HINT: types.DiagnosticSeverity.Hint,
}

Lines = Sequence[str]
LinesOf = Callable[[Path], Lines]


def split_lines(text: str) -> list[str]:
    return LineIndex(text).lines  # split as the analysis splits, so positions agree


def path_of(uri: str) -> Path | None:
    """The resolved path of a file: URI; None for untitled and remote documents."""
    fs_path = to_fs_path(uri)
    return Path(fs_path).resolve() if fs_path else None


@lru_cache(maxsize=4096)
def uri_of(path: Path) -> str:
    return from_fs_path(str(path)) or path.as_uri()


def docs_url(code: str) -> str:
    rule = RULES.get(code)
    return getattr(rule, "docs_url", None) or DOCS_URL.format(code=code)


def to_client(codec: PositionCodec, lines: Lines, position: CorePosition) -> types.Position:
    line, column = position.line, position.column
    if line < len(lines):
        text = lines[line]
        if not text.isascii():
            column = codec.client_num_units(text[:column])
    return types.Position(line=line, character=column)


def to_range(codec: PositionCodec, lines: Lines, span: Span) -> types.Range:
    return types.Range(start=to_client(codec, lines, span.start), end=to_client(codec, lines, span.end))


def from_client(codec: PositionCodec, lines: Lines, position: types.Position) -> CorePosition:
    """A client position (UTF-16 units by default) as a code-point position."""
    if position.line >= len(lines):
        return CorePosition(position.line, position.character)
    text = lines[position.line]
    if text.isascii():
        return CorePosition(position.line, min(position.character, len(text)))
    # The codec clamps (mutates) the position it is given: hand it a fresh one.
    server = codec.position_from_client_units([text], types.Position(line=0, character=position.character))
    return CorePosition(position.line, server.character)


def to_diagnostic(finding: Finding, codec: PositionCodec, lines_of: LinesOf) -> types.Diagnostic:
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(
                uri=uri_of(item.location.path),
                range=to_range(codec, lines_of(item.location.path), item.location.span),
            ),
            message=item.message,
        )
        for item in finding.related
    ]
    return types.Diagnostic(
        range=to_range(codec, lines_of(finding.path), finding.span),
        severity=_SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.code,
        code_description=types.CodeDescription(href=docs_url(finding.code)),
        source=SOURCE,
        message=finding.message,
        related_information=related or None,
    )
