"""Completion of ids and properties inside `Output`/`Input`/`State`: the core finds them;
this module turns them into items that replace the string typed so far."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from .convert import to_range
from .logs import guarded
from .queries import ask

if TYPE_CHECKING:
    from .server import DashLanguageServer

_KINDS = {"id": types.CompletionItemKind.Reference, "property": types.CompletionItemKind.Property,
          "config": types.CompletionItemKind.Field}


def register(server: "DashLanguageServer") -> None:
    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=['"', "'"]))
    @guarded()
    async def completion(ls: "DashLanguageServer", params: types.CompletionParams) -> types.CompletionList | None:
        def question(workspace, path, position, lines):
            codec = ls.workspace.position_codec
            return [types.CompletionItem(
                label=choice.label,
                kind=_KINDS[choice.kind],
                detail=choice.detail,
                documentation=types.MarkupContent(kind=types.MarkupKind.Markdown, value=choice.documentation)
                if choice.documentation else None,
                text_edit=types.TextEdit(range=to_range(codec, lines(path), choice.replace), new_text=choice.label),
            ) for choice in workspace.completions(path, position)]

        items = await ask(ls, params.text_document.uri, params.position, question, "completion")
        # Complete: the client filters what is typed; nothing is left to ask for.
        return types.CompletionList(is_incomplete=False, items=items) if items else None
