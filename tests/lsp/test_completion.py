"""Completion inside Output/Input/State: the app's ids, then the properties of the component
carrying the id, while the call is still being typed."""

from __future__ import annotations

from lsprotocol import types
from lsp_session import open_file, replace_all, start, wait_for


async def complete_at_end(client, item: str, text: str) -> list[types.CompletionItem]:
    lines = text.split("\n")
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=item),
        position=types.Position(line=len(lines) - 1, character=len(lines[-1].encode("utf-16-le")) // 2),
    ))
    return result.items if result is not None else []


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


async def test_an_id_being_typed_completes_to_the_ids_of_the_layout(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text() + '\n\n@callback(Output("price-text", "title"), Input("🛒", "n_clicks"), Input("quan'
    item = open_file(client, path, text)
    await wait_for(client, item, version=1)

    items = await complete_at_end(client, item, text)

    labels = [i.label for i in items]
    assert labels == sorted(["product-dropdown", "quantity-input", "order-button", "price-text", "basket-list"])
    [quantity] = [i for i in items if i.label == "quantity-input"]
    assert quantity.detail == "dcc.Input · layout.py:8"
    assert quantity.kind == types.CompletionItemKind.Reference
    # The edit replaces what is typed of the string, in UTF-16 units (the cart is two).
    last = text.split("\n")[-1]
    start_column = utf16(last[:last.rindex('"') + 1])
    assert quantity.text_edit.range == types.Range(
        start=types.Position(line=len(text.split("\n")) - 1, character=start_column),
        end=types.Position(line=len(text.split("\n")) - 1, character=utf16(last)),
    )
    assert quantity.text_edit.new_text == "quantity-input"


async def test_a_property_being_typed_completes_to_the_components_properties(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    # The id through a constant of the module, which is read although the file does not parse.
    text = path.read_text() + '\n\nQUANTITY = "quantity-input"\n\n@callback(Output("price-text", "title"), Input(QUANTITY, "va'
    item = open_file(client, path, text)
    await wait_for(client, item, version=1)

    items = await complete_at_end(client, item, text)

    labels = {i.label for i in items}
    assert {"value", "debounce", "type", "n_submit"} <= labels  # dcc.Input's
    assert "figure" not in labels and "n_clicks" not in labels
    assert {i.detail for i in items} == {"dcc.Input"}


async def test_completing_inside_an_id_replaces_the_whole_id(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(vscode, path, text)
    await wait_for(vscode, item, version=1)
    line = next(i for i, t in enumerate(text.split("\n")) if 'State("product-dropdown"' in t)
    column = text.split("\n")[line].index('"product-dropdown"') + 5

    result = await vscode.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=item), position=types.Position(line=line, character=column)))

    [product] = [i for i in result.items if i.label == "product-dropdown"]
    assert product.text_edit.range == types.Range(start=types.Position(line=line, character=column - 4),
                                                  end=types.Position(line=line, character=column - 4 + 16))


async def test_no_completion_outside_a_dash_dependency(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    item = open_file(vscode, path)
    tails = ['\nprint("quan', '\n# Input("quan', '\nx = "Input("quan', '\nx = "# Input(" + Input("quan',
             '\nfrom other import Input\nInput("quan']
    for version, tail in enumerate(tails, start=2):
        text = path.read_text() + tail
        replace_all(vscode, item, version, text)
        await wait_for(vscode, item, version=version)
        found = [i.label for i in await complete_at_end(vscode, item, text)]
        # Only the string after a real `Input(` of Dash's completes.
        assert bool(found) == ('+ Input' in tail), tail


async def test_a_config_key_being_typed_completes_to_the_keys_dash_has(client, shop):
    await start(client, shop)
    path = shop / "app.py"
    text = path.read_text().replace("app.layout = layout\n", "app.layout = layout\napp.config.sup")
    text = text[:text.index("app.config.sup") + len("app.config.sup")]
    item = open_file(client, path, text)
    await wait_for(client, item, version=1)

    items = await complete_at_end(client, item, text)

    [suppress] = [i for i in items if i.label == "suppress_callback_exceptions"]
    assert suppress.kind == types.CompletionItemKind.Field and suppress.detail == "Dash config"
    # What Dash's own docstring says of the key.
    assert suppress.documentation.kind == types.MarkupKind.Markdown
    assert "`DASH_SUPPRESS_CALLBACK_EXCEPTIONS`" in suppress.documentation.value
    line = len(text.split("\n")) - 1
    assert suppress.text_edit.range == types.Range(start=types.Position(line=line, character=len("app.config.")),
                                                   end=types.Position(line=line, character=len("app.config.sup")))
    assert "supress_callback_exceptions" not in {i.label for i in items}
