"""Hover: the core writes the Markdown; this module only places the request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from .logs import guarded
from .queries import ask

if TYPE_CHECKING:
    from .server import DashLanguageServer


def _markup_kind(ls: "DashLanguageServer") -> types.MarkupKind:
    document = ls.client_capabilities.text_document
    hover = document.hover if document else None
    formats = hover.content_format if hover and hover.content_format else [types.MarkupKind.Markdown]
    return types.MarkupKind.Markdown if types.MarkupKind.Markdown in formats else types.MarkupKind.PlainText


def register(server: "DashLanguageServer") -> None:
    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded()
    async def hover(ls: "DashLanguageServer", params: types.HoverParams) -> types.Hover | None:
        text = await ask(ls, params.text_document.uri, params.position,
                         lambda workspace, path, position, _: workspace.hover(path, position), "hover")
        if not text:
            return None
        return types.Hover(contents=types.MarkupContent(kind=_markup_kind(ls), value=text))
