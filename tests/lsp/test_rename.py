"""Rename (F2) on an id: prepareRename shows the id, rename changes every place Dash reads
it in one workspace edit, and a rename that would leave the old id somewhere is refused
with the place."""

from __future__ import annotations

import pytest
from lsprotocol import types
from lsp_session import open_file, replace_all, start, uri, wait_for
from pygls.exceptions import JsonRpcException
from test_code_actions import apply_lsp_edits
from test_navigation import position_of, range_of


async def test_an_id_is_renamed_in_the_layout_and_in_every_callback(client, shop):
    # A character outside the Basic Multilingual Plane before the id: ranges count UTF-16 units.
    layout_path = shop / "layout.py"
    layout = layout_path.read_text().replace('    dcc.Dropdown(', '    html.Span("🛒"), dcc.Dropdown(')
    layout_path.write_text(layout)
    await start(client, shop)
    callbacks_path = shop / "callbacks.py"
    callbacks = callbacks_path.read_text()
    items = {path: open_file(client, path, text) for path, text in ((callbacks_path, callbacks), (layout_path, layout))}
    for item in items.values():
        await wait_for(client, item, version=1)
    where = types.TextDocumentIdentifier(uri=items[callbacks_path])

    prepared = await client.text_document_prepare_rename_async(types.PrepareRenameParams(
        text_document=where, position=position_of(callbacks, '"product-dropdown"')))
    assert prepared == types.PrepareRenamePlaceholder(range=range_of(callbacks, '"product-dropdown"'),
                                                      placeholder="product-dropdown")

    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=where, position=position_of(callbacks, '"product-dropdown"'), new_name="item-dropdown"))
    assert sorted(edit.changes) == sorted([uri(callbacks_path), uri(layout_path)])
    new_texts = {path: apply_lsp_edits(text, edit.changes[uri(path)])
                 for path, text in ((callbacks_path, callbacks), (layout_path, layout))}
    assert new_texts[layout_path] == layout.replace('"product-dropdown"', '"item-dropdown"')
    assert new_texts[callbacks_path] == callbacks.replace('"product-dropdown"', '"item-dropdown"')

    # Applied in the editor (the layout first), the app checks as clean as before.
    replace_all(client, items[layout_path], 2, new_texts[layout_path])
    replace_all(client, items[callbacks_path], 2, new_texts[callbacks_path])
    assert await wait_for(client, items[callbacks_path], version=2) == []


async def test_the_triggered_id_comparison_is_renamed_with_the_id(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(client, path, text)
    await wait_for(client, item, version=1)

    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=types.TextDocumentIdentifier(uri=item), position=position_of(text, '"order-button"'),
        new_name="buy-button"))

    renamed = apply_lsp_edits(text, edit.changes[uri(path)])
    assert renamed == text.replace('"order-button"', '"buy-button"')
    assert 'if ctx.triggered_id == "buy-button":' in renamed


async def test_a_rename_that_would_break_the_app_is_refused_with_the_place(client, shop):
    (shop / "assets").mkdir()
    (shop / "assets" / "style.css").write_text("#quantity-input { width: 4em; }\n")
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(client, path, text)
    await wait_for(client, item, version=1)
    where = types.TextDocumentIdentifier(uri=item)

    # The style sheet would go on naming the old id.
    with pytest.raises(JsonRpcException, match=r"style\.css:1"):
        await client.text_document_prepare_rename_async(types.PrepareRenameParams(
            text_document=where, position=position_of(text, '"quantity-input"')))
    # An id the layout has already.
    with pytest.raises(JsonRpcException, match="html.P at layout.py"):
        await client.text_document_rename_async(types.RenameParams(
            text_document=where, position=position_of(text, '"product-dropdown"'), new_name="price-text"))
    # Off an id there is nothing to rename.
    assert await client.text_document_prepare_rename_async(types.PrepareRenameParams(
        text_document=where, position=position_of(text, "def price"))) is None
