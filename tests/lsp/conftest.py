"""A real LSP client (pytest-lsp) driving `python -m dash_lsp serve` over stdio.

`client` runs each test twice, with the capabilities VS Code and Neovim 0.7 really
send; `vscode` once. Tests call `start(client, root)` to initialize against their
own copy of a fixture project.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from lsp_session import FIXTURES

SERVER = [sys.executable, "-m", "dash_lsp", "serve"]


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics (with its version) and
    accepting dynamic registrations, as VS Code does."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []
    client.registrations = []

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.published.append(params)
        client.diagnostics[params.uri] = params.diagnostics

    def register_capability(client: LanguageClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    features = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
        types.CLIENT_REGISTER_CAPABILITY: register_capability,
    }
    register_lsp_features(client, features)
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=make_client)


async def _finish(client: LanguageClient):
    if client.capabilities is not None:
        await client.shutdown_session()


@pytest_lsp.fixture(config=CONFIG, params=["visual-studio-code", "neovim@v0.7.0"])
async def client(request, lsp_client: LanguageClient):
    lsp_client.spec = request.param
    yield
    await _finish(lsp_client)


@pytest_lsp.fixture(config=CONFIG)
async def vscode(lsp_client: LanguageClient):
    lsp_client.spec = "visual-studio-code"
    yield
    await _finish(lsp_client)


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A private copy of the clean shop app."""
    root = tmp_path / "shop"
    shutil.copytree(FIXTURES / "shop", root)
    return root
