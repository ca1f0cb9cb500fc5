"""Re-checking after edits: results derived from unchanged modules are reused, never stale."""

from pathlib import Path

from dash_lsp.core import Workspace

from .conftest import write_project

FILES = {
    "ids.py": 'CITY = "city"\nOUT = "out"\n',
    "layout.py": "from dash import html, dcc\nimport ids\n\n"
                 "def panel(name):\n    return html.Div([dcc.Input(id=f'{name}-input'), html.Div(id=ids.OUT)])\n\n"
                 "layout = html.Div([dcc.Input(id=ids.CITY), panel('shop')])\n",
    "app.py": "from dash import Dash, callback, Output, Input\nimport ids\nfrom layout import layout\n\n"
              "app = Dash(__name__)\napp.layout = layout\n\n"
              "@callback(Output(ids.OUT, 'children'), Input(ids.CITY, 'value'), Input('shop-input', 'value'))\n"
              "def show(city, shop):\n    return city\n",
}


def codes(workspace: Workspace) -> list[tuple[str, str]]:
    return sorted((f.code, f.path.name) for items in workspace.findings().values() for f in items)


def test_edits_in_other_modules_reach_the_findings(tmp_path):
    root = write_project(tmp_path, FILES)
    workspace = Workspace(root)
    assert codes(workspace) == []
    ids_path = (root / "ids.py").resolve()
    layout_path = (root / "layout.py").resolve()

    workspace.set_overlay(ids_path, 'CITY = "town"\nOUT = "out"\n')  # both sides follow the constant
    assert codes(workspace) == []
    workspace.set_overlay(layout_path, FILES["layout.py"].replace("id=ids.CITY", "id='city'"))
    assert codes(workspace) == [("DASH003", "app.py")]  # the callback still says ids.CITY == "town"
    workspace.set_overlay(ids_path, FILES["ids.py"])
    assert codes(workspace) == []
    workspace.set_overlay(layout_path, FILES["layout.py"].replace("panel('shop')", "panel('shops')"))
    assert codes(workspace) == [("DASH003", "app.py")]  # through the helper's f-string
    workspace.clear_overlay(layout_path)
    assert codes(workspace) == []


def test_a_file_changed_on_disk_is_reread_after_invalidate(tmp_path):
    root = write_project(tmp_path, FILES)
    workspace = Workspace(root)
    assert codes(workspace) == []
    (root / "ids.py").write_text('CITY = "city"\nOUT = "output"\n')
    assert codes(workspace) == []  # not told yet: the cached text stands
    workspace.invalidate(root / "ids.py")
    assert codes(workspace) == []  # OUT moved on both sides
    (root / "layout.py").write_text(FILES["layout.py"].replace("html.Div(id=ids.OUT)", "html.Div(id='out')"))
    workspace.invalidate(root / "layout.py")
    assert codes(workspace) == [("DASH003", "app.py")]


def test_created_and_deleted_modules(tmp_path):
    root = write_project(tmp_path, FILES)
    workspace = Workspace(root)
    extra = root / "more_callbacks.py"
    extra.write_text("from dash import callback, Output, Input\n\n"
                     "@callback(Output('out', 'children'), Input('city', 'n_submit'))\ndef again(n):\n    return n\n")
    (root / "app.py").write_text(FILES["app.py"].replace("import ids\n", "import ids\nimport more_callbacks\n"))
    workspace.invalidate(extra)
    workspace.invalidate(root / "app.py")
    assert ("DASH001", "app.py") in codes(workspace) or ("DASH001", "more_callbacks.py") in codes(workspace)
    extra.unlink()
    workspace.invalidate(extra)
    assert codes(workspace) == []
    assert Path(extra).resolve() not in workspace.findings()


def test_edits_do_not_keep_old_versions_alive(tmp_path):
    import gc

    root = write_project(tmp_path, FILES)
    workspace = Workspace(root)
    app = (root / "app.py").resolve()
    text = app.read_text()
    counts = []
    for k in range(12):
        # Alternating texts: every edit replaces the module's facts.
        workspace.set_overlay(app, text + "\n" * (k % 2))
        assert codes(workspace) == []
        gc.collect()
        counts.append(len(gc.get_objects()))
    # A retained old version would add its whole tree (hundreds of objects) per edit.
    assert max(counts[4:]) - min(counts[4:]) < 200, counts


