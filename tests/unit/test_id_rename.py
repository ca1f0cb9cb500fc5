"""Giving a component another id while the findings stand: patched in place when no finding
can change (project/id_rename.py), and whichever way it goes, what a fresh check reports."""

import re
from pathlib import Path

import pytest

from dash_lsp.core import Workspace
from dash_lsp.core.findings import Position

from .cases import CASES
from .conftest import write_project
from .test_constant_retype import APP, HELPERS
from .test_warm_equals_cold import CASES as DASH_CASES
from .test_warm_equals_cold import _project_files, _summary

# A component's string id given by keyword, its text as group 2.
ID = re.compile(r'\bid=(["\'])([\w-]*)\1')
# Another string id named anywhere in the project: a callback's, or another component's.
NAMED = re.compile(r'["\']([\w-]+)["\']')


def _projects() -> list[tuple[str, dict[str, str]]]:
    found = [(f"case:{c.name}", c.files) for c in CASES]
    found += [(f"dash_case:{folder.name}", _project_files(i)) for i, folder in enumerate(DASH_CASES)]
    found += [("example", _project_files(None)), ("properties", {"app.py": APP, "helpers.py": HELPERS})]
    return [(name, files) for name, files in found if any(ID.search(t) for t in files.values())]


PROJECTS = _projects()


def _renames(old: str, text: str) -> list[str]:
    """As someone types the id on, back, anew; then as another id the project names (a callback's,
    another component's), which makes or mends a finding."""
    named = [m.group(1) for m in NAMED.finditer(text) if m.group(1) != old]
    return [old + "s", old + "s-2", old[:-1] or "x", "z" + old, *named[:1], *named[-1:], old]


def _cold(root: Path, current: dict[str, str]) -> Workspace:
    cold = Workspace(root)
    for name, text in current.items():
        cold.set_overlay(root / name, text)
    return cold


@pytest.mark.parametrize("name, files", PROJECTS, ids=[name for name, _ in PROJECTS])
def test_an_id_typed_anyhow_reports_what_a_fresh_check_does(tmp_path, name, files):
    root = write_project(tmp_path, files).resolve()
    current = {n: (root / n).read_text(encoding="utf-8") for n in files}
    warm = Workspace(root)
    warm.findings()
    for file in sorted(current):
        spots = list(ID.finditer(current[file]))
        for spot in spots[:1] + spots[-1:] if len(spots) > 1 else spots:
            old = spot.group(2)
            for new in _renames(old, current[file]):
                here = next(m for m in ID.finditer(current[file]) if m.start() == spot.start())
                current[file] = current[file][:here.start(2)] + new + current[file][here.end(2):]
                warm.set_overlay(root / file, current[file])
                assert _summary(warm, root) == _summary(_cold(root, current), root), (file, old, new)


def test_most_ids_no_callback_names_keep_the_model_when_typed(tmp_path_factory):
    """The way in place is taken where no finding depends on the id (else this file would
    only show the full way): ids written once in the project, typed on."""
    taken = tried = 0
    for name, files in PROJECTS:
        everything = "\n".join(files.values())
        root = write_project(tmp_path_factory.mktemp("rename"), files).resolve()
        warm = Workspace(root)
        warm.findings()
        for file, text in files.items():
            for spot in ID.finditer(text):
                if everything.count(spot.group(2)) != 1 or not spot.group(2):
                    continue
                model = warm.model()
                edited = text[:spot.start(2)] + spot.group(2) + "-zq" + text[spot.end(2):]
                warm.set_overlay(root / file, edited)
                warm.findings()
                taken += warm.model() is model
                tried += 1
                warm.set_overlay(root / file, text)
                warm.findings()
    assert tried >= 40 and taken >= tried * 9 // 10, (taken, tried)


TWO_PANELS = {
    "app.py": '''from dash import Dash, Input, Output, callback, dcc, html

from panels import panel

app = Dash(__name__)
app.layout = html.Div([panel(), dcc.Input(id="city"), html.Div(id="out"), html.Div(id="note")])


@callback(Output("out", "children"), Input("city", "value"), Input("cty-typo", "value"))
def show(city, typo):
    return city
''',
    "panels.py": '''from dash import html


def panel():
    return html.Div([html.H3("Weather"), html.Div(id="chart-area", className="panel")])
''',
}


def _typed(tmp_path, new: str):
    root = write_project(tmp_path, TWO_PANELS).resolve()
    warm = Workspace(root)
    warm.findings()
    model = warm.model()
    text = TWO_PANELS["panels.py"].replace('"chart-area"', f'"{new}"')
    warm.set_overlay(root / "panels.py", text)
    findings = _summary(warm, root)
    cold = Workspace(root)
    cold.set_overlay(root / "panels.py", text)
    assert findings == _summary(cold, root)
    return root, warm, warm.model() is model, findings


def test_an_id_no_finding_reads_is_patched_in_place(tmp_path):
    root, warm, kept, findings = _typed(tmp_path, "chart-panel-area")
    assert kept
    assert [f[0] for f in findings] == ["DASH003"]
    # Hover, completion and navigation see the new id, not the old.
    line = TWO_PANELS["app.py"].splitlines().index(next(l for l in TWO_PANELS["app.py"].splitlines() if "cty-typo" in l))
    column = TWO_PANELS["app.py"].splitlines()[line].index('"cty-typo"') + 1
    offered = {getattr(item, "label", item) for item in warm.completions(root / "app.py", Position(line, column))}
    assert any("chart-panel-area" in str(o) for o in offered) and not any("chart-area" == str(o) for o in offered)


@pytest.mark.parametrize("new, why", [
    ("city", "a callback names it, and the layout now has it twice"),
    ("cty-typos", "alike the id a finding asks about (did you mean)"),
    ("note", "the initial layout renders it already"),
])
def test_an_id_a_finding_may_read_takes_the_full_way(tmp_path, new, why):
    _, _, kept, findings = _typed(tmp_path, new)
    assert not kept, why
    if new in ("city", "note"):
        assert "DASH012" in [f[0] for f in findings]
