"""One file's edit re-checks the others; disk changes by other tools; multi-root workspaces."""

from __future__ import annotations

import shutil

from lsprotocol import types
from lsp_session import codes, edit, open_file, replace_all, settle, start, uri, wait_for

from lsp_session import FIXTURES

DUPLICATE = '''

@callback(Output("price-text", "children"), Input("order-button", "n_clicks"))
def reset_price(n_clicks):
    return "0 EUR"
'''


def watched(client, *changes: tuple) -> None:
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=uri(path), type=kind) for path, kind in changes]
        )
    )


async def test_editing_the_layout_rechecks_the_callbacks_open_or_not(client, shop):
    await start(client, shop)
    layout = shop / "layout.py"
    text = layout.read_text()
    layout_item = open_file(client, layout, text)
    callbacks_item = uri(shop / "callbacks.py")
    await wait_for(client, layout_item, version=1)

    # Renaming the component's id leaves the (closed) callbacks module pointing at nothing.
    replace_all(client, layout_item, 2, text.replace('id="price-text"', 'id="price-label"'))
    [diagnostic] = await wait_for(client, callbacks_item, lambda d: d != [], version=None)
    assert diagnostic.code == "DASH003"
    assert "price-text" in diagnostic.message

    # The same edit seen from an open callbacks module keeps that document's version.
    callbacks = open_file(client, shop / "callbacks.py", version=7)
    assert codes(await wait_for(client, callbacks, lambda d: d != [], version=7)) == ["DASH003"]

    replace_all(client, layout_item, 3, text)
    assert await wait_for(client, callbacks, lambda d: d == [], version=7) == []


async def test_files_changed_created_and_deleted_by_other_tools(vscode, shop):
    await start(vscode, shop)
    await settle(vscode)
    # The server asked to hear about Python files and pyproject.toml changing on disk.
    [registration] = vscode.registrations[:1]
    assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES

    callbacks = shop / "callbacks.py"
    saved = callbacks.read_text()
    callbacks.write_text(saved + DUPLICATE)
    watched(vscode, (callbacks, types.FileChangeType.Changed))
    assert codes(await wait_for(vscode, uri(callbacks), lambda d: d != [])) == ["DASH001"]

    callbacks.write_text(saved)
    watched(vscode, (callbacks, types.FileChangeType.Changed))
    assert await wait_for(vscode, uri(callbacks), lambda d: d == []) == []

    # A new module writing an output that callbacks.py already writes.
    extra = shop / "extra.py"
    extra.write_text("from dash import Input, Output, callback\n" + DUPLICATE)
    (shop / "app.py").write_text((shop / "app.py").read_text().replace(
        "import callbacks  # noqa: F401", "import callbacks  # noqa: F401\nimport extra  # noqa: F401"))
    watched(vscode, (extra, types.FileChangeType.Created), (shop / "app.py", types.FileChangeType.Changed))
    assert codes(await wait_for(vscode, uri(extra), lambda d: d != [])) == ["DASH001"]

    # Renamed: the old name goes quiet, the new one carries the finding.
    renamed = shop / "more.py"
    extra.rename(renamed)
    (shop / "app.py").write_text((shop / "app.py").read_text().replace("import extra", "import more"))
    watched(
        vscode,
        (extra, types.FileChangeType.Deleted),
        (renamed, types.FileChangeType.Created),
        (shop / "app.py", types.FileChangeType.Changed),
    )
    assert await wait_for(vscode, uri(extra), lambda d: d == []) == []
    assert codes(await wait_for(vscode, uri(renamed), lambda d: d != [])) == ["DASH001"]

    renamed.unlink()
    watched(vscode, (renamed, types.FileChangeType.Deleted))
    assert await wait_for(vscode, uri(renamed), lambda d: d == []) == []


async def test_each_workspace_folder_is_its_own_project(client, tmp_path):
    strict, relaxed = tmp_path / "strict shop", tmp_path / "relaxed-shöp"
    for root in (strict, relaxed):
        shutil.copytree(FIXTURES / "shop", root)
        path = root / "callbacks.py"
        path.write_text(path.read_text().replace('State("product-dropdown"', 'State("product-dropdwn"'))
    (relaxed / "pyproject.toml").write_text('[tool.dash-lsp]\nignore = ["DASH003"]\n')
    await start(client, strict, relaxed)

    strict_item = open_file(client, strict / "callbacks.py")
    relaxed_item = open_file(client, relaxed / "callbacks.py")

    assert codes(await wait_for(client, strict_item, lambda d: d != [], version=1)) == ["DASH003"]
    assert await wait_for(client, relaxed_item, version=1) == []