def test_a_stopped_check_leaves_nothing_half_done(tmp_path):
    from dash_lsp.core import Stopped

    files = dict(FILES, **{"app.py": FILES["app.py"].replace("'shop-input'", "'shop-inptu'")})
    root = write_project(tmp_path, files)
    expected = codes(Workspace(root))
    assert expected == [("DASH003", "app.py")]
    layout = (root / "layout.py").resolve()
    stops = 0
    for budget in range(1, 50):
        workspace = Workspace(root)
        codes(workspace)
        # An edit (one that changes the facts), then a check stopped after `budget` checkpoints.
        workspace.set_overlay(layout, FILES["layout.py"] + "\nEXTRA = 1\n")
        asked = iter(range(budget))
        try:
            workspace.findings(should_stop=lambda: next(asked, None) is None)
        except Stopped:
            stops += 1
            assert codes(workspace) == expected
        else:
            break
    assert stops >= 3  # checkpoints between modules and between rules were reached


def test_an_edit_that_changes_no_fact_keeps_the_model_and_reads_noqa_again(tmp_path):
    files = dict(FILES, **{"app.py": FILES["app.py"].replace("'shop-input'", "'shop-inptu'")})
    root = write_project(tmp_path, files)
    workspace = Workspace(root)
    assert codes(workspace) == [("DASH003", "app.py")]
    app = (root / "app.py").resolve()
    model = workspace.model()
    line = next(t for t in files["app.py"].split("\n") if "shop-inptu" in t)

    workspace.set_overlay(app, files["app.py"].replace(line, line + "  # the shop's input"))
    assert codes(workspace) == [("DASH003", "app.py")]
    assert workspace.model() is model  # the early cut-off: nothing was derived again
    workspace.set_overlay(app, files["app.py"].replace(line, line + "  # noqa: DASH003"))
    assert codes(workspace) == [] and workspace.model() is model
    workspace.set_overlay(app, files["app.py"].replace(line, line + "  # noqa: DASH001"))
    assert codes(workspace) == [("DASH003", "app.py")] and workspace.model() is model
    # A change of a fact, even a small one, is derived again.
    workspace.set_overlay(app, files["app.py"].replace("'shop-inptu'", "'shop-input'"))
    assert codes(workspace) == [] and workspace.model() is not model


def test_a_comment_that_names_a_dash_setting_is_read(tmp_path):
    # DASH_SUPPRESS_CALLBACK_EXCEPTIONS set anywhere makes validation unknown: a comment
    # changes no fact, and yet the model must see it.
    files = dict(FILES, **{"app.py": FILES["app.py"].replace("'shop-input'", "'shop-inptu'")})
    root = write_project(tmp_path, files)
    workspace = Workspace(root)
    assert codes(workspace) == [("DASH003", "app.py")]
    app = (root / "app.py").resolve()
    workspace.set_overlay(app, files["app.py"].replace("app = Dash(__name__)",
                                                       "app = Dash(__name__)  # DASH_SUPPRESS_CALLBACK_EXCEPTIONS=1"))
    assert codes(workspace) == []
    workspace.set_overlay(app, files["app.py"])
    assert codes(workspace) == [("DASH003", "app.py")]


def test_findings_kept_per_callback_follow_its_edits(tmp_path):
    # DASH010 and DASH011 keep each callback's findings while its statement stands: editing it, or
    # an id it names in another module, must still be seen.
    app = FILES["app.py"].replace("Output(ids.OUT, 'children')", "[Output(ids.OUT, 'children')]").replace(
        "return city", "return [city]")
    root = write_project(tmp_path, {**FILES, "app.py": app})
    workspace = Workspace(root)
    app_path = (root / "app.py").resolve()
    assert codes(workspace) == []
    workspace.set_overlay(app_path, app.replace("return [city]", "return f'{city}'"))
    assert codes(workspace) == [("DASH011", "app.py")]
    workspace.set_overlay(app_path, app.replace("def show(city, shop)", "def show(city)"))
    assert codes(workspace) == [("DASH010", "app.py")]
    message = workspace.findings()[app_path][0].message
    workspace.set_overlay((root / "ids.py").resolve(), 'CITY = "town"\nOUT = "out"\n')
    workspace.set_overlay((root / "layout.py").resolve(), FILES["layout.py"].replace("ids.CITY", "'town'"))
    [finding] = workspace.findings()[app_path]
    assert "`city.value`" in message and "`town.value`" in finding.message  # the label named the new id
    workspace.set_overlay(app_path, app)
    assert codes(workspace) == []


