"""Differential: after any sequence of edits, a warm workspace reports what a fresh one does.

Every cache of the core (facts by text, facts updated in place statement by statement,
derived results by the modules and statements they read, renders of argument-less
functions) is exercised by these edits; a stale entry shows as a difference.
"""

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dash_lsp.core import Workspace

from .test_constant_retype import APP, HELPERS
from .test_incremental import FILES

EXAMPLE = Path(__file__).parents[2] / "examples" / "weather_app"
CASES = sorted(p for p in (Path(__file__).parents[1] / "dash_cases").iterdir() if p.is_dir())


def _project_files(case: int | str | None = None) -> dict[str, str]:
    """The example app with a small project beside it, one of the ground-truth cases, or a
    layout with many properties' constants."""
    if case == "properties":
        return {"app.py": APP, "helpers.py": HELPERS}
    if case is not None:
        folder = CASES[case % len(CASES)]
        return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in folder.rglob("*.py")}
    files = {p.name: p.read_text(encoding="utf-8") for p in EXAMPLE.glob("*.py")}
    files.update({f"extra/{name}": text for name, text in FILES.items()})
    return files


# Swaps that keep the lines and usually the syntax: the edits of someone typing in place.
SWAPS = [("Input", "State"), ("Output", "Input"), ("True", "False"), ("callback", "clientside_callback"),
         ("value", "children"), ("layout", "validation_layout"), ("prevent_initial_call", "background"),
         ("MATCH", "ALL"), ("app.run", "app.xrun")]


COMMENTS = ["  # a remark", "  # noqa", "  # noqa: DASH001", "  # noqa: DASH003, DASH004",
            "  # DASH_SUPPRESS_CALLBACK_EXCEPTIONS", "  # register_page", "  # dash"]


def _edit(text: str, kind: str, pick: int) -> str:
    lines = text.split("\n")
    if kind == "rename-id":
        # A string (an id, a property, a text) or an id constant's use becomes another id.
        spots = list(re.finditer(r"(['\"])[\w-]+\1|\bids\.[A-Z_]+", text))
        if spots:
            m = spots[pick % len(spots)]
            return text[:m.start()] + '"renamed-id"' + text[m.end():]
    if kind == "renumber":
        # A number becomes another, longer, shorter or as long: typing in a property's value.
        spots = list(re.finditer(r"(?<![\w.'\"])\d+(?![\w.'\"])", text))
        if spots:
            m = spots[pick % len(spots)]
            return text[:m.start()] + ("0", "7", "12", "4096")[pick // len(spots) % 4] + text[m.end():]
    if kind == "retext":
        # Typed inside a string: a property's text, an id, a property's name.
        spots = list(re.finditer(r'"([^"\n]*)"', text))
        if spots:
            m = spots[pick % len(spots)]
            inside = m.group(1)
            inside = (inside + "s", inside[:-1], "Z" + inside[1:], inside + "#")[pick // len(spots) % 4]
            return text[:m.start(1)] + inside + text[m.end(1):]
    if kind == "retype":
        # One character becomes another: most keystrokes, some of them breaking the syntax.
        spots = [i for i, c in enumerate(text) if c not in "\r\n"]
        if spots:
            i = spots[pick % len(spots)]
            return text[:i] + "x'(),_ 1"[pick // len(spots) % 8] + text[i + 1:]
    if kind == "swap":
        old, new = SWAPS[pick % len(SWAPS)]
        spots = [m.start() for m in re.finditer(re.escape(old), text)] + [m.start() for m in re.finditer(re.escape(new), text)]
        if spots:
            i = spots[pick // len(SWAPS) % len(spots)]
            word, other = (old, new) if text.startswith(old, i) else (new, old)
            return text[:i] + other + text[i + len(word):]
    if kind == "rebind":
        # A module-level name is typed on (or back): `def panel` → `def panel_`, `CITY =` → `CITY_ =`.
        spots = list(re.finditer(r"^(?:async def |def |class )?([A-Za-z_]\w*)(?=\s*[(=:])", text, re.M))
        if spots:
            m = spots[pick % len(spots)]
            name = m.group(1)
            renamed = name[:-1] if name.endswith("_") else name + "_"
            return text[:m.start(1)] + renamed + text[m.end(1):]
    if kind == "comment":
        # Typed at a line's end: a remark (nothing changes), a `# noqa`, a setting's name.
        i = pick % len(lines)
        lines[i] += COMMENTS[pick // len(lines) % len(COMMENTS)]
    elif kind == "trailing-space":
        i = pick % len(lines)
        lines[i] += " "
    if kind == "delete-line":
        del lines[pick % len(lines)]
    elif kind == "duplicate-line":
        i = pick % len(lines)
        lines.insert(i, lines[i])
    elif kind == "blank-line":
        lines.insert(pick % len(lines), "")
    elif kind == "half-typed":
        lines.insert(pick % len(lines), '@callback(Output("x", ')
    return "\n".join(lines)


def _summary(workspace: Workspace, root: Path):
    return sorted((f.code, f.path.relative_to(root).as_posix(), f.span, f.message, f.related)
                  for items in workspace.findings().values() for f in items)


edits = st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(
    ["rename-id", "delete-line", "duplicate-line", "blank-line", "half-typed", "undo", "retype", "retype",
     "swap", "swap", "rebind", "comment", "comment", "trailing-space", "renumber", "renumber", "retext"]), st.integers(0, 10**6)),
    min_size=1, max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=edits, case=st.one_of(st.none(), st.integers(0, 10**6), st.just("properties")))
def test_a_warm_workspace_reports_what_a_fresh_one_does(tmp_path_factory, edits, case):
    root = tmp_path_factory.mktemp("warm").resolve()
    files = _project_files(case)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    paths = sorted(files)
    warm = Workspace(root)
    warm.findings()
    current = dict(files)
    for which, kind, pick in edits:
        name = paths[which % len(paths)]
        current[name] = files[name] if kind == "undo" else _edit(current[name], kind, pick)
        warm.set_overlay(root / name, current[name])
        cold = Workspace(root)
        for other, text in current.items():
            cold.set_overlay(root / other, text)
        assert _summary(warm, root) == _summary(cold, root), (name, kind)
