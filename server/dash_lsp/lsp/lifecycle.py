"""initialize, initialized, shutdown: projects from the workspace folders, then the first check."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from lsprotocol import types

from . import configuration, sync
from .logs import attach_client, guarded

if TYPE_CHECKING:
    from .server import DashLanguageServer

log = logging.getLogger(__name__)


def register(server: "DashLanguageServer") -> None:
    @server.feature(types.INITIALIZE)
    @guarded()
    def initialize(ls: "DashLanguageServer", params: types.InitializeParams) -> None:
        settings = configuration.initial_settings(params.initialization_options)
        ls.settings = settings
        ls.projects.settings = settings
        folders = [folder.uri for folder in params.workspace_folders or []]
        if not folders and ls.workspace.root_uri:
            folders = [ls.workspace.root_uri]
        sync.add_folders(ls, folders)

    @server.feature(types.INITIALIZED)
    @guarded()
    async def initialized(ls: "DashLanguageServer", params: types.InitializedParams) -> None:
        ls.client_log = attach_client(ls, ls.settings.log_level)
        ls.checker.start()
        log.info("dash-lsp: projects %s", ", ".join(str(project.root) for project in ls.projects) or "none")
        # Each step on its own: a client that refuses one must not cost us the others.
        for step in (sync.register_watchers, configuration.register_for_changes, configuration.pull):
            try:
                await step(ls)
            except Exception as error:
                log.warning("dash-lsp: %s: %s", step.__name__, error)

    @server.feature(types.SHUTDOWN)
    @guarded()
    def shutdown(ls: "DashLanguageServer", params: None) -> None:
        # Squiggles of a server that is going away would linger in the editor.
        for project in ls.projects:
            ls.checker.clear(project)
        ls.checker.stop()