async def test_a_folder_added_later_is_checked(vscode, shop, tmp_path):
    await start(vscode, shop)
    other = tmp_path / "other"
    shutil.copytree(FIXTURES / "shop", other)
    callbacks = other / "callbacks.py"
    callbacks.write_text(callbacks.read_text() + DUPLICATE)

    vscode.workspace_did_change_workspace_folders(
        types.DidChangeWorkspaceFoldersParams(
            event=types.WorkspaceFoldersChangeEvent(
                added=[types.WorkspaceFolder(uri=uri(other), name="other")], removed=[]
            )
        )
    )
    assert codes(await wait_for(vscode, uri(callbacks), lambda d: d != [])) == ["DASH001"]

    vscode.workspace_did_change_workspace_folders(
        types.DidChangeWorkspaceFoldersParams(
            event=types.WorkspaceFoldersChangeEvent(
                added=[], removed=[types.WorkspaceFolder(uri=uri(other), name="other")]
            )
        )
    )
    assert await wait_for(vscode, uri(callbacks), lambda d: d == []) == []


async def test_a_dotenv_file_that_turns_suppression_on_silences_missing_ids(vscode, shop):
    # Dash reads DASH_SUPPRESS_CALLBACK_EXCEPTIONS when the app leaves the setting unset.
    await start(vscode, shop)
    await settle(vscode)
    [registration] = vscode.registrations[:1]
    globs = [w["globPattern"] for w in registration.register_options["watchers"]]
    assert "**/.env*" in globs
    layout = shop / "layout.py"
    saved = layout.read_text()
    layout.write_text(saved.replace('id="price-text"', 'id="price-label"'))
    watched(vscode, (layout, types.FileChangeType.Changed))
    callbacks = uri(shop / "callbacks.py")
    assert codes(await wait_for(vscode, callbacks, lambda d: d != [])) == ["DASH003"]

    dotenv = shop / ".env"
    dotenv.write_text("DASH_SUPPRESS_CALLBACK_EXCEPTIONS=true\n")
    watched(vscode, (dotenv, types.FileChangeType.Created))
    assert await wait_for(vscode, callbacks, lambda d: d == []) == []

    dotenv.unlink()
    watched(vscode, (dotenv, types.FileChangeType.Deleted))
    assert codes(await wait_for(vscode, callbacks, lambda d: d != [])) == ["DASH003"]


async def test_a_document_naming_a_module_of_callbacks_is_read_when_it_changes(vscode, shop):
    # Without `import callbacks` the module's callbacks are flagged (DASH013), unless some
    # other file names the module for something to load: a Markdown directive, say.
    app = shop / "app.py"
    app.write_text(app.read_text().replace("import callbacks  # noqa: F401  (registers the callbacks)\n", ""))
    await start(vscode, shop)
    callbacks = uri(shop / "callbacks.py")
    assert set(codes(await wait_for(vscode, callbacks, lambda d: d != []))) == {"DASH013"}

    docs = shop / "docs.md"
    docs.write_text("Examples run through the directive `.. exec::callbacks`.\n")
    watched(vscode, (docs, types.FileChangeType.Created))
    assert await wait_for(vscode, callbacks, lambda d: d == []) == []

    docs.unlink()
    watched(vscode, (docs, types.FileChangeType.Deleted))
    assert set(codes(await wait_for(vscode, callbacks, lambda d: d != []))) == {"DASH013"}


def _checked(root, texts: dict) -> dict[str, list[tuple]]:
    """What `dash-lsp check` reports for each file, the given texts in place of the files'."""
    from dash_lsp.core import Workspace
    workspace = Workspace(root)
    for name, text in texts.items():
        workspace.set_overlay(root / name, text)
    return {path.name: sorted((f.code, f.span.start.line, f.span.start.column, f.message) for f in found)
            for path, found in workspace.findings().items()}


def _shown(diagnostics) -> list[tuple]:
    return sorted((d.code, d.range.start.line, d.range.start.character, d.message) for d in diagnostics)


async def test_an_id_typed_key_by_key_is_checked_as_a_fresh_check_would(client, shop):
    """Keystrokes in a component's id: patched in place while no finding depends on it (a new
    id), the full way once it is an id a callback names; each version's diagnostics are what a
    fresh check of that text reports."""
    await start(client, shop)
    layout = shop / "layout.py"
    head = '    html.H1("Shop", id="'
    text = layout.read_text().replace('    html.H1("Shop"),', head + '"),')
    item = open_file(client, layout, text)
    callbacks = open_file(client, shop / "callbacks.py")
    await wait_for(client, item, version=1)
    row = text.split("\n").index(head + '"),')
    typed, version = "", 1
    # A new id typed in and rubbed out, then one a callback names: now twice in the layout.
    for key in [*"title", *"\b" * 5, *"price-text"]:
        version += 1
        end = len(head) + len(typed)
        if key == "\b":
            edit(client, item, version, row, end - 1, end, "")
            typed = typed[:-1]
        else:
            edit(client, item, version, row, end, end, key)
            typed += key
        expected = _checked(shop, {"layout.py": text.replace(head + '"', head + typed + '"')})
        assert _shown(await wait_for(client, item, version=version)) == expected.get("layout.py", []), typed
    assert "DASH012" in codes(await wait_for(client, item, version=version))
    assert _shown(await wait_for(client, callbacks, version=1)) == expected.get("callbacks.py", [])
