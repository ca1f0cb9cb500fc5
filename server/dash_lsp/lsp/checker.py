"""When to analyse, and which results may be shown.

Every edit marks its project dirty and wakes one loop. The loop (after an optional,
small debounce) drains each dirty project's edits into a job for the single analysis
thread and publishes what comes back. Edits made while a job runs mark the project
dirty again, so the next job picks them up at once: bursts coalesce without waiting
on a timer. A result is published for a document only if the document still has
the version the job analysed; anything older is dropped (a newer job is queued).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from dash_lsp.core import Stopped

from . import memory
from .convert import to_diagnostic
from .projects import Edits, LineSource, Project, Snapshot

if TYPE_CHECKING:
    from .server import DashLanguageServer

log = logging.getLogger(__name__)
T = TypeVar("T")

Results = dict[Path, list[types.Diagnostic]]


def analyse(project: Project, edits: Edits, codec: PositionCodec,
            superseded: Callable[[], bool] = lambda: False) -> Results | None:
    """Runs in the analysis thread: bring the core up to date, derive every finding.

    None when a newer edit superseded the check before it finished (the edits are
    applied all the same; the next job starts from them).
    """
    project.apply(edits)
    try:
        findings = project.workspace().findings(should_stop=superseded)
    except Stopped:
        return None
    lines = LineSource(project.workspace())
    results: Results = {}
    for path, items in findings.items():
        converted = []
        for finding in items:
            try:
                converted.append(to_diagnostic(finding, codec, lines))
            except Exception:
                log.exception("dash-lsp: cannot place %s at %s", finding.code, finding.location)
        results[path] = converted
    return results


class Checker:
    def __init__(self, server: "DashLanguageServer"):
        self._server = server
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dash-lsp-analysis")
        self._dirty: dict[Project, None] = {}  # insertion-ordered set
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        # Seconds of the last job, for the log.
        self.last_duration = 0.0
        # A failure that repeats on every keystroke is logged in full once.
        self._last_failure: str | None = None

    # -- scheduling ------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None:
            self._wake = asyncio.Event()
            self._task = asyncio.ensure_future(self._run())
            if self._dirty:
                self._wake.set()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._executor.shutdown(wait=False, cancel_futures=True)

    def request(self, project: Project) -> None:
        self._dirty[project] = None
        if self._wake is not None:
            self._wake.set()

    async def run(self, fn: Callable[[], T]) -> T:
        """Run `fn` in the analysis thread, after every job queued before it.

        Shielded: a caller that is cancelled ($/cancelRequest on a hover, a timeout) must
        not take a queued job away, since each job carries edits drained for the core.
        """
        job = asyncio.get_running_loop().run_in_executor(self._executor, fn)
        return await asyncio.shield(job)

    async def _run(self) -> None:
        assert self._wake is not None
        collect_when_idle = False
        while True:
            if collect_when_idle:
                try:
                    await asyncio.wait_for(self._wake.wait(), memory.IDLE_S)
                except asyncio.TimeoutError:
                    await self.run(memory.collect)
                    collect_when_idle = False
                    continue
            else:
                await self._wake.wait()
            debounce = self._server.settings.debounce_ms
            if debounce:
                await asyncio.sleep(debounce / 1000)
            self._wake.clear()
            dirty = list(self._dirty)
            self._dirty.clear()
            for project in dirty:
                try:
                    await self._check(project)
                    self._last_failure = None
                except asyncio.CancelledError:
                    raise
                except Exception as error:
                    failure = f"{type(error).__name__}: {error}"
                    if failure != self._last_failure:
                        log.exception("dash-lsp: analysing %s failed", project.root)
                    else:
                        log.debug("dash-lsp: analysing %s failed again: %s", project.root, failure)
                    self._last_failure = failure
                if memory.job_done():
                    await self.run(memory.collect)
            collect_when_idle = memory.deferred()

    async def _check(self, project: Project) -> None:
        if not project.settings.enable:
            self.clear(project)
            return
        snapshot = self._server.snapshot(project)
        edits = project.drain()
        codec = self._server.workspace.position_codec
        loop = asyncio.get_running_loop()
        started = loop.time()
        results = await self.run(lambda: analyse(project, edits, codec, lambda: project in self._dirty))
        self.last_duration = loop.time() - started
        if results is None:
            log.debug("dash-lsp: check of %s superseded after %.1f ms", project.root, self.last_duration * 1000)
            return
        log.debug("dash-lsp: analysed %s in %.1f ms", project.root, self.last_duration * 1000)
        self._publish(project, snapshot, results)

    # -- publishing (event loop only) --------------------------------------------------------

    def _publish(self, project: Project, snapshot: Snapshot, results: Results) -> None:
        if project not in self._server.projects:
            return  # its folder was removed while it ran
        sent: set[str] = set()
        for path, diagnostics in results.items():
            uri = self._server.uri_for(path)
            sent.add(uri)
            self._send(project, uri, snapshot.version(path), diagnostics)
        for path, version in snapshot.versions.items():
            uri = self._server.uri_for(path)
            if uri not in sent:
                sent.add(uri)
                self._send(project, uri, version, [])
        for uri in [uri for uri in project.published if uri not in sent]:
            # A file the project no longer analyses (deleted, renamed, moved out).
            if self._send(project, uri, self._server.document_version(uri), []):
                project.published.pop(uri, None)

    def _send(self, project: Project, uri: str, version: int | None, diagnostics: list) -> bool:
        """Publish unless stale or unchanged; False when stale."""
        if self._server.document_version(uri) != version:
            return False
        previous = project.published.get(uri)
        if previous == (version, diagnostics):
            return True
        if previous is None and version is None and not diagnostics:
            return True  # a clean closed file the client has never heard of: nothing to say
        project.published[uri] = (version, diagnostics)
        self._server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics)
        )
        return True

    def clear(self, project: Project) -> None:
        """Take down every squiggle of a project (disabled, or its folder removed)."""
        for uri in list(project.published):
            self._server.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(
                    uri=uri, version=self._server.document_version(uri), diagnostics=[]
                )
            )
        project.published.clear()