def test_a_value_known_to_the_build_is_still_recorded_by_a_derived_result(tmp_path):
    # A result kept across rebuilds must know every module it read, even through a value the
    # current build had already looked up (ids.CITY lives in ids.py).
    root = write_project(tmp_path, FILES)
    workspace = Workspace(root)
    workspace.findings()
    model = workspace.model()
    module = model.modules[(root / "app.py").resolve()]
    callback, = module.callbacks
    model.dependency_id(module, callback, callback.inputs[0])
    statement = (module.statement_of(callback.function),)
    model.derived.get(("probe",), module, lambda: model.dependency_id(module, callback, callback.inputs[0]), statement)
    workspace.set_overlay((root / "ids.py").resolve(), 'CITY = "town"\nOUT = "out"\n')
    model = workspace.model()
    module = model.modules[(root / "app.py").resolve()]
    callback, = module.callbacks
    fresh = model.derived.get(("probe",), module, lambda: "recomputed", statement)
    assert fresh == "recomputed"


def test_a_module_of_callbacks_is_seen_imported_or_named_as_it_is_typed(tmp_path):
    # DASH013 depends on every import and on any word naming the module, in any file.
    app = "from dash import Dash, html, dcc\n\napp = Dash(__name__)\napp.layout = html.Div([dcc.Input(id='city'), html.Div(id='out')])\n"
    callbacks = ("from dash import callback, Input, Output\n\n@callback(Output('out', 'children'), Input('city', 'value'))\n"
                 "def show(city):\n    return city\n")
    root = write_project(tmp_path, {"app.py": app, "callbacks.py": callbacks, "helpers.py": "WIDTH = 3\n"})
    workspace = Workspace(root)
    app_path, helpers = (root / "app.py").resolve(), (root / "helpers.py").resolve()
    assert codes(workspace) == [("DASH013", "callbacks.py")]
    workspace.set_overlay(app_path, app + "# callbacks: see the other module\n")  # a comment loads nothing
    assert codes(workspace) == [("DASH013", "callbacks.py")]
    workspace.set_overlay(app_path, app + "PLUGINS = ['callbacks']\n")  # a string may be a module to load
    assert codes(workspace) == []
    workspace.set_overlay(app_path, app)
    assert codes(workspace) == [("DASH013", "callbacks.py")]
    workspace.set_overlay(helpers, "WIDTH = 3\nimport callbacks\n")  # a module without Dash imports it
    assert codes(workspace) == []
    workspace.set_overlay(helpers, "WIDTH = 3\n")
    assert codes(workspace) == [("DASH013", "callbacks.py")]
    workspace.set_overlay(app_path, app + "import importlib\n")  # modules may be loaded by name
    assert codes(workspace) == []
    workspace.set_overlay(app_path, app)
    (root / "Procfile").write_text("web: gunicorn callbacks:server\n")
    workspace.invalidate(root / "Procfile")
    assert codes(workspace) == []


def test_a_project_with_more_text_than_can_be_read_keeps_dash013_silent(tmp_path, monkeypatch):
    from dash_lsp.core.project import unimported

    files = {"app.py": "from dash import Dash, html\n\napp = Dash(__name__)\napp.layout = html.Div(id='out')\n",
             "callbacks.py": "from dash import callback, Input, Output\n\n@callback(Output('out', 'children'), "
                             "Input('out', 'title'))\ndef show(title):\n    return title\n",
             "data/cities.json": '{"cities": ["Paris", "Oslo"]}\n'}
    root = write_project(tmp_path, files)
    assert codes(Workspace(root)) == [("DASH013", "callbacks.py")]
    monkeypatch.setattr(unimported, "MAX_TEXT_BYTES", 10)  # the data files could name the module
    assert codes(Workspace(root)) == []


def test_a_document_naming_the_module_is_read_again_when_it_changes(tmp_path):
    files = {"app.py": "from dash import Dash, html\n\napp = Dash(__name__)\napp.layout = html.Div(id='out')\n",
             "callbacks.py": "from dash import callback, Input, Output\n\n@callback(Output('out', 'children'), "
                             "Input('out', 'title'))\ndef show(title):\n    return title\n",
             "README.md": "A dashboard.\n"}
    root = write_project(tmp_path, files)
    workspace = Workspace(root)
    assert codes(workspace) == [("DASH013", "callbacks.py")]
    (root / "README.md").write_text("Load it with `python -m callbacks`.\n")
    workspace.invalidate(root / "README.md")
    assert codes(workspace) == []
    (root / "README.md").unlink()
    workspace.invalidate(root / "README.md")
    assert codes(workspace) == [("DASH013", "callbacks.py")]
