"""Rule selection and severity: [tool.dash-lsp] in pyproject.toml and the client's settings."""

from __future__ import annotations

import time

from lsprotocol import types
from lsp_session import codes, open_file, publications, replace_all, start, uri, wait_for

MISSPELT = ('State("product-dropdown"', 'State("product-dropdwn"')
DUPLICATE = '''

@callback(Output("price-text", "children"), Input("order-button", "n_clicks"))
def reset_price(n_clicks):
    return "0 EUR"
'''


def with_two_mistakes(shop) -> str:
    return (shop / "callbacks.py").read_text().replace(*MISSPELT) + DUPLICATE


def severities(diagnostics) -> dict[str, types.DiagnosticSeverity]:
    return {str(d.code): d.severity for d in diagnostics}


async def test_pyproject_selects_rules_and_sets_severity(client, shop):
    (shop / "pyproject.toml").write_text(
        '[tool.dash-lsp]\nignore = ["DASH003"]\n\n[tool.dash-lsp.severity]\nDASH001 = "warning"\n'
    )
    await start(client, shop)
    item = open_file(client, shop / "callbacks.py", with_two_mistakes(shop))

    diagnostics = await wait_for(client, item, lambda d: d != [], version=1)

    assert severities(diagnostics) == {"DASH001": types.DiagnosticSeverity.Warning}


async def test_initialization_options_win_over_pyproject(client, shop):
    (shop / "pyproject.toml").write_text('[tool.dash-lsp.severity]\nDASH001 = "warning"\n')
    options = {"dashLsp": {"rules": {"severity": {"DASH001": "error", "DASH003": "off"}}}}
    await start(client, shop, options=options)
    item = open_file(client, shop / "callbacks.py", with_two_mistakes(shop))

    diagnostics = await wait_for(client, item, lambda d: d != [], version=1)

    assert severities(diagnostics) == {"DASH001": types.DiagnosticSeverity.Error}


async def test_select_keeps_only_the_listed_rules(vscode, shop):
    await start(vscode, shop, options={"dashLsp": {"rules": {"select": ["DASH003"]}}})
    item = open_file(vscode, shop / "callbacks.py", with_two_mistakes(shop))

    assert codes(await wait_for(vscode, item, lambda d: d != [], version=1)) == ["DASH003"]


async def test_pushed_settings_apply_at_once(client, shop):
    await start(client, shop)
    item = open_file(client, shop / "callbacks.py", with_two_mistakes(shop))
    await wait_for(client, item, lambda d: codes(d) == ["DASH001", "DASH003"], version=1)

    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"dashLsp": {"rules": {"ignore": ["DASH001"]}}})
    )
    assert codes(await wait_for(client, item, lambda d: codes(d) == ["DASH003"], version=1)) == ["DASH003"]

    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"dashLsp": {"enable": False}})
    )
    assert await wait_for(client, item, lambda d: d == [], version=1) == []
    # Disabled means silent, also after further edits.
    count = len(publications(client, item))
    replace_all(client, item, 2, with_two_mistakes(shop) + "\n")
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=item), position=types.Position(line=0, character=6)
        )
    )
    assert hover is None
    assert len(publications(client, item)) == count

    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"dashLsp": {"enable": True, "rules": {"ignore": []}}})
    )
    assert codes(await wait_for(client, item, lambda d: d != [], version=2)) == ["DASH001", "DASH003"]


async def test_an_empty_change_notification_pulls_the_settings(vscode, shop):
    await start(vscode, shop)
    item = open_file(vscode, shop / "callbacks.py", with_two_mistakes(shop))
    await wait_for(vscode, item, lambda d: len(d) == 2, version=1)

    vscode.set_configuration({"rules": {"severity": {"DASH003": "hint"}}}, section="dashLsp")
    # Per folder, as VS Code answers for a resource scope.
    vscode.set_configuration(
        {"rules": {"severity": {"DASH003": "hint", "DASH001": "information"}}},
        section="dashLsp",
        scope_uri=uri(shop),
    )
    vscode.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))

    diagnostics = await wait_for(vscode, item, lambda d: types.DiagnosticSeverity.Hint in severities(d).values())
    assert severities(diagnostics) == {
        "DASH001": types.DiagnosticSeverity.Information,
        "DASH003": types.DiagnosticSeverity.Hint,
    }


async def test_the_debounce_setting_delays_the_check(vscode, shop):
    await start(vscode, shop, options={"dashLsp": {"diagnostics": {"debounceMs": 400}}})
    path = shop / "callbacks.py"
    item = open_file(vscode, path)
    await wait_for(vscode, item, version=1)

    sent = time.monotonic()
    replace_all(vscode, item, 2, path.read_text() + DUPLICATE)
    await wait_for(vscode, item, lambda d: d != [], version=2)

    assert time.monotonic() - sent >= 0.4


async def test_log_level_decides_what_reaches_the_client(vscode, shop):
    await start(vscode, shop, options={"dashLsp": {"logLevel": "debug"}})
    item = open_file(vscode, shop / "callbacks.py")
    await wait_for(vscode, item, version=1)
    assert any("analysed" in m.message and m.type == types.MessageType.Log for m in vscode.log_messages)

    vscode.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"dashLsp": {"logLevel": "error"}})
    )
    await wait_for(vscode, item, version=1)
    seen = len(vscode.log_messages)
    replace_all(vscode, item, 2, (shop / "callbacks.py").read_text() + "\n")
    await wait_for(vscode, item, version=2)
    assert vscode.log_messages[seen:] == []
