"""Hover: the core writes the Markdown; this module only places the request."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from lsprotocol import types

from .convert import from_client, split_lines
from .logs import guarded

if TYPE_CHECKING:
    from .server import DashLanguageServer

log = logging.getLogger(__name__)

# A hover that waits longer than this is of no use; answer nothing rather than hang.
TIMEOUT_S = 5.0


def _markup_kind(ls: "DashLanguageServer") -> types.MarkupKind:
    document = ls.client_capabilities.text_document
    hover = document.hover if document else None
    formats = hover.content_format if hover and hover.content_format else [types.MarkupKind.Markdown]
    return types.MarkupKind.Markdown if types.MarkupKind.Markdown in formats else types.MarkupKind.PlainText


def register(server: "DashLanguageServer") -> None:
    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded()
    async def hover(ls: "DashLanguageServer", params: types.HoverParams) -> types.Hover | None:
        found = ls.analysed_document(params.text_document.uri)
        if found is None:
            return None
        path, project, document = found
        position = from_client(ls.workspace.position_codec, split_lines(document.source), params.position)
        # Edits not yet analysed go first, so the answer is about the text on screen.
        edits = project.drain()

        def answer() -> str | None:
            project.apply(edits)
            return project.workspace().hover(path, position)

        try:
            text = await asyncio.wait_for(ls.checker.run(answer), TIMEOUT_S)
        except asyncio.TimeoutError:
            log.warning("dash-lsp: hover gave up after %.0f s (the analysis is busy)", TIMEOUT_S)
            return None
        if not text:
            return None
        return types.Hover(contents=types.MarkupContent(kind=_markup_kind(ls), value=text))
