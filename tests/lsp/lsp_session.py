"""What the LSP tests do through the client: start, open, type, wait for diagnostics."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types
from pytest_lsp import LanguageClient, client_capabilities

# Sample projects the tests copy (imported from here: `conftest` is ambiguous across test folders).
FIXTURES = Path(__file__).parent / "fixtures"

TIMEOUT = 15.0


def uri(path: Path) -> str:
    return path.resolve().as_uri()


async def start(
    client: LanguageClient,
    *roots: Path,
    options: Any = None,
    spec: str | None = None,
) -> types.InitializeResult:
    folders = [types.WorkspaceFolder(uri=uri(root), name=root.name) for root in roots]
    return await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(spec or client.spec),
            root_uri=folders[0].uri if folders else None,
            workspace_folders=folders or None,
            initialization_options=options,
        )
    )


def open_file(client: LanguageClient, path: Path, text: str | None = None, version: int = 1) -> str:
    item_uri = uri(path)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=item_uri,
                language_id="python",
                version=version,
                text=path.read_text() if text is None else text,
            )
        )
    )
    return item_uri


def replace_all(client: LanguageClient, item_uri: str, version: int, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=item_uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def edit(client: LanguageClient, item_uri: str, version: int, line: int, start: int, end: int, text: str) -> None:
    """Replace characters [start, end) of a line (UTF-16 units), as an editor sends a keystroke."""
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=item_uri, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=types.Position(line=line, character=start),
                        end=types.Position(line=line, character=end),
                    ),
                    text=text,
                )
            ],
        )
    )


def close_file(client: LanguageClient, item_uri: str) -> None:
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=item_uri))
    )


def publications(client: LanguageClient, item_uri: str) -> list[types.PublishDiagnosticsParams]:
    return [params for params in client.published if params.uri == item_uri]


async def wait_for(
    client: LanguageClient,
    item_uri: str,
    check: Callable[[list[types.Diagnostic]], bool] = lambda _: True,
    *,
    version: int | None | type(...) = ...,
    after: int = 0,
    timeout: float = TIMEOUT,
) -> list[types.Diagnostic]:
    """Wait until the newest publication for a URI (the `after`-th or later) passes `check`.

    `version=...` accepts any version; otherwise the publication must carry exactly it.
    """
    deadline = time.monotonic() + timeout
    while True:
        mine = publications(client, item_uri)[after:]
        if mine:
            newest = mine[-1]
            if (version is ... or newest.version == version) and check(list(newest.diagnostics)):
                return list(newest.diagnostics)
        if time.monotonic() > deadline:
            seen = [(p.version, [d.code for d in p.diagnostics]) for p in mine]
            raise AssertionError(f"no matching diagnostics for {item_uri} (version {version}); saw {seen}")
        await asyncio.sleep(0.01)


async def settle(client: LanguageClient, quiet: float = 0.3, timeout: float = TIMEOUT) -> None:
    """Wait until the server has published nothing new for `quiet` seconds."""
    deadline = time.monotonic() + timeout
    count = len(client.published)
    since = time.monotonic()
    while time.monotonic() < deadline:
        await asyncio.sleep(0.02)
        if len(client.published) != count:
            count, since = len(client.published), time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
    raise AssertionError("the server kept publishing")


def codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return sorted(str(d.code) for d in diagnostics)


def errors_logged(client: LanguageClient) -> list[str]:
    return [m.message for m in client.log_messages if m.type == types.MessageType.Error]
