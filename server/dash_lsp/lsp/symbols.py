"""Go to symbol in workspace: ids (to the component carrying them) and callbacks (by the
outputs they write), in every project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from .logs import guarded
from .queries import ask_every_project, location

if TYPE_CHECKING:
    from .server import DashLanguageServer

_KINDS = {"id": types.SymbolKind.Key, "callback": types.SymbolKind.Function}


def register(server: "DashLanguageServer") -> None:
    @server.feature(types.WORKSPACE_SYMBOL)
    @guarded()
    async def workspace_symbols(ls: "DashLanguageServer", params: types.WorkspaceSymbolParams):
        def question(workspace, lines):
            return [types.WorkspaceSymbol(name=entry.name, kind=_KINDS[entry.kind], container_name=entry.detail,
                                          location=location(ls, lines, entry))
                    for entry in workspace.search_symbols(params.query)]

        return await ask_every_project(ls, question, "workspace symbols")
