"""Generated Dash apps for the benchmarks: one module of N lines, or a project of N modules.

The code reads like a real dashboard: id constants, layout helpers, panels built by
functions, callbacks with State, `ctx.triggered_id` and `prevent_initial_call`, and a
few genuine mistakes (a duplicated output, allow_duplicate without
prevent_initial_call, a misspelt id) so the analysis does its full work. Output is
deterministic for a given size.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

WORDS = (
    "weather", "rainfall", "wind", "humidity", "pressure", "sales", "orders", "stock",
    "traffic", "energy", "solar", "budget", "payroll", "churn", "latency", "uptime",
)

HEADER = '''\
"""Operations dashboard: one panel per data source."""

import math
import random

import plotly.graph_objects as go
from dash import Dash, Input, Output, State, ctx, dcc, html, no_update

CITIES = ["paris", "lagos", "lima", "osaka", "oslo", "perth"]
METRICS = ["mean", "max", "min"]


def load_series(source, city, days=30):
    """Deterministic stand-in for a database query."""
    rng = random.Random(f"{source}:{city}:{days}")
    return [round(10 + 8 * math.sin(day / 4) + rng.random() * 3, 2) for day in range(days)]


def summarise(values, metric):
    if not values:
        return "no data"
    if metric == "max":
        return f"max {max(values):.1f}"
    if metric == "min":
        return f"min {min(values):.1f}"
    return f"mean {sum(values) / len(values):.1f}"


def city_options():
    return [{"label": city.title(), "value": city} for city in CITIES]


app = Dash(__name__, title="Operations")
'''


def _section_name(index: int) -> str:
    return f"{WORDS[index % len(WORDS)]}-{index}"


def _const(name: str) -> str:
    return name.upper().replace("-", "_")


def _ids(name: str) -> str:
    c = _const(name)
    return textwrap.dedent(f'''\
        {c}_CITY = "{name}-city"
        {c}_METRIC = "{name}-metric"
        {c}_GRAPH = "{name}-graph"
        {c}_SUMMARY = "{name}-summary"
        {c}_STORE = "{name}-store"
        {c}_RESET = "{name}-reset"
        {c}_DAYS = "{name}-days"
        ''')


def _panel(name: str, title: str) -> str:
    c, fn = _const(name), name.replace("-", "_")
    return textwrap.dedent(f'''\
        def {fn}_panel():
            """{title}: a city picker, a metric switch and a chart."""
            return html.Div(
                [
                    html.H3("{title}"),
                    html.Div(
                        [
                            dcc.Dropdown(id={c}_CITY, options=city_options(), value="paris"),
                            dcc.RadioItems(id={c}_METRIC, options=METRICS, value="mean", inline=True),
                            dcc.Slider(id={c}_DAYS, min=7, max=90, step=1, value=30),
                            html.Button("Reset", id={c}_RESET, n_clicks=0),
                        ],
                        className="controls",
                    ),
                    dcc.Graph(id={c}_GRAPH),
                    html.P(id={c}_SUMMARY, className="summary"),
                    dcc.Store(id={c}_STORE, data={{}}),
                ],
                className="panel",
            )
        ''')


def _callbacks(name: str, decorator: str, mistake: str | None) -> str:
    c, fn = _const(name), name.replace("-", "_")
    city_input = f'"{name}-ctiy"' if mistake == "missing-id" else f"{c}_CITY"
    body = textwrap.dedent(f'''\
        @{decorator}(
            Output({c}_GRAPH, "figure"),
            Input({city_input}, "value"),
            Input({c}_DAYS, "value"),
        )
        def update_{fn}_graph(city, days):
            values = load_series("{name}", city, days or 30)
            figure = go.Figure(go.Scatter(y=values, mode="lines", name=city))
            figure.update_layout(margin={{"l": 20, "r": 20, "t": 30, "b": 20}}, title=city.title())
            return figure


        @{decorator}(
            Output({c}_SUMMARY, "children"),
            Output({c}_STORE, "data"),
            Input({c}_METRIC, "value"),
            Input({c}_GRAPH, "clickData"),
            State({c}_STORE, "data"),
            State({c}_CITY, "value"),
        )
        def summarise_{fn}(metric, click, store, city):
            store = dict(store or {{}})
            if ctx.triggered_id == {c}_GRAPH and click:
                store["picked"] = click["points"][0]["y"]
            values = load_series("{name}", city)
            text = summarise(values, metric)
            if "picked" in store:
                text += f" (picked {{store['picked']}})"
            return text, store


        @{decorator}(
            Output({c}_CITY, "value"),
            Output({c}_DAYS, "value"),
            Input({c}_RESET, "n_clicks"),
            prevent_initial_call=True,
        )
        def reset_{fn}(n_clicks):
            if not n_clicks:
                return no_update, no_update
            return "paris", 30
        ''')
    if mistake == "duplicate-output":
        body += textwrap.dedent(f'''\


            @{decorator}(
                Output({c}_SUMMARY, "children"),
                Input({c}_RESET, "n_clicks"),
            )
            def clear_{fn}_summary(n_clicks):
                return "reset" if n_clicks else no_update
            ''')
    if mistake == "allow-duplicate":
        body += textwrap.dedent(f'''\


            @{decorator}(
                Output({c}_GRAPH, "figure", allow_duplicate=True),
                Input({c}_RESET, "n_clicks"),
            )
            def blank_{fn}_graph(n_clicks):
                return go.Figure()
            ''')
    return body


def _mistake_for(index: int, count: int) -> str | None:
    """Three mistakes per app, spread over its start, middle and end."""
    marks = {1 % count: "duplicate-output", count // 2: "allow-duplicate", count - 1: "missing-id"}
    return marks.get(index) if count >= 3 else None


def generate_app(lines: int) -> str:
    """A single-module Dash app of about `lines` lines (never fewer than one panel)."""
    per_section = _section_lines()
    count = max(3, round((lines - HEADER.count("\n") - 30) / per_section))
    names = [_section_name(i) for i in range(count)]
    parts = [HEADER, "\n"]
    for i, name in enumerate(names):
        parts += [
            f"# {name.replace('-', ' ').title()} " + "-" * 40 + "\n\n",
            _ids(name), "\n\n",
            _panel(name, name.replace("-", " ").title()), "\n\n",
            _callbacks(name, "app.callback", _mistake_for(i, count)), "\n\n",
        ]
    parts.append("app.layout = html.Div(\n    [\n        html.H1(\"Operations\"),\n")
    parts += [f"        {name.replace('-', '_')}_panel(),\n" for name in names]
    parts.append("    ]\n)\n\n\nif __name__ == \"__main__\":\n    app.run(debug=True)\n")
    return "".join(parts)


def _section_lines() -> str:
    sample = _section_name(0)
    text = _ids(sample) + _panel(sample, "T") + _callbacks(sample, "app.callback", None)
    return text.count("\n") + 8


def generate_project(root: Path, modules: int) -> Path:
    """Write a multi-module Dash project of `modules` Python files under `root`.

    Layout: app.py (the Dash app and its layout), ids.py, helpers.py, and one
    components/panel_k.py + callbacks/panel_k.py pair per panel, the callbacks using
    the global `dash.callback`. Returns `root`; the entry module is root / "app.py".
    """
    root = Path(root)
    (root / "components").mkdir(parents=True, exist_ok=True)
    (root / "callbacks").mkdir(parents=True, exist_ok=True)
    fixed = 5  # app, ids, helpers, the two package __init__ files
    count = max(3, (modules - fixed) // 2)
    names = [_section_name(i) for i in range(count)]

    ids = ['"""Every component id of the dashboard, in one place."""\n\n']
    ids += [_ids(name) + "\n" for name in names]
    (root / "ids.py").write_text("".join(ids))

    helpers = HEADER.split("app = Dash")[0]
    helpers = helpers.replace('"""Operations dashboard: one panel per data source."""',
                              '"""Data access and formatting shared by the panels."""')
    helpers = helpers.replace("import plotly.graph_objects as go\n", "")
    helpers = helpers.replace("from dash import Dash, Input, Output, State, ctx, dcc, html, no_update\n", "")
    (root / "helpers.py").write_text(helpers)
    (root / "components" / "__init__.py").write_text('"""Layout panels."""\n')
    if (modules - fixed) % 2:
        theme = '"""Colours shared by the figures."""\n\nACCENT = "#3b6ea5"\nMUTED = "#8a8f98"\n'
        (root / "theme.py").write_text(theme)
    (root / "callbacks" / "__init__.py").write_text(
        '"""Callbacks, registered on import."""\n\n'
        + "".join(f"from callbacks import {n.replace('-', '_')}  # noqa: F401\n" for n in names)
    )

    for i, name in enumerate(names):
        module = name.replace("-", "_")
        c = _const(name)
        suffixes = ("CITY", "DAYS", "GRAPH", "METRIC", "RESET", "STORE", "SUMMARY")
        id_names = ", ".join(f"{c}_{s}" for s in suffixes)
        (root / "components" / f"{module}.py").write_text(
            f'"""The {name} panel."""\n\nfrom dash import dcc, html\n\n'
            f"from helpers import METRICS, city_options\nfrom ids import {id_names}\n\n\n"
            + _panel(name, name.replace("-", " ").title())
        )
        (root / "callbacks" / f"{module}.py").write_text(
            f'"""Callbacks of the {name} panel."""\n\n'
            "import plotly.graph_objects as go\n"
            "from dash import Input, Output, State, callback, ctx, no_update\n\n"
            f"from helpers import load_series, summarise\nfrom ids import {id_names}\n\n\n"
            + _callbacks(name, "callback", _mistake_for(i, count))
        )

    imports = "".join(f"from components.{n.replace('-', '_')} import {n.replace('-', '_')}_panel\n" for n in names)
    panels = "".join(f"        {n.replace('-', '_')}_panel(),\n" for n in names)
    (root / "app.py").write_text(
        '"""Entry point: the app, its layout, and the callbacks it registers."""\n\n'
        "from dash import Dash, html\n\n"
        "import callbacks  # noqa: F401  (registers every panel's callbacks)\n"
        + imports
        + '\napp = Dash(__name__, title="Operations")\n\n'
        + "app.layout = html.Div(\n    [\n        html.H1(\"Operations\"),\n"
        + panels
        + "    ]\n)\n\n\nif __name__ == \"__main__\":\n    app.run(debug=True)\n"
    )
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, help="print a one-module app of about this many lines")
    parser.add_argument("--project", type=Path, help="write a multi-module project into this folder")
    parser.add_argument("--modules", type=int, default=50)
    args = parser.parse_args(argv)
    if args.project:
        print(generate_project(args.project, args.modules))
    else:
        sys.stdout.write(generate_app(args.lines or 600))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
