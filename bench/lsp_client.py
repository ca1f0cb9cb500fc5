"""A measuring LSP client (pygls): start a server, open a file, time its answers.

Every publishDiagnostics is timestamped on arrival. A wait for "the diagnostics of
version N" resolves on the first publication for that URI carrying version N, or,
for a server that sends no versions, on the first publication after the change.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.protocol import LanguageServerProtocol

CAPABILITIES = types.ClientCapabilities(
    general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16]),
    text_document=types.TextDocumentClientCapabilities(
        synchronization=types.TextDocumentSyncClientCapabilities(did_save=True),
        publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
            related_information=True, version_support=True, code_description_support=True
        ),
        hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown, types.MarkupKind.PlainText]),
    ),
    workspace=types.WorkspaceClientCapabilities(
        configuration=True,
        workspace_folders=True,
        did_change_configuration=types.DidChangeConfigurationClientCapabilities(dynamic_registration=True),
    ),
    window=types.WindowClientCapabilities(work_done_progress=True),
)


class _RawResults(LanguageServerProtocol):
    """Leave initialize and hover results as plain JSON: only their timing matters, and
    some servers' capabilities (ruff's notebook selectors) do not fit lsprotocol's types."""

    def get_result_type(self, method: str):
        if method in (types.INITIALIZE, types.TEXT_DOCUMENT_HOVER):
            return None
        return super().get_result_type(method)


@dataclass
class Waiter:
    uri: str
    version: int | None
    after: float
    future: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class MeasuringClient(LanguageClient):
    def __init__(self) -> None:
        super().__init__("dash-lsp-bench", "1", protocol_cls=_RawResults)
        self.waiters: list[Waiter] = []
        self.versioned: bool | None = None
        self.stderr_tail: deque[str] = deque(maxlen=40)
        self._register()

    def _register(self) -> None:
        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(client: MeasuringClient, params: types.PublishDiagnosticsParams) -> None:
            now = time.perf_counter()
            if params.version is not None:
                client.versioned = True
            for waiter in list(client.waiters):
                if waiter.uri != params.uri or waiter.future.done():
                    continue
                if params.version is None and client.versioned is not True or params.version == waiter.version:
                    waiter.future.set_result((now, len(params.diagnostics)))
                    client.waiters.remove(waiter)

        # Requests real editors answer; servers stall or complain without them.
        @self.feature(types.WORKSPACE_CONFIGURATION)
        def configuration(client: MeasuringClient, params: types.ConfigurationParams):
            return [None for _ in params.items]

        @self.feature(types.WINDOW_WORK_DONE_PROGRESS_CREATE)
        def progress_create(client: MeasuringClient, params) -> None:
            return None

        @self.feature(types.CLIENT_REGISTER_CAPABILITY)
        def register_capability(client: MeasuringClient, params) -> None:
            return None

        @self.feature(types.PROGRESS)
        def progress(client: MeasuringClient, params) -> None:
            return None

        @self.feature(types.WINDOW_LOG_MESSAGE)
        def log_message(client: MeasuringClient, params) -> None:
            return None

    async def start(self, command: list[str], env: dict[str, str] | None, cwd: Path) -> None:
        await self.start_io(command[0], *command[1:], env=env, cwd=str(cwd))
        # A full stderr pipe would block the server: keep draining it.
        self._async_tasks.append(asyncio.create_task(self._drain_stderr()))

    async def _drain_stderr(self) -> None:
        stream = self._server.stderr
        while stream is not None and (line := await stream.readline()):
            self.stderr_tail.append(line.decode(errors="replace").rstrip())

    @property
    def pid(self) -> int:
        return self._server.pid

    async def initialize(self, root: Path) -> None:
        folder = types.WorkspaceFolder(uri=root.as_uri(), name=root.name)
        await self.initialize_async(
            types.InitializeParams(
                process_id=os.getpid(),
                root_uri=folder.uri,
                root_path=str(root),
                workspace_folders=[folder],
                capabilities=CAPABILITIES,
            )
        )
        self.initialized(types.InitializedParams())

    def expect(self, uri: str, version: int | None) -> Waiter:
        """Register interest before sending what triggers the publication."""
        waiter = Waiter(uri, version, time.perf_counter())
        self.waiters.append(waiter)
        return waiter

    async def wait(self, waiter: Waiter, timeout: float) -> float:
        """Seconds from `waiter` creation to its publication."""
        try:
            arrived, _count = await asyncio.wait_for(waiter.future, timeout)
        finally:
            if waiter in self.waiters:
                self.waiters.remove(waiter)
        return arrived - waiter.after

    def open(self, uri: str, text: str) -> None:
        self.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
            )
        )

    def change(self, uri: str, version: int, line: int, start: int, end: int, text: str) -> None:
        self.change_range(uri, version, (line, start), (line, end), text)

    def change_range(self, uri: str, version: int, start: tuple[int, int], end: tuple[int, int], text: str) -> None:
        self.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(
                            start=types.Position(line=start[0], character=start[1]),
                            end=types.Position(line=end[0], character=end[1]),
                        ),
                        text=text,
                    )
                ],
            )
        )

    async def hover_seconds(self, uri: str, line: int, character: int, timeout: float) -> float:
        return await self._position_request_seconds(self.text_document_hover_async, types.HoverParams,
                                                    uri, line, character, timeout)

    async def completion_seconds(self, uri: str, line: int, character: int, timeout: float) -> float:
        return await self._position_request_seconds(self.text_document_completion_async, types.CompletionParams,
                                                    uri, line, character, timeout)

    async def _position_request_seconds(self, request, params, uri: str, line: int, character: int,
                                        timeout: float) -> float:
        """Seconds until the answer to a request about one position of a document."""
        started = time.perf_counter()
        await asyncio.wait_for(
            request(params(text_document=types.TextDocumentIdentifier(uri=uri),
                           position=types.Position(line=line, character=character))),
            timeout,
        )
        return time.perf_counter() - started

    async def close_session(self) -> None:
        try:
            await asyncio.wait_for(self.shutdown_async(None), 10)
            self.exit(None)
            await asyncio.wait_for(self._server.wait(), 10)
        except Exception:
            if self._server.returncode is None:
                self._server.kill()
        await self.stop()


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (node servers fork)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024
