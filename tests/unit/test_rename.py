"""Renaming an id: every place Dash reads it changes together, or nothing does and the
answer says where the id is also written. A renamed app is checked with the real Dash."""

import shutil
from pathlib import Path

import pytest

from dash_lsp.core import Workspace
from dash_lsp.core.findings import Position
from dash_lsp.core.fixes.edits import apply_edits

from .conftest import write_project
from .realdash import load

EXAMPLE = Path(__file__).parents[2] / "examples" / "weather_app"

SHOP = {
    "app.py": 'from dash import Dash\nimport callbacks  # noqa: F401\nfrom layout import layout\n\n'
              'app = Dash(__name__)\napp.layout = layout\n\nif __name__ == "__main__":\n    app.run()\n',
    "layout.py": 'from dash import dcc, html\n\n'
                 'layout = html.Div([\n    dcc.Dropdown(["tea", "cocoa"], "tea", id="product-dropdown"),\n'
                 '    html.Button("Order", id=\'order-button\'),\n    html.P(id="price-text"),\n])\n',
    "callbacks.py": 'from dash import Input, Output, State, callback\n\n\n'
                    '@callback(Output("price-text", "children"), Input("product-dropdown", "value"))\n'
                    'def price(product):\n    """Shows the price of the product-dropdown\'s choice."""\n    return product\n\n\n'
                    '@callback(Output("price-text", "title"), Input("order-button", "n_clicks"),\n'
                    '          State("product-dropdown", "value"))\n'
                    'def order(n_clicks, product):\n    return product\n',
}


def at(root: Path, name: str, needle: str, offset: int = 2, occurrence: int = 0) -> tuple[Path, Position]:
    lines = (root / name).read_text().split("\n")
    found = [(i, line.index(needle)) for i, line in enumerate(lines) if needle in line][occurrence]
    return (root / name).resolve(), Position(found[0], found[1] + offset)


def renamed(workspace: Workspace, root: Path, plan) -> None:
    """Write the plan's edits to disk, as an editor saving them would."""
    for path, edits in plan.edits.items():
        path.write_text(apply_edits(path.read_text(), edits))
        workspace.invalidate(path)


def test_an_id_written_as_literals_is_renamed_everywhere_and_dash_agrees(tmp_path):
    root = write_project(tmp_path, SHOP)
    workspace = Workspace(root)
    path, position = at(root, "callbacks.py", '"product-dropdown"', occurrence=1)
    plan = workspace.rename(path, position, "item-dropdown")
    assert plan.refusal is None and plan.old == "product-dropdown"
    assert {p.name: len(e) for p, e in plan.edits.items()} == {"layout.py": 1, "callbacks.py": 2}

    renamed(workspace, root, plan)
    texts = {name: (root / name).read_text() for name in SHOP}
    assert texts["layout.py"].count('"item-dropdown"') == 1 and texts["callbacks.py"].count('"item-dropdown"') == 2
    # The docstring is prose, left as it was; no string names the old id any more.
    assert "product-dropdown's choice" in texts["callbacks.py"]
    assert '"product-dropdown"' not in texts["callbacks.py"] + texts["layout.py"]
    assert not any(workspace.findings().values())
    loaded = load(root)  # the renamed app still loads and registers both callbacks
    assert loaded.error is None and sorted(loaded.outputs) == ["price-text.children", "price-text.title"], loaded


def test_the_quote_and_the_constant_are_kept(tmp_path):
    root = tmp_path / "weather"
    shutil.copytree(EXAMPLE, root)
    workspace = Workspace(root)
    # From the callback's `ids.CITY` to the one literal in ids.py.
    path, position = at(root, "callbacks.py", "ids.CITY", offset=5)
    plan = workspace.rename(path, position, "town-dropdown")
    assert plan.refusal is None
    (ids_path, edits), = plan.edits.items()
    assert ids_path.name == "ids.py" and [e.new_text for e in edits] == ['"town-dropdown"']
    renamed(workspace, root, plan)
    assert 'CITY = "town-dropdown"' in (root / "ids.py").read_text()
    # The same findings as before (the example's three mistakes), none new.
    assert sorted(f.code for items in workspace.findings().values() for f in items) == \
        sorted(f.code for items in Workspace(EXAMPLE).findings().values() for f in items)
    # Single quotes stay single quotes.
    shop = write_project(tmp_path / "shop", SHOP)
    path, position = at(shop, "callbacks.py", '"order-button"')
    plan = Workspace(shop).rename(path, position, "buy-button")
    assert [e.new_text for e in plan.edits[(shop / "layout.py").resolve()]] == ["'buy-button'"]


