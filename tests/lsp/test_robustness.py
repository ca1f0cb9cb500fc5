"""Never crash, never hang, never lose text: half-typed code, failing handlers, odd requests."""

from __future__ import annotations

import asyncio
import concurrent.futures
import shutil
import uuid
from pathlib import Path

import pytest
from lsprotocol import types
from lsp_session import codes, edit, errors_logged, open_file, replace_all, start, uri, wait_for

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "weather_app"
DECORATOR = '@callback(Output(ids.SUMMARY, "title"), Input(ids.CITY, "value"), prevent_initial_call=True)\n'


@pytest.fixture
def weather(tmp_path: Path) -> Path:
    root = tmp_path / "weather_app"
    shutil.copytree(EXAMPLE, root)
    return root


def city_typo(diagnostics) -> bool:
    """The example's misspelt id in `summarise`, far from where we type."""
    return any(d.code == "DASH003" and "city_dropdown" in d.message for d in diagnostics)


def line_before(text: str, where: str) -> int:
    lines = text.split("\n")
    if where == "end":
        return len(lines) - 1
    return next(i for i, line in enumerate(lines) if line.startswith("def " + where)) - 1


# Every prefix of the new decorator is a syntax error: in front of both callbacks,
# right above the one with the finding, and after everything.
@pytest.mark.parametrize("where", ["draw", "summarise", "end"])
async def test_typing_a_decorator_key_by_key_keeps_the_rest_of_the_file_checked(vscode, weather, where):
    await start(vscode, weather)
    path = weather / "callbacks.py"
    text = path.read_text()
    item = open_file(vscode, path, text)
    assert city_typo(await wait_for(vscode, item, city_typo, version=1))

    line = line_before(text, where)
    if where != "end":
        line -= 1  # above the callback's own decorator
    version, column = 1, 0
    for char in DECORATOR:
        version += 1
        edit(vscode, item, version, line, column, column, char)
        if char == "\n":
            line, column = line + 1, 0
        else:
            column += 1
        diagnostics = await wait_for(vscode, item, version=version, timeout=5)
        assert city_typo(diagnostics), f"the rest of the file went silent after typing {DECORATOR[:column]!r}"

    assert errors_logged(vscode) == []


async def test_a_half_typed_decorator_on_every_line_never_breaks_the_server(vscode, weather):
    await start(vscode, weather)
    path = weather / "app.py"
    text = path.read_text()
    item = open_file(vscode, path, text)
    baseline = codes(await wait_for(vscode, item, lambda d: d != [], version=1))
    lines = text.split("\n")
    graph_line = next(i for i, line in enumerate(lines) if line.startswith("@callback(Output(ids.GRAPH"))
    graph_column = len("@callback(Output(ids.GR")
    renamable = 0

    version = 1
    for number in range(len(lines) + 1):
        version += 1
        broken = "\n".join([*lines[:number], '@callback(Output(ids.GRAPH, "fig', *lines[number:]])
        replace_all(vscode, item, version, broken)
        await wait_for(vscode, item, version=version, timeout=5)
        # Completion still knows the graph's properties there.
        completion = await vscode.text_document_completion_async(types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=item),
            position=types.Position(line=number, character=len('@callback(Output(ids.GRAPH, "fig'))))
        assert "figure" in [i.label for i in completion.items], f"no completion with the line at {number}"
        # Rename still finds the graph's id in the file's own callback (moved down a line or not).
        at = graph_line + 1 if number <= graph_line else graph_line
        prepared = await vscode.text_document_prepare_rename_async(types.PrepareRenameParams(
            text_document=types.TextDocumentIdentifier(uri=item), position=types.Position(line=at, character=graph_column)))
        renamable += prepared is not None and prepared.placeholder == "temperature-graph"

    # (Where the half-typed line runs into that callback's decorator, the error hides it.)
    assert renamable >= len(lines) - 2, renamable

    version += 1
    replace_all(vscode, item, version, text)
    assert codes(await wait_for(vscode, item, version=version)) == baseline
    assert errors_logged(vscode) == []


