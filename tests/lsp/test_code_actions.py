"""Quick fixes over the protocol: offered on the diagnostic, edits that apply, parse and cure it."""

from __future__ import annotations

import ast
import shutil

from lsprotocol import types
from lsp_session import open_file, replace_all, start, uri, wait_for

SHARED = '''

@callback(Output("price-text", "children"), Input("order-button", "n_clicks"))
def reset_price(n_clicks):
    return "0 EUR"  # réinitialisé 🧾
'''


def apply_lsp_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply edits whose columns count UTF-16 units, as an editor does."""
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[:position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return before + index
            units += 2 if ord(char) > 0xFFFF else 1
        return before + len(line)

    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


async def actions_at(client, item: str, diagnostic: types.Diagnostic, only=None) -> list[types.CodeAction]:
    result = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=item),
        range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic], only=only),
    ))
    return result or []


async def test_merge_quick_fix_on_the_duplicate(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text() + SHARED
    item = open_file(client, path, text)
    [diagnostic] = await wait_for(client, item, lambda d: d != [], version=1)

    actions = await actions_at(client, item, diagnostic)
    titles = [a.title for a in actions]
    assert titles[0] == "Merge into one callback"
    merge = actions[0]
    assert merge.kind == types.CodeActionKind.QuickFix
    assert list(merge.diagnostics) == [diagnostic]
    assert merge.is_preferred
    assert list(merge.edit.changes) == [item]
    merged = apply_lsp_edits(text, merge.edit.changes[item])
    ast.parse(merged)
    assert "ctx.triggered_id" in merged and "def price_reset_price(" in merged
    assert "réinitialisé 🧾" in merged
    assert "from dash import Input, Output, State, callback, ctx, no_update" in merged

    replace_all(client, item, 2, merged)
    assert await wait_for(client, item, version=2) == []


async def test_allow_duplicate_fix_with_non_ascii_before_it(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text() + SHARED.replace('@callback(Output("price-text"', '@callback(  # 🧾\n    Output("price-text"')
    item = open_file(vscode, path, text)
    [diagnostic] = await wait_for(vscode, item, lambda d: d != [], version=1)
    actions = await actions_at(vscode, item, diagnostic)
    allow = next(a for a in actions if a.title.startswith("Allow this duplicate"))
    fixed = apply_lsp_edits(text, allow.edit.changes[item])
    assert 'Output("price-text", "children", allow_duplicate=True)' in fixed
    replace_all(vscode, item, 2, fixed)
    assert await wait_for(vscode, item, version=2) == []


async def test_two_module_merge_edits_both_files(client, tmp_path):
    root = tmp_path / "shop"
    shutil.copytree(shop_fixture(), root)
    (root / "extra.py").write_text('''\
from dash import Input, Output, callback


@callback(Output("price-text", "children"), Input("order-button", "n_clicks"))
def reset_price(n_clicks):
    return "0 EUR"
''')
    app = root / "app.py"
    app.write_text(app.read_text().replace("import callbacks  # noqa", "import callbacks  # noqa: F401\nimport extra  # noqa"))
    await start(client, root)
    item = open_file(client, root / "extra.py")
    [diagnostic] = await wait_for(client, item, lambda d: d != [], version=1)

    merge = (await actions_at(client, item, diagnostic))[0]
    assert merge.title == "Merge into one callback"
    other = uri(root / "callbacks.py")
    assert sorted(merge.edit.changes) == sorted([item, other])
    texts = {}
    for target, edits in merge.edit.changes.items():
        path = root / target.rsplit("/", 1)[1]
        texts[path] = apply_lsp_edits(path.read_text(), edits)
        ast.parse(texts[path])
    assert "def reset_price" not in texts[root / "extra.py"]
    assert "def price_reset_price(" in texts[root / "callbacks.py"]

    replace_all(client, item, 2, texts[root / "extra.py"])
    item2 = open_file(client, root / "callbacks.py", texts[root / "callbacks.py"])
    assert await wait_for(client, item2, version=1) == []
    assert await wait_for(client, item, version=2) == []


async def test_did_you_mean_and_move_above_run(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text().replace('Input("order-button"', 'Input("order-buton"')
    item = open_file(vscode, path, text)
    [diagnostic] = await wait_for(vscode, item, lambda d: d != [], version=1)
    assert diagnostic.code == "DASH003"
    [action] = await actions_at(vscode, item, diagnostic)
    assert action.title == 'Change to "order-button"' and list(action.diagnostics) == [diagnostic]
    replace_all(vscode, item, 2, apply_lsp_edits(text, action.edit.changes[item]))
    assert await wait_for(vscode, item, version=2) == []

    app = shop / "app.py"
    late = app.read_text() + '''

@app.callback(Output("basket-list", "title"), Input("order-button", "n_clicks"))
def title(n):
    return "Basket"
'''
    late = late.replace("from dash import Dash", "from dash import Dash, Input, Output")
    app_item = open_file(vscode, app, late)
    [diagnostic] = await wait_for(vscode, app_item, lambda d: d != [], version=1)
    assert diagnostic.code == "DASH005"
    [action] = await actions_at(vscode, app_item, diagnostic)
    moved = apply_lsp_edits(late, action.edit.changes[app_item])
    assert moved.rstrip().endswith("app.run(debug=True)")
    replace_all(vscode, app_item, 2, moved)
    assert await wait_for(vscode, app_item, version=2) == []


async def test_only_other_kinds_gets_nothing(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    item = open_file(vscode, path, path.read_text() + SHARED)
    [diagnostic] = await wait_for(vscode, item, lambda d: d != [], version=1)
    assert await actions_at(vscode, item, diagnostic, only=[types.CodeActionKind.Refactor]) == []
    assert await actions_at(vscode, item, diagnostic, only=[types.CodeActionKind.QuickFix]) != []


def shop_fixture():
    from lsp_session import FIXTURES
    return FIXTURES / "shop"


async def test_circle_of_callbacks_merged(vscode, shop):
    # `quantity-input` sets the product and the product sets the quantity: a circle (DASH009).
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text() + '''

@callback(Output("quantity-input", "value"), Input("product-dropdown", "value"))
def default_quantity(product):
    return 2 if product == "tea" else 1


@callback(Output("product-dropdown", "value"), Input("quantity-input", "value"))
def product_for_quantity(quantity):
    return "tea" if quantity and quantity > 1 else "coffee"
'''
    item = open_file(vscode, path, text)
    [diagnostic] = await wait_for(vscode, item, lambda d: d != [], version=1)
    assert diagnostic.code == "DASH009"
    assert "product-dropdown.value -> quantity-input.value -> product-dropdown.value" in diagnostic.message
    [related] = diagnostic.related_information
    assert related.location.uri == item and related.location.range.start.line == text.split("\n").index(
        '@callback(Output("quantity-input", "value"), Input("product-dropdown", "value"))')
    [action] = await actions_at(vscode, item, diagnostic)
    # Both run on page load today; merged, only one branch can: the title says so.
    assert action.title.startswith("Merge into one callback (changes behaviour)")
    assert "on page load default_quantity no longer runs" in action.title
    merged = apply_lsp_edits(text, action.edit.changes[item])
    assert "def default_quantity_product_for_quantity(product, quantity):" in merged
    replace_all(vscode, item, 2, merged)
    assert await wait_for(vscode, item, version=2) == []


async def test_module_of_callbacks_imported_again(vscode, shop):
    # Deleting `import callbacks` from app.py unregisters every callback of callbacks.py (DASH013);
    # the fix on any of them puts the import back, in app.py.
    await start(vscode, shop)
    callbacks = open_file(vscode, shop / "callbacks.py", (shop / "callbacks.py").read_text())
    app = shop / "app.py"
    without = app.read_text().replace("import callbacks  # noqa: F401  (registers the callbacks)\n", "")
    app_item = open_file(vscode, app, without)
    diagnostics = await wait_for(vscode, callbacks, lambda d: d != [] and all(x.code == "DASH013" for x in d))
    assert len(diagnostics) == (shop / "callbacks.py").read_text().count("@callback(")
    [action] = await actions_at(vscode, callbacks, diagnostics[0])
    assert action.title == "Import callbacks in app.py" and action.is_preferred
    fixed = apply_lsp_edits(without, action.edit.changes[app_item])
    assert "from layout import layout\nimport callbacks  # noqa: F401  (registers its callbacks)\n" in fixed
    ast.parse(fixed)
    replace_all(vscode, app_item, 2, fixed)
    assert await wait_for(vscode, callbacks, lambda d: d == []) == []


async def test_config_key_spelt_as_before_dash_1(vscode, shop):
    await start(vscode, shop)
    path = shop / "app.py"
    text = path.read_text().replace("app.layout = layout\n",
                                    "app.layout = layout\napp.config.supress_callback_exceptions = True\n")
    item = open_file(vscode, path, text)
    [diagnostic] = await wait_for(vscode, item, lambda d: d != [], version=1)
    assert diagnostic.code == "DASH018" and diagnostic.range.start == types.Position(9, 11)
    assert [r.location.range.start.line for r in diagnostic.related_information] == [7]  # app = Dash(__name__)
    [action] = await actions_at(vscode, item, diagnostic)
    assert action.title == "Change to suppress_callback_exceptions"
    fixed = apply_lsp_edits(text, action.edit.changes[item])
    assert "\napp.config.suppress_callback_exceptions = True\n" in fixed
    replace_all(vscode, item, 2, fixed)
    assert await wait_for(vscode, item, version=2) == []


async def test_state_keyword_of_dash_1(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text().replace(
        '    Input("order-button", "n_clicks"),\n    State("product-dropdown", "value"),\n',
        '    [Input("order-button", "n_clicks")],\n    state=[State("product-dropdown", "value")],\n')
    item = open_file(vscode, path, text)
    [diagnostic] = await wait_for(vscode, item, lambda d: d != [], version=1)
    assert diagnostic.code == "DASH020" and diagnostic.range.start == types.Position(13, 4)
    [action] = await actions_at(vscode, item, diagnostic)
    assert action.title == "Pass the States positionally (drop state=)" and action.is_preferred
    fixed = apply_lsp_edits(text, action.edit.changes[item])
    assert '    [Input("order-button", "n_clicks")],\n    [State("product-dropdown", "value")],\n' in fixed
    replace_all(vscode, item, 2, fixed)
    assert await wait_for(vscode, item, version=2) == []


async def test_triggered_id_of_no_input(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text().replace('ctx.triggered_id == "order-button"', 'ctx.triggered_id == "order-btn"')
    item = open_file(vscode, path, text)
    [diagnostic] = await wait_for(vscode, item, lambda d: d != [], version=1)
    assert diagnostic.code == "DASH019" and diagnostic.severity == types.DiagnosticSeverity.Warning
    assert diagnostic.range.start.line == 16
    [action] = await actions_at(vscode, item, diagnostic)
    assert action.title == 'Change to "order-button"'
    replace_all(vscode, item, 2, apply_lsp_edits(text, action.edit.changes[item]))
    assert await wait_for(vscode, item, version=2) == []
