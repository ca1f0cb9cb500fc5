"""Hover: the explanation on a diagnostic, who writes and reads an id, what a keyword does."""

from __future__ import annotations

from lsprotocol import types
from lsp_session import open_file, start, wait_for

from dash_lsp.core import RULES

DUPLICATE = '''

@callback(Output("price-text", "children"), Input("order-button", "n_clicks"))
def reset_price(n_clicks):
    return "0 EUR"
'''
ALLOWED = '''

@callback(
    Output("price-text", "children", allow_duplicate=True),
    Input("order-button", "n_clicks"),
    prevent_initial_call=True,
)
def reset_price(n_clicks):
    return "0 EUR"
'''


async def hover_at(client, item: str, text: str, needle: str, offset: int = 1, occurrence: int = 0):
    lines = text.split("\n")
    found = [(i, line.index(needle)) for i, line in enumerate(lines) if needle in line][occurrence]
    result = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=item),
            position=types.Position(line=found[0], character=found[1] + offset),
        )
    )
    assert result is not None, f"no hover on {needle!r}"
    assert result.contents.kind == types.MarkupKind.Markdown
    return result.contents.value


async def test_hover_on_a_diagnostic_explains_the_gotcha(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text() + DUPLICATE
    item = open_file(client, path, text)
    [diagnostic] = await wait_for(client, item, lambda d: d != [], version=1)

    value = await hover_at(client, item, text, 'Output("price-text"', occurrence=1)

    assert value.startswith("**DASH001")
    # The rule's explanation: what Dash does, the fix, right vs wrong code.
    assert RULES["DASH001"].explanation.strip()[:200] in value
    assert "```" in value


async def test_hover_on_an_id_names_its_component_and_callbacks(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(client, path, text)
    await wait_for(client, item, version=1)

    value = await hover_at(client, item, text, '"basket-list"')

    assert value.startswith("**`basket-list`**")
    assert "`html.Div` at layout.py:11" in value
    assert "written by `order` (callbacks.py:11)" in value


async def test_hover_on_a_component_id_in_the_layout(vscode, shop):
    await start(vscode, shop)
    path = shop / "layout.py"
    text = path.read_text()
    item = open_file(vscode, path, text)
    await wait_for(vscode, item, version=1)

    value = await hover_at(vscode, item, text, '"quantity-input"')

    assert "`dcc.Input` at layout.py:8" in value
    assert "triggers `price`" in value


async def test_hover_on_dependencies_and_context(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(vscode, path, text)
    await wait_for(vscode, item, version=1)

    output = await hover_at(vscode, item, text, "Output(", occurrence=0)
    state = await hover_at(vscode, item, text, "State(")
    triggered = await hover_at(vscode, item, text, "triggered_id", offset=3)

    assert output.startswith("**Output**") and "`price-text.children`" in output
    assert state.startswith("**State**") and "`product-dropdown.value`" in state
    assert triggered.startswith("**ctx.triggered_id**") and "`order-button`" in triggered


async def test_hover_on_callback_options_and_app_config(vscode, shop):
    app = shop / "app.py"
    app_text = app.read_text().replace("Dash(__name__)", "Dash(__name__, suppress_callback_exceptions=False)")
    app.write_text(app_text)
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text() + ALLOWED
    item = open_file(vscode, path, text)
    app_item = open_file(vscode, app, app_text)
    await wait_for(vscode, item, version=1)

    allow = await hover_at(vscode, item, text, "allow_duplicate")
    prevent = await hover_at(vscode, item, text, "prevent_initial_call")
    suppress = await hover_at(vscode, app_item, app_text, "suppress_callback_exceptions")

    assert allow.startswith("**allow_duplicate=True**")
    assert "`reset_price`" in prevent
    assert suppress.startswith("**suppress_callback_exceptions**") and "off for this app" in suppress


async def test_hover_on_an_app_config_key_shows_what_dash_says_of_it(vscode, shop):
    app = shop / "app.py"
    app_text = app.read_text().replace("app.layout = layout\n", "app.layout = layout\n"
                                       "app.config.suppress_callback_exceptions = True\n"
                                       'print(app.config["serve_locally"])\n')
    app.write_text(app_text)
    await start(vscode, shop)
    item = open_file(vscode, app, app_text)
    await wait_for(vscode, item, version=1)

    suppress = await hover_at(vscode, item, app_text, "suppress_callback_exceptions =")
    local = await hover_at(vscode, item, app_text, "serve_locally")

    # The words of Dash's own docstring, then what this app does with it.
    assert suppress.startswith("**`app.config.suppress_callback_exceptions`** (Dash config)")
    assert "`DASH_SUPPRESS_CALLBACK_EXCEPTIONS`" in suppress and suppress.endswith("It is on for this app.")
    assert local.startswith("**`app.config.serve_locally`** (Dash config)")
    assert "Read-only: only `Dash(...)` sets it" in local


WILDCARDS = '''

from dash import ALL, ALLSMALLER, MATCH


@callback(
    Output({"type": "line-total", "item": MATCH}, "children"),
    Input({"type": "quantity", "item": MATCH}, "value"),
    State({"type": "quantity", "item": ALLSMALLER}, "value"),
    State({"type": "price", "item": ALL}, "data"),
)
def line_total(quantity, above, prices):
    return quantity
'''


async def test_hover_on_pattern_matching_wildcards(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text() + WILDCARDS
    item = open_file(vscode, path, text)
    await wait_for(vscode, item, version=1)

    match = await hover_at(vscode, item, text, "MATCH}", occurrence=0)
    smaller = await hover_at(vscode, item, text, "ALLSMALLER}")
    every = await hover_at(vscode, item, text, "ALL}")

    assert match.startswith("**MATCH**") and "same keys" in match
    assert smaller.startswith("**ALLSMALLER**") and "not allowed in an Output" in smaller
    assert every.startswith("**ALL**") and "list" in every


async def test_no_hover_on_plain_code(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(vscode, path, text)
    await wait_for(vscode, item, version=1)

    result = await vscode.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=item),
            position=types.Position(line=2, character=1),  # PRICES = {...}
        )
    )

    assert result is None


RENDERED = '''

@callback(
    Output("basket-list", "children", allow_duplicate=True),
    Input("order-button", "n_clicks"),
    prevent_initial_call=True,
)
def receipt(n_clicks):
    return html.Button("Pay", id="pay-button")


@callback(Output("price-text", "title"), Input("pay-button", "n_clicks"))
def pay(n_clicks):
    return "paid"
'''


async def test_hover_on_an_id_only_a_callback_renders_says_what_to_do(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text().replace("from dash import Input", "from dash import html, Input") + RENDERED
    item = open_file(vscode, path, text)
    [diagnostic] = await wait_for(vscode, item, lambda d: d != [], version=1)
    assert diagnostic.code == "DASH003"

    value = await hover_at(vscode, item, text, 'Input("pay-button"', offset=8)

    assert "only created outside the layout" in value
    assert "validation_layout" in value and "suppress_callback_exceptions=True" in value


async def test_hover_on_a_property_shows_what_the_component_says_of_it(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(client, path, text)
    await wait_for(client, item, version=1)

    value = await hover_at(client, item, text, '"n_clicks"')
    assert value.startswith("**`html.Button.n_clicks`** (number; default 0)")
    assert "number of times that this element" in value

    value = await hover_at(client, item, text, '"value"')  # the first: Input("product-dropdown", "value")
    assert value.startswith("**`dcc.Dropdown.value`** (")
    assert "`options` property" in value