@pytest.mark.parametrize("read", ["ctx.triggered_id", 'ctx.triggered[0]["prop_id"].split(".")[0]'])
def test_comparisons_with_the_triggered_id_are_renamed_too(tmp_path, read):
    # As the merge quick fix writes them: a local `trigger = ctx.triggered_id` (or the older
    # form of it), then `==`; and `in (…)` on ctx.triggered_id itself.
    files = dict(SHOP, **{"callbacks.py": SHOP["callbacks.py"].replace(
        "from dash import Input, Output, State, callback\n", "from dash import Input, Output, State, callback, ctx\n").replace(
        "def order(n_clicks, product):\n    return product\n",
        f"def order(n_clicks, product):\n    trigger = {read}\n"
        "    if trigger == \"order-button\" and ctx.triggered_id in (\"order-button\", None):\n"
        "        return product\n    return None\n")})
    root = write_project(tmp_path, files)
    workspace = Workspace(root)
    plan = workspace.rename(*at(root, "layout.py", "'order-button'"), "buy-button")
    assert plan.refusal is None, plan.refusal
    lines = (root / "callbacks.py").read_text().split("\n")
    edited = sorted(e.span.start.line for e in plan.edits[(root / "callbacks.py").resolve()])
    assert [lines[i].strip()[:30] for i in edited] == [
        '@callback(Output("price-text",', 'if trigger == "order-button" a', 'if trigger == "order-button" a']
    renamed(workspace, root, plan)
    text = (root / "callbacks.py").read_text()
    assert '"order-button"' not in text
    assert 'trigger == "buy-button" and ctx.triggered_id in ("buy-button", None)' in text
    assert not any(workspace.findings().values())
    loaded = load(root)
    assert loaded.error is None and len(loaded.outputs) == 2, loaded


@pytest.mark.parametrize("change, needle, why", [
    # Dash reads the id in places no dependency shows: those would go on naming the old id.
    (("callbacks.py", "    return product\n\n\n@", '    return {"product-dropdown": product}\n\n\n@'),
     '"product-dropdown"', "callbacks.py:7"),
    # `ctx` here is not Dash's: its triggered_id is anyone's guess.
    (("callbacks.py", "    return product\n\n\n@", '    return ctx.triggered_id == "product-dropdown"\n\n\n@'),
     '"product-dropdown"', "callbacks.py:7"),
    (("assets/style.css", None, "#product-dropdown { width: 10em; }\n"), '"product-dropdown"', "style.css:1"),
    (("tests/test_app.py", None, 'def test_pick(dash_duo):\n    dash_duo.find_element("#product-dropdown")\n'),
     '"product-dropdown"', "test_app.py:2"),
    # An id built from parts, or written with an escape, is not a literal to change.
    (("layout.py", 'id="product-dropdown"', 'id="product" + "-dropdown"'), '"product-dropdown"', "computed at layout.py:4"),
    (("layout.py", 'id="product-dropdown"', 'id="product\\x2ddropdown"'), '"product-dropdown"', "escapes"),
])
def test_an_id_also_written_elsewhere_is_not_renamed(tmp_path, change, needle, why):
    name, old, new = change
    files = dict(SHOP)
    files[name] = files[name].replace(old, new, 1) if old else new
    if old:
        assert files[name] != SHOP[name]
    root = write_project(tmp_path, files)
    path, position = at(root, "callbacks.py", needle)
    plan = Workspace(root).rename(path, position, "item-dropdown")
    assert plan.edits == {} and why in plan.refusal, plan.refusal


@pytest.mark.parametrize("new, why", [
    ("item.dropdown", "`.`"), ("{item}", "`{`"), ("", "empty"), ("product-dropdown", "already"),
    ("price-text", "html.P at layout.py:6"), ('say "hi"', "quotes"),
])
def test_a_new_id_dash_would_reject_or_that_is_taken_is_refused(tmp_path, new, why):
    root = write_project(tmp_path, SHOP)
    path, position = at(root, "layout.py", '"product-dropdown"')
    plan = Workspace(root).rename(path, position, new)
    assert plan.edits == {} and why in plan.refusal, plan.refusal


def test_nothing_to_rename_where_there_is_no_id(tmp_path):
    root = write_project(tmp_path, SHOP)
    workspace = Workspace(root)
    assert workspace.rename(*at(root, "callbacks.py", '"children"'), "x") is None
    assert workspace.rename(*at(root, "callbacks.py", "def price"), "x") is None
    path, position = at(root, "layout.py", "id=\"product-dropdown\"", offset=5)
    span = workspace.rename(path, position, None).at
    assert (span.start.line, span.start.column, span.end.column) == (position.line, position.column - 2, position.column + 16)
