"""Client settings: initializationOptions, pushed changes, and pulled per-folder values."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from .convert import path_of
from .logs import guarded
from .settings import SECTION, Settings, unwrap

if TYPE_CHECKING:
    from .server import DashLanguageServer

log = logging.getLogger(__name__)

CONFIGURATION_ID = "dash-lsp-configuration"


def supports_pull(ls: "DashLanguageServer") -> bool:
    workspace = ls.client_capabilities.workspace
    return bool(workspace and workspace.configuration)


async def register_for_changes(ls: "DashLanguageServer") -> None:
    """Some clients (vscode-languageclient) only push changes to servers that ask."""
    workspace = ls.client_capabilities.workspace
    change = workspace.did_change_configuration if workspace else None
    if not (change and change.dynamic_registration):
        return
    registration = types.Registration(
        id=CONFIGURATION_ID,
        method=types.WORKSPACE_DID_CHANGE_CONFIGURATION,
        register_options=types.DidChangeConfigurationRegistrationOptions(section=SECTION),
    )
    await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))


async def pull(ls: "DashLanguageServer") -> None:
    """Ask the client for the "dashLsp" section, globally and for each workspace folder."""
    if not supports_pull(ls):
        return
    folders = [project for project in ls.projects if project.root in _folder_roots(ls)]
    items = [types.ConfigurationItem(section=SECTION)]
    items += [types.ConfigurationItem(scope_uri=project.root.as_uri(), section=SECTION) for project in folders]
    answer = await ls.workspace_configuration_async(types.ConfigurationParams(items=items))
    if not answer:
        return
    settings = ls.settings.with_overrides(_payload(answer[0]))
    if settings != ls.settings:
        ls.apply_settings(settings)
    for project, value in zip(folders, answer[1:]):
        folder_settings = settings.with_overrides(_payload(value))
        if folder_settings != project.settings:
            ls.apply_settings(folder_settings, project)


def _folder_roots(ls: "DashLanguageServer") -> set:
    return {root for uri in ls.workspace.folders if (root := path_of(uri)) is not None}


def _payload(value: Any) -> dict:
    # A pulled section is the inner object already.
    return value if isinstance(value, dict) else {}


def initial_settings(options: Any) -> Settings:
    return Settings().with_overrides(options)


def register(server: "DashLanguageServer") -> None:
    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    @guarded()
    async def did_change_configuration(
        ls: "DashLanguageServer", params: types.DidChangeConfigurationParams
    ) -> None:
        payload = unwrap(params.settings)
        if payload:
            ls.apply_settings(ls.settings.with_overrides(payload))
        else:
            await pull(ls)
