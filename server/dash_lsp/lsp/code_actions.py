"""Quick fixes: the core's fixes layer writes the edits; this module places them in the protocol."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from dash_lsp.core.findings import Span
from dash_lsp.core.fixes import Fix, fixes_for
from dash_lsp.core.source import Unreadable

from .convert import SOURCE, from_client, split_lines, to_range
from .logs import guarded

if TYPE_CHECKING:
    from .server import DashLanguageServer

KINDS = {"quickfix": types.CodeActionKind.QuickFix, "refactor": types.CodeActionKind.Refactor}


def _wanted(kind: types.CodeActionKind, only: list[str] | None) -> bool:
    return not only or any(kind == o or kind.startswith(f"{o}.") for o in only)


def to_action(ls: "DashLanguageServer", fix: Fix, texts: dict[Path, str],
              context: types.CodeActionContext) -> types.CodeAction:
    codec = ls.workspace.position_codec
    changes: dict[str, list[types.TextEdit]] = {}
    for path, edits in fix.edits.items():
        lines = split_lines(texts[path])
        changes[ls.uri_for(path)] = [types.TextEdit(range=to_range(codec, lines, e.span), new_text=e.new_text)
                                     for e in edits]
    diagnostics = None
    if fix.finding is not None:
        lines = split_lines(texts.get(fix.finding.path, ""))
        target = to_range(codec, lines, fix.finding.span)
        diagnostics = [d for d in context.diagnostics
                       if d.source == SOURCE and d.code in fix.codes and d.range == target] or None
    title = fix.title if fix.explanation is None else f"{fix.title}: {fix.explanation}"
    return types.CodeAction(
        title=title,
        kind=KINDS.get(fix.kind, types.CodeActionKind.QuickFix),
        diagnostics=diagnostics,
        is_preferred=True if fix.preferred else None,
        edit=types.WorkspaceEdit(changes=changes),
    )


def register(server: "DashLanguageServer") -> None:
    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    @guarded()
    async def code_action(ls: "DashLanguageServer", params: types.CodeActionParams) -> list[types.CodeAction] | None:
        found = ls.analysed_document(params.text_document.uri)
        if found is None:
            return None
        path, project, document = found
        if not _wanted(types.CodeActionKind.QuickFix, params.context.only):
            return None
        lines = split_lines(document.source)
        codec = ls.workspace.position_codec
        span = Span(from_client(codec, lines, params.range.start), from_client(codec, lines, params.range.end))
        # Edits not yet analysed go first: the fixes are for the text on screen.
        edits = project.drain()

        def answer():
            project.apply(edits)
            workspace = project.workspace()
            found = []
            for fix in fixes_for(workspace, path, span):
                texts = {}
                for target in {*fix.edits, *([fix.finding.path] if fix.finding else [])}:
                    text = workspace.text(target)
                    texts[target] = "" if isinstance(text, Unreadable) else text
                found.append((fix, texts))
            return found

        found = await ls.checker.run(answer)
        return [to_action(ls, fix, texts, params.context) for fix, texts in found] or None
