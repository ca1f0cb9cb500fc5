"""Diagnostics of open documents: what they carry, their versions, open/change/close."""

from __future__ import annotations

from lsprotocol import types
from lsp_session import close_file, codes, open_file, replace_all, start, uri, wait_for

DUPLICATE = '''

@callback(Output("price-text", "children"), Input("order-button", "n_clicks"))
def reset_price(n_clicks):
    return "0 EUR"
'''


async def test_duplicate_output_is_published_with_everything_a_client_shows(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text() + DUPLICATE
    item = open_file(client, path, text)

    diagnostics = await wait_for(client, item, lambda d: codes(d) == ["DASH001"], version=1)

    [diagnostic] = diagnostics
    line = text.splitlines().index('@callback(Output("price-text", "children"), Input("order-button", "n_clicks"))')
    column = text.splitlines()[line].index('Output("price-text"')
    assert diagnostic.range.start == types.Position(line=line, character=column)
    assert diagnostic.source == "dash-lsp"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.code_description.href == (
        "https://github.com/dash-lsp/dash-lsp/blob/main/docs/rules/DASH001.md"
    )
    assert "price-text.children" in diagnostic.message
    # The other side of the problem: the first callback writing the same output.
    [related] = diagnostic.related_information
    assert related.location.uri == item
    assert related.location.range.start.line == 5
    assert "price" in related.message


async def test_fixing_the_text_takes_the_squiggle_away_and_versions_follow(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    clean = path.read_text()
    item = open_file(client, path, clean)
    assert await wait_for(client, item, version=1) == []

    replace_all(client, item, 2, clean + DUPLICATE)
    assert codes(await wait_for(client, item, lambda d: d != [], version=2)) == ["DASH001"]

    replace_all(client, item, 3, clean)
    assert await wait_for(client, item, version=3) == []


async def test_closing_falls_back_to_the_saved_text(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    item = open_file(client, path, path.read_text() + DUPLICATE)
    await wait_for(client, item, lambda d: codes(d) == ["DASH001"], version=1)

    close_file(client, item)

    # The mistake was never saved: once closed, the file on disk is what counts.
    assert await wait_for(client, item, version=None) == []


async def test_a_saved_mistake_in_a_closed_file_is_reported_without_a_version(vscode, shop):
    path = shop / "callbacks.py"
    path.write_text(path.read_text() + DUPLICATE)
    await start(vscode, shop)

    diagnostics = await wait_for(vscode, uri(path), lambda d: d != [], version=None)

    assert codes(diagnostics) == ["DASH001"]


async def test_a_misspelt_id_suggests_the_layout_id(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text().replace('State("product-dropdown"', 'State("product-dropdwn"')
    item = open_file(client, path, text)

    [diagnostic] = await wait_for(client, item, lambda d: d != [], version=1)

    assert diagnostic.code == "DASH003"
    assert "product-dropdown" in diagnostic.message
    # Related information points at the component that carries the nearest id.
    assert any(
        info.location.uri == uri(shop / "layout.py") for info in diagnostic.related_information or []
    )
