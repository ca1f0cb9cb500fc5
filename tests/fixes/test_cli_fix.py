"""`dash-lsp check --diff` shows the safe fixes; `--fix` writes them and reports what is left."""

from __future__ import annotations

import subprocess
import sys

from dashrun import outputs_at_run
from merge_cases import HEAD

APP = HEAD + '''

@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city


@app.callback(Output("out", "children", allow_duplicate=True), Input("year", "value"))
def by_year(year):
    return year


if __name__ == "__main__":
    app.run(debug=True)


@app.callback(Output("status", "children"), Input("btn", "n_clicks"))
def clicked(n):
    return n
'''


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "dash_lsp", "check", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_diff_then_fix(tmp_path):
    app = tmp_path / "app.py"
    app.write_text(APP)
    assert outputs_at_run(tmp_path)[0].startswith("DuplicateCallback")

    shown = _cli("--diff", ".", cwd=tmp_path)
    assert shown.returncode == 1, shown.stderr
    assert shown.stdout.startswith("--- a/app.py\n+++ b/app.py\n")
    assert "+              prevent_initial_call=True)" not in shown.stdout
    assert '+@app.callback(Output("out", "children", allow_duplicate=True), Input("year", "value"), ' \
           'prevent_initial_call=True)' in shown.stdout
    assert app.read_text() == APP  # --diff changes nothing

    fixed = _cli("--fix", ".", cwd=tmp_path)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "fixed 2 finding(s) in 1 file(s)" in fixed.stderr
    text = app.read_text()
    assert text.rstrip().endswith("app.run(debug=True)")
    # Dash now registers all three callbacks before the server starts.
    error, outputs = outputs_at_run(tmp_path)
    assert error is None and len(outputs) == 3

    again = _cli("--diff", ".", cwd=tmp_path)
    assert again.returncode == 0 and again.stdout == ""
