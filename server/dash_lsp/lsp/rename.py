"""Rename (F2) on a component id: the component, every callback naming it, or the one
constant they share, in one workspace edit; or an error that says why not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.exceptions import JsonRpcException

from .convert import to_range
from .logs import guarded
from .queries import ask

if TYPE_CHECKING:
    from .server import DashLanguageServer

REQUEST_FAILED = -32803  # LSP's RequestFailed: the request was valid, the answer is no


class RenameRefused(JsonRpcException):
    CODE = REQUEST_FAILED


def register(server: "DashLanguageServer") -> None:
    @server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
    @guarded()
    async def prepare_rename(ls: "DashLanguageServer", params: types.PrepareRenameParams):
        def question(workspace, path, position, lines):
            plan = workspace.rename(path, position, None)
            if plan is None or plan.refusal is not None:
                return plan.refusal if plan is not None else None
            return types.PrepareRenamePlaceholder(range=to_range(ls.workspace.position_codec, lines(path), plan.at),
                                                  placeholder=plan.old)

        answer = await ask(ls, params.text_document.uri, params.position, question, "prepareRename")
        if isinstance(answer, str):
            raise RenameRefused(answer)
        return answer

    @server.feature(types.TEXT_DOCUMENT_RENAME)
    @guarded()
    async def rename(ls: "DashLanguageServer", params: types.RenameParams) -> types.WorkspaceEdit | None:
        def question(workspace, path, position, lines):
            plan = workspace.rename(path, position, params.new_name)
            if plan is None or plan.refusal is not None:
                return plan.refusal if plan is not None else None
            codec = ls.workspace.position_codec
            return types.WorkspaceEdit(changes={
                ls.uri_for(where): [types.TextEdit(range=to_range(codec, lines(where), e.span), new_text=e.new_text)
                                    for e in edits]
                for where, edits in plan.edits.items()})

        answer = await ask(ls, params.text_document.uri, params.position, question, "rename")
        if isinstance(answer, str):
            raise RenameRefused(answer)
        return answer
