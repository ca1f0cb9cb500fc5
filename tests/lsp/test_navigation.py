"""Go to definition and find references on ids, across the modules of the app."""

from __future__ import annotations

from lsprotocol import types
from lsp_session import open_file, start, uri, wait_for


def position_of(text: str, needle: str, offset: int = 2, occurrence: int = 0) -> types.Position:
    found = [(i, line.index(needle)) for i, line in enumerate(text.split("\n")) if needle in line][occurrence]
    return types.Position(line=found[0], character=found[1] + offset)


def range_of(text: str, needle: str) -> types.Range:
    start = position_of(text, needle, offset=0)
    return types.Range(start=start, end=types.Position(line=start.line, character=start.character + len(needle)))


async def test_definition_of_an_id_in_a_callback_is_its_component(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(client, path, text)
    await wait_for(client, item, version=1)

    result = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=item), position=position_of(text, '"quantity-input"')))

    layout = (shop / "layout.py").read_text()
    assert result == [types.Location(uri=uri(shop / "layout.py"), range=range_of(layout, '"quantity-input"'))]


async def test_definition_follows_the_unsaved_text(vscode, shop):
    await start(vscode, shop)
    layout_path = shop / "layout.py"
    # The id moves to another line in the editor, unsaved.
    layout = layout_path.read_text().replace('    html.H1("Shop"),\n', '    html.H1("Shop"),\n\n\n')
    open_file(vscode, layout_path, layout)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(vscode, path, text)
    await wait_for(vscode, item, version=1)

    result = await vscode.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=item), position=position_of(text, '"basket-list"')))

    assert [(r.uri, r.range) for r in result] == [(uri(layout_path), range_of(layout, '"basket-list"'))]


async def test_references_of_an_id_are_its_component_and_every_callback_naming_it(client, shop):
    await start(client, shop)
    layout_path = shop / "layout.py"
    layout = layout_path.read_text()
    item = open_file(client, layout_path, layout)
    await wait_for(client, item, version=1)
    callbacks = (shop / "callbacks.py").read_text()

    def ask(include_declaration: bool):
        return client.text_document_references_async(types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=item),
            position=position_of(layout, '"product-dropdown"'),
            context=types.ReferenceContext(include_declaration=include_declaration)))

    uses = [types.Location(uri=uri(shop / "callbacks.py"), range=range_of(callbacks, '"product-dropdown"')),
            types.Location(uri=uri(shop / "callbacks.py"), range=types.Range(
                start=position_of(callbacks, '"product-dropdown"', 0, occurrence=1),
                end=position_of(callbacks, '"product-dropdown"', len('"product-dropdown"'), occurrence=1)))]
    assert list(await ask(False)) == uses
    assert list(await ask(True)) == uses + [types.Location(uri=uri(layout_path), range=range_of(layout, '"product-dropdown"'))]


async def test_references_include_the_comparisons_with_the_triggered_id(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    callbacks = path.read_text()
    item = open_file(client, path, callbacks)
    await wait_for(client, item, version=1)

    found = await client.text_document_references_async(types.ReferenceParams(
        text_document=types.TextDocumentIdentifier(uri=item), position=position_of(callbacks, '"order-button"'),
        context=types.ReferenceContext(include_declaration=False)))

    # The Input, then `if ctx.triggered_id == "order-button":`.
    assert list(found) == [
        types.Location(uri=uri(path), range=range_of(callbacks, '"order-button"')),
        types.Location(uri=uri(path), range=types.Range(
            start=position_of(callbacks, '"order-button"', 0, occurrence=1),
            end=position_of(callbacks, '"order-button"', len('"order-button"'), occurrence=1)))]


async def test_from_a_comparison_with_the_triggered_id_to_the_component(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    callbacks = path.read_text()
    item = open_file(client, path, callbacks)
    await wait_for(client, item, version=1)
    compared = position_of(callbacks, '"order-button"', occurrence=1)
    assert "ctx.triggered_id ==" in callbacks.split("\n")[compared.line]

    result = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=item), position=compared))
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=item), position=compared))

    layout = (shop / "layout.py").read_text()
    assert result == [types.Location(uri=uri(shop / "layout.py"), range=range_of(layout, '"order-button"'))]
    assert "html.Button" in hover.contents.value


async def test_nothing_to_go_to_off_an_id(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    text = path.read_text()
    item = open_file(vscode, path, text)
    await wait_for(vscode, item, version=1)

    for needle in ("def price", '"value"', "PRICES"):
        result = await vscode.text_document_definition_async(types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=item), position=position_of(text, needle)))
        assert not result, needle
