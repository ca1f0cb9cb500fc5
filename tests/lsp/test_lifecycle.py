"""The session itself: what the server offers, how it starts and how it ends."""

from __future__ import annotations

import asyncio
import sys

from lsprotocol import types
from lsp_session import open_file, start, wait_for

from dash_lsp import __version__


async def test_capabilities(client, shop):
    result = await start(client, shop)
    capabilities = result.capabilities

    assert result.server_info.name == "dash-lsp"
    assert result.server_info.version == __version__
    assert capabilities.hover_provider
    assert capabilities.definition_provider and capabilities.references_provider
    assert capabilities.rename_provider.prepare_provider
    assert capabilities.workspace_symbol_provider
    assert set(capabilities.completion_provider.trigger_characters) == {'"', "'"}
    assert capabilities.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    assert capabilities.text_document_sync.open_close
    assert capabilities.workspace.workspace_folders.supported
    assert capabilities.workspace.workspace_folders.change_notifications
    # Push diagnostics only: a pull-only server would show nothing in Neovim 0.7.
    assert capabilities.diagnostic_provider is None


async def test_a_file_opened_without_a_workspace_gets_its_own_project(vscode, shop):
    await vscode.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=None, workspace_folders=None)
    )
    path = shop / "callbacks.py"
    text = path.read_text().replace('State("product-dropdown"', 'State("product-dropdwn"')
    item = open_file(vscode, path, text)

    # Its folder is the project: the layout beside it is found.
    [diagnostic] = await wait_for(vscode, item, lambda d: d != [], version=1)
    assert diagnostic.code == "DASH003"


async def test_shutdown_and_exit_end_the_process_cleanly(tmp_path, shop):
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "dash_lsp", "serve",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )

    def send(payload: str) -> None:
        body = payload.encode()
        process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))

    send('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"%s","capabilities":{}}}'
         % shop.as_uri())
    send('{"jsonrpc":"2.0","method":"initialized","params":{}}')
    send('{"jsonrpc":"2.0","id":2,"method":"shutdown"}')
    send('{"jsonrpc":"2.0","method":"exit"}')
    await process.stdin.drain()

    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=20)

    assert process.returncode == 0, stderr.decode()
    # Only protocol on stdout: every byte belongs to a framed message.
    assert stdout.startswith(b"Content-Length: ")
    assert b'"id": 2' in stdout or b'"id":2' in stdout


async def test_the_server_exits_when_the_client_goes_away(shop):
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "dash_lsp", "serve",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    body = ('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"%s",'
            '"capabilities":{}}}' % shop.as_uri()).encode()
    process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    await process.stdin.drain()
    await process.stdout.readuntil(b"Content-Length")

    # The editor crashed: no shutdown, no exit, just a closed pipe.
    process.stdin.close()

    await asyncio.wait_for(process.communicate(), timeout=20)
    assert process.returncode is not None


async def test_shutdown_takes_the_squiggles_down(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text().replace('State("product-dropdown"', 'State("product-dropdwn"')
    item = open_file(vscode, path, text)
    await wait_for(vscode, item, lambda d: d != [], version=1)

    await vscode.shutdown_async(None)

    assert list(vscode.published[-1].diagnostics) == [] and vscode.published[-1].uri == item
    vscode.exit(None)
    await asyncio.wait_for(vscode._server.wait(), 20)
    vscode.capabilities = None  # the session is over; the fixture has nothing left to end
