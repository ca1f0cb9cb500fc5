"""The language server: state shared by the feature modules, and the stdio entry point.

Each feature lives in its own module with a `register(server)` function: document
and workspace sync (sync.py), settings (configuration.py), hover (hover.py), completion
of ids and properties (completion.py), definition and references of ids (navigation.py) and
commands (commands.py); queries.py puts their questions to the analysis. Quick fixes
live in code_actions.py; protocol.py answers requests pygls cannot read.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote

from lsprotocol import types
from pygls.exceptions import FeatureRequestError
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from dash_lsp import __version__ as VERSION

from . import (code_actions, commands, completion, configuration, hover, lifecycle, memory, navigation, rename, symbols,
               sync)
from .checker import Checker
from .convert import path_of, uri_of
from .logs import ClientLogHandler, set_level, setup_stderr
from .projects import Project, Projects, Snapshot
from .protocol import AnsweringProtocol
from .settings import Settings

log = logging.getLogger(__name__)

PYTHON_SUFFIXES = (".py",)


class DashLanguageServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("dash-lsp", VERSION, text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=AnsweringProtocol)
        self.settings = Settings()
        self.projects = Projects(self.settings)
        self.checker = Checker(self)
        self.client_log: ClientLogHandler | None = None
        # Paths of open documents -> the URI the client used for them.
        self._open_uris: dict[Path, str] = {}
        self._paths: dict[str, Path | None] = {}

    def report_server_error(self, error: Exception, source) -> None:
        # pygls would pop up window/showMessage; a log entry is enough and never nags.
        if source is FeatureRequestError:
            # The error response already tells the client.
            log.warning("dash-lsp: request failed: %s", error)
        else:
            log.error("dash-lsp: internal error (%s): %s", getattr(source, "__name__", source), error)

    # -- documents ---------------------------------------------------------------------------

    def path_of(self, uri: str) -> Path | None:
        """The resolved file system path of a URI; None for untitled and remote documents."""
        if uri not in self._paths:
            self._paths[uri] = path_of(uri)
        return self._paths[uri]

    def is_python(self, uri: str, language_id: str | None = None) -> bool:
        path = self.path_of(uri)
        return path is not None and (path.suffix in PYTHON_SUFFIXES or language_id == "python")

    def opened(self, uri: str) -> Path | None:
        if (path := self.path_of(uri)) is not None:
            self._open_uris[path] = uri
        return path

    def closed(self, uri: str) -> Path | None:
        if (path := self.path_of(uri)) is not None and self._open_uris.get(path) == uri:
            del self._open_uris[path]
        return path

    def uri_for(self, path: Path) -> str:
        return self._open_uris.get(path) or uri_of(path)

    def document(self, uri: str) -> TextDocument | None:
        """The open document at `uri` (pygls keys them by the unquoted URI)."""
        return self.workspace.text_documents.get(unquote(uri))

    def analysed_document(self, uri: str) -> tuple[Path, Project, TextDocument] | None:
        """The open document at `uri` with its path and project, if dash-lsp is on for it."""
        path = self.path_of(uri)
        if path is None:
            return None
        project = self.projects.for_path(path)
        document = self.document(uri)
        if not project.settings.enable or document is None:
            return None
        return path, project, document

    def document_version(self, uri: str) -> int | None:
        document = self.document(uri)
        return document.version if document is not None else None

    def snapshot(self, project: Project) -> Snapshot:
        """The version of each open document of `project`, as of now."""
        versions = {}
        for path, uri in self._open_uris.items():
            document = self.document(uri)
            if document is not None and self.projects.for_path(path) is project:
                versions[path] = document.version
        return Snapshot(versions)

    def open_documents(self) -> dict[Path, str]:
        return dict(self._open_uris)

    # -- settings ----------------------------------------------------------------------------

    def apply_settings(self, settings: Settings, project: Project | None = None) -> None:
        """New settings for every project (or one folder's); re-check what they affect."""
        if project is None:
            self.settings = settings
            self.projects.set_settings(settings)
            affected = list(self.projects)
        else:
            self.projects.set_settings(settings, only=[project])
            affected = [project]
        set_level(self.client_log, self.settings.log_level)
        for item in affected:
            self.checker.request(item)


def create_server() -> DashLanguageServer:
    server = DashLanguageServer()
    for feature in (lifecycle, sync, configuration, hover, completion, navigation, rename, symbols, commands,
                    code_actions):
        feature.register(server)
    return server


def serve() -> None:
    """Run the server over stdio until the client asks it to exit."""
    setup_stderr()
    memory.defer_collection()
    server = create_server()
    log.info("dash-lsp %s starting (stdio)", VERSION)
    try:
        server.start_io()
    finally:
        server.checker.stop()
