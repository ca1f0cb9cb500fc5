"""Versioned diagnostics under fast typing: never stale, always ending on the last text."""

from __future__ import annotations

from lsp_session import codes, edit, open_file, publications, replace_all, settle, start, wait_for

DUPLICATE = '''

@callback(Output("price-text", "children"), Input("order-button", "n_clicks"))
def reset_price(n_clicks):
    return "0 EUR"
'''


def _busy_module(count: int = 1500) -> str:
    """A second app with many callbacks: each check of the project takes a while, so edits
    arrive while one runs (a check of the small shop alone can finish between two of them)."""
    fields = ", ".join(f'dcc.Input(id="field-{i}"), html.P(id="echo-{i}")' for i in range(count))
    callbacks = "".join(f'\n\n@board.callback(Output("echo-{i}", "children"), Input("field-{i}", "value"))\n'
                        f"def echo_{i}(value):\n    return value\n" for i in range(count))
    return ("from dash import Dash, Input, Output, dcc, html\n\nboard = Dash(__name__)\n"
            f"board.layout = html.Div([{fields}])\n" + callbacks)


async def test_a_burst_of_50_edits_ends_with_the_diagnostics_of_the_last_text(client, shop):
    (shop / "board.py").write_text(_busy_module())
    await start(client, shop)
    path = shop / "callbacks.py"
    clean = path.read_text()
    item = open_file(client, path, clean)
    await wait_for(client, item, version=1)

    # Even versions hold a duplicated output, odd ones do not: a result published
    # under the wrong version would show up as the wrong code list.
    for version in range(2, 52):
        replace_all(client, item, version, clean + DUPLICATE if version % 2 == 0 else clean)

    assert await wait_for(client, item, version=51) == []
    await settle(client)
    # Only what was published for the open document (a project-wide check may have
    # spoken about the file, without a version, before it was opened).
    published = [p for p in publications(client, item) if p.version is not None]
    versions = [p.version for p in published]
    assert versions == sorted(versions), f"an older version was published after a newer one: {versions}"
    assert published[-1].version == 51 and list(published[-1].diagnostics) == []
    for params in published:
        expected = ["DASH001"] if params.version % 2 == 0 else []
        assert codes(params.diagnostics) == expected, f"version {params.version} shows another text's result"
    # Superseded checks were dropped rather than queued one by one.
    assert len(published) < 51, len(published)


async def test_typing_a_callback_key_by_key_ends_on_its_finding(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(vscode, path, text)
    await wait_for(vscode, item, version=1)

    line = len(text.split("\n")) - 1  # the empty last line
    column = 0
    version = 1
    for char in DUPLICATE:
        version += 1
        if char == "\n":
            edit(vscode, item, version, line, column, column, "\n")
            line, column = line + 1, 0
        else:
            edit(vscode, item, version, line, column, column, char)
            column += 1

    diagnostics = await wait_for(vscode, item, lambda d: d != [], version=version)
    assert codes(diagnostics) == ["DASH001"]
    await settle(vscode)
    assert publications(vscode, item)[-1].version == version
