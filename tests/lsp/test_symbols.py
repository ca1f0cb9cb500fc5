"""Go to symbol in workspace: an id finds the component carrying it and the callbacks
writing it, in every workspace folder, with no file open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lsprotocol import types
from lsp_session import start, uri
from test_navigation import range_of

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "weather_app"


@pytest.fixture
def weather(tmp_path: Path) -> Path:
    return Path(shutil.copytree(EXAMPLE, tmp_path / "weather_app"))


async def test_an_id_finds_its_component_and_the_callbacks_writing_it(client, shop, weather):
    await start(client, shop, weather)

    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="basket"))

    layout, callbacks = (shop / "layout.py").read_text(), (shop / "callbacks.py").read_text()
    assert [(s.name, s.kind, s.container_name, s.location.uri) for s in found] == [
        ("basket-list.children ← order", types.SymbolKind.Function, "callback", uri(shop / "callbacks.py")),
        ("basket-list", types.SymbolKind.Key, "html.Div", uri(shop / "layout.py")),
    ]
    assert found[1].location.range == range_of(layout, '"basket-list"')
    line = callbacks.split("\n").index("def order(n_clicks, product):")
    assert found[0].location.range == types.Range(start=types.Position(line=line, character=4),
                                                  end=types.Position(line=line, character=9))  # its name

    # Letters in order, any case, from the other folder too.
    names = [s.name for s in await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="TempFig"))]
    assert names == ["temperature-graph.figure ← draw", "temperature-graph.figure ← refresh"]
    everything = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query=""))
    assert {s.location.uri.split("/")[-2] for s in everything} == {"shop", "weather_app"}
    assert await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="no-such-id-anywhere")) == []
