"""Positions in LSP's UTF-16 code units: non-ASCII text and emoji before an id."""

from __future__ import annotations

from lsprotocol import types
from lsp_session import open_file, start, wait_for

# Two ids no component carries, on one line, after accented text and emoji.
LINE = '@callback(Output("prix-été-😀😀😀😀", "children"), Input("qty", "value"))'
EXTRA = f'''

{LINE}
def broken(value):
    return value
'''


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


async def test_diagnostic_ranges_count_utf16_units(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text() + EXTRA
    item = open_file(client, path, text)

    diagnostics = await wait_for(client, item, lambda d: len(d) == 2, version=1)

    line = text.split("\n").index(LINE)
    first = LINE.index('"prix')
    second = LINE.index('"qty"')
    by_start = sorted(diagnostics, key=lambda d: d.range.start.character)
    assert [d.code for d in by_start] == ["DASH003", "DASH003"]
    assert by_start[0].range == types.Range(
        start=types.Position(line=line, character=utf16(LINE[:first])),
        end=types.Position(line=line, character=utf16(LINE[: LINE.index('"', first + 1) + 1])),
    )
    # Four emoji are eight UTF-16 units: everything after them shifts by four.
    assert by_start[1].range == types.Range(
        start=types.Position(line=line, character=utf16(LINE[:second])),
        end=types.Position(line=line, character=utf16(LINE[: second + len('"qty"')])),
    )
    assert by_start[1].range.start.character == second + 4


async def test_hover_positions_are_read_as_utf16_units(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    text = path.read_text() + EXTRA
    item = open_file(client, path, text)
    await wait_for(client, item, lambda d: len(d) == 2, version=1)
    line = text.split("\n").index(LINE)

    # On the `t` of "qty". Read as code points this column would land four
    # characters further, past the string, where there is nothing to say.
    column = utf16(LINE[: LINE.index('"qty"') + 2])
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=item),
            position=types.Position(line=line, character=column),
        )
    )

    assert hover is not None
    assert "the id `qty`" in hover.contents.value