async def test_a_failing_handler_is_logged_and_the_server_goes_on(client, tmp_path, shop):
    await start(client, shop)
    # A change for a document that was never opened: pygls cannot apply it.
    ghost = uri(tmp_path / "ghost.py")
    edit(client, ghost, 2, 0, 0, 0, "x")
    item = open_file(client, shop / "callbacks.py")

    assert await wait_for(client, item, version=1) == []
    assert any("ghost.py" in message for message in errors_logged(client))
    # Never a pop-up for it.
    assert client.messages == []


async def test_requests_about_unknown_or_odd_places_answer_calmly(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    item = open_file(vscode, path)
    await wait_for(vscode, item, version=1)

    for target, line, character in [(item, 9999, 0), (item, 0, 9999), (uri(shop / "nowhere.py"), 0, 0),
                                    ("untitled:Untitled-1", 0, 0)]:
        hover = await vscode.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=target),
                position=types.Position(line=line, character=character),
            )
        )
        assert hover is None
        position = types.Position(line=line, character=character)
        document = types.TextDocumentIdentifier(uri=target)
        assert await vscode.text_document_completion_async(
            types.CompletionParams(text_document=document, position=position)) is None
        assert not await vscode.text_document_definition_async(
            types.DefinitionParams(text_document=document, position=position))
        assert not await vscode.text_document_references_async(types.ReferenceParams(
            text_document=document, position=position, context=types.ReferenceContext(include_declaration=True)))
        assert await vscode.text_document_prepare_rename_async(
            types.PrepareRenameParams(text_document=document, position=position)) is None
        assert await vscode.text_document_rename_async(
            types.RenameParams(text_document=document, position=position, new_name="x")) is None

    # An unsaved buffer has no project; it is ignored, not an error.
    open_file(vscode, shop / "ignored.py", "from dash import Dash\n")
    vscode.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri="untitled:Untitled-1", language_id="python", version=1, text="from dash import callback\n"
            )
        )
    )
    replace_all(vscode, item, 2, path.read_text() + "\n")
    await wait_for(vscode, item, version=2)
    assert errors_logged(vscode) == []



async def raw_request(client, method: str, params: dict, timeout: float = 10):
    """Sends params as given, past the client's own typing (which would refuse them)."""
    msg_id = str(uuid.uuid4())
    future: concurrent.futures.Future = concurrent.futures.Future()
    client.protocol._request_futures[msg_id] = future
    client.protocol._result_types[msg_id] = None
    client.protocol._send_data({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
    return await asyncio.wait_for(asyncio.wrap_future(future), timeout)


@pytest.mark.parametrize("method, params", [
    ("textDocument/codeAction", {"textDocument": {"uri": "file:///x.py"}, "range": {"start": {"line": "one"}},
                                 "context": {"diagnostics": []}}),
    ("textDocument/hover", {"textDocument": {"uri": "file:///x.py"}, "position": {"line": -1}}),
    ("textDocument/completion", {"textDocument": {"uri": "file:///x.py"}, "position": {"character": "a"}}),
    ("textDocument/definition", {"textDocument": {}, "position": {"line": 0, "character": 0}}),
    ("textDocument/codeAction", {"textDocument": {"uri": "file:///x.py"},
                                 "range": {"start": {"line": 5, "character": 0}, "end": {"line": 1, "character": 0}},
                                 "context": {"diagnostics": [{"range": None, "message": 3}]}}),
])
async def test_a_request_with_malformed_params_is_answered_with_an_error(vscode, shop, method, params):
    await start(vscode, shop)
    # Answered, not left hanging: the client would wait for ever.
    with pytest.raises(Exception) as raised:
        await raw_request(vscode, method, params)
    assert not isinstance(raised.value, asyncio.TimeoutError), f"{method} was never answered"
    # And the server goes on.
    item = open_file(vscode, shop / "callbacks.py")
    await wait_for(vscode, item, version=1)


async def test_code_actions_for_an_inverted_or_far_range_answer_calmly(vscode, shop):
    await start(vscode, shop)
    item = open_file(vscode, shop / "callbacks.py")
    await wait_for(vscode, item, version=1)
    for start_line, end_line in [(5, 1), (9999, 10000), (0, 9999)]:
        answer = await raw_request(vscode, "textDocument/codeAction", {
            "textDocument": {"uri": item},
            "range": {"start": {"line": start_line, "character": 0}, "end": {"line": end_line, "character": 3}},
            "context": {"diagnostics": []},
        })
        assert answer is None or isinstance(answer, list)
    assert errors_logged(vscode) == []
