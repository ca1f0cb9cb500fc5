"""Go to definition (from an id in a callback to the components carrying it) and find
references (every component and callback that writes the id)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from .logs import guarded
from .queries import ask, location

if TYPE_CHECKING:
    from .server import DashLanguageServer


def register(server: "DashLanguageServer") -> None:
    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    @guarded()
    async def definition(ls: "DashLanguageServer", params: types.DefinitionParams) -> list[types.Location] | None:
        def question(workspace, path, position, lines):
            return [location(ls, lines, place) for place in workspace.definition(path, position)]

        return await ask(ls, params.text_document.uri, params.position, question, "definition") or None

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    @guarded()
    async def references(ls: "DashLanguageServer", params: types.ReferenceParams) -> list[types.Location] | None:
        def question(workspace, path, position, lines):
            places = workspace.references(path, position, params.context.include_declaration)
            return [location(ls, lines, place) for place in places]

        return await ask(ls, params.text_document.uri, params.position, question, "references") or None
