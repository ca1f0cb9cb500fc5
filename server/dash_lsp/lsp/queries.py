"""Questions about the text on screen (hover, completion, definition, references), put to
the analysis after the edits it has not seen yet."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

from lsprotocol import types

from dash_lsp.core.findings import Position
from dash_lsp.core.project.workspace import Workspace

from .convert import from_client, split_lines, to_range
from .projects import LineSource

if TYPE_CHECKING:
    from .server import DashLanguageServer

log = logging.getLogger(__name__)

# An answer that waits longer than this is of no use; answer nothing rather than hang.
TIMEOUT_S = 5.0

T = TypeVar("T")
Question = Callable[[Workspace, Path, Position, LineSource], T]


async def ask(ls: "DashLanguageServer", uri: str, position: types.Position, question: Question,
              what: str) -> T | None:
    """`question(workspace, path, position, lines)` in the analysis thread; None when dash-lsp
    is off for the document or the analysis is too busy to answer in time."""
    found = ls.analysed_document(uri)
    if found is None:
        return None
    path, project, document = found
    where = from_client(ls.workspace.position_codec, split_lines(document.source), position)
    edits = project.drain()

    def answer():
        project.apply(edits)
        workspace = project.workspace()
        return question(workspace, path, where, LineSource(workspace))

    try:
        return await asyncio.wait_for(ls.checker.run(answer), TIMEOUT_S)
    except asyncio.TimeoutError:
        log.warning("dash-lsp: %s gave up after %.0f s (the analysis is busy)", what, TIMEOUT_S)
        return None


async def ask_every_project(ls: "DashLanguageServer", question: Callable[[Workspace, LineSource], list[T]],
                            what: str) -> list[T]:
    """`question(workspace, lines)` of each project dash-lsp is on for, answers joined;
    a project too busy to answer in time adds nothing."""
    answers: list[T] = []
    for project in list(ls.projects):
        if not project.settings.enable:
            continue
        edits = project.drain()

        def answer(project=project, edits=edits):
            project.apply(edits)
            workspace = project.workspace()
            return question(workspace, LineSource(workspace))

        try:
            answers += await asyncio.wait_for(ls.checker.run(answer), TIMEOUT_S)
        except asyncio.TimeoutError:
            log.warning("dash-lsp: %s gave up on %s after %.0f s (the analysis is busy)", what, project, TIMEOUT_S)
    return answers


def location(ls: "DashLanguageServer", lines: LineSource, place) -> types.Location:
    """A core place (path, span) as an LSP location, in the client's units."""
    return types.Location(uri=ls.uri_for(place.path),
                          range=to_range(ls.workspace.position_codec, lines(place.path), place.span))
