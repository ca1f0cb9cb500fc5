"""Keeping the analysis in step with the editor and the disk.

Open documents are analysed from their unsaved text; files changed on disk by other
tools arrive as workspace/didChangeWatchedFiles; workspace folders come and go.
Each event only records the change and wakes the checker.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from lsprotocol import types

from dash_lsp.core import is_environment_file, may_name_modules

from .convert import path_of
from .logs import guarded

if TYPE_CHECKING:
    from .server import DashLanguageServer

log = logging.getLogger(__name__)

# Python files, the project's settings, and files that may set DASH_* environment variables.
WATCHED_GLOBS = ("**/*.py", "**/pyproject.toml", "**/.env*", "**/.flaskenv", "**/Procfile*", "**/Dockerfile*",
                 "**/*.{yml,yaml,cfg,ini,sh}", "**/app.json", "**/.vscode/launch.json",
                 # Files that may name a module of callbacks to load (DASH013).
                 "**/*.{md,rst,txt,json,ipynb,html,j2,conf,toml}")
WATCHER_ID = "dash-lsp-watched-files"


def add_folders(ls: "DashLanguageServer", uris: list[str]) -> None:
    for uri in uris:
        if (root := path_of(uri)) is not None:
            ls.checker.request(ls.projects.add_folder(root))


def adopt_open_documents(ls: "DashLanguageServer") -> None:
    """Hand each open document to the project that owns it now (after folder changes)."""
    for path, uri in ls.open_documents().items():
        document = ls.document(uri)
        if document is not None:
            project = ls.projects.for_path(path)
            project.overlay(path, document.source)
            ls.checker.request(project)


async def register_watchers(ls: "DashLanguageServer") -> None:
    """Ask the client to tell us about files other tools change (when it can)."""
    capabilities = ls.client_capabilities.workspace
    watched = capabilities.did_change_watched_files if capabilities else None
    if not (watched and watched.dynamic_registration):
        return
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED_GLOBS]
    )
    registration = types.Registration(
        id=WATCHER_ID, method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
    )
    await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))


def register(server: "DashLanguageServer") -> None:
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @guarded()
    def did_open(ls: "DashLanguageServer", params: types.DidOpenTextDocumentParams) -> None:
        document = params.text_document
        if not ls.is_python(document.uri, document.language_id):
            return
        path = ls.opened(document.uri)
        project = ls.projects.for_path(path)
        project.overlay(path, ls.document(document.uri).source)
        ls.checker.request(project)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded()
    def did_change(ls: "DashLanguageServer", params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        path = ls.path_of(uri)
        if path is None or path not in ls.open_documents():
            return
        project = ls.projects.for_path(path)
        project.overlay(path, ls.document(uri).source)
        ls.checker.request(project)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded()
    def did_close(ls: "DashLanguageServer", params: types.DidCloseTextDocumentParams) -> None:
        path = ls.path_of(params.text_document.uri)
        if path is None or path not in ls.open_documents():
            return
        ls.closed(params.text_document.uri)
        # Back to the disk's text: the squiggles then show what is saved.
        project = ls.projects.for_path(path)
        project.close(path)
        ls.checker.request(project)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @guarded()
    def did_change_watched_files(ls: "DashLanguageServer", params: types.DidChangeWatchedFilesParams) -> None:
        for change in params.changes:
            path = ls.path_of(change.uri)
            if path is None:
                continue
            if path.name == "pyproject.toml":
                for project in ls.projects:
                    if project.root == path.parent:
                        project.reconfigure(reload_pyproject=True)
                        ls.checker.request(project)
                continue
            if path.suffix not in (".py", "") and not path.is_dir() and not is_environment_file(path) \
                    and not may_name_modules(path):
                continue
            if (project := ls.projects.find(path)) is not None:
                project.invalidate(path)
                ls.checker.request(project)

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    @guarded()
    def did_change_workspace_folders(
        ls: "DashLanguageServer", params: types.DidChangeWorkspaceFoldersParams
    ) -> None:
        for folder in params.event.removed:
            if (root := path_of(folder.uri)) is not None:
                if (project := ls.projects.remove_folder(root)) is not None:
                    ls.checker.clear(project)
        add_folders(ls, [folder.uri for folder in params.event.added])
        adopt_open_documents(ls)
