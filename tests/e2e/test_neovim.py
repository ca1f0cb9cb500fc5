"""The bundled example in a real editor: headless Neovim and its built-in LSP client."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.editor

HERE = Path(__file__).parent
EXAMPLE = HERE.parents[1] / "examples" / "weather_app"
NVIM = shutil.which("nvim")


def nvim_version() -> tuple[int, ...]:
    first = subprocess.run([NVIM, "--version"], capture_output=True, text=True, timeout=30).stdout.split("\n")[0]
    return tuple(int(part) for part in first.split("v")[-1].split(".")[:2])


@pytest.mark.skipif(NVIM is None, reason="Neovim is not installed (scripts/setup.sh installs it)")
def test_squiggles_hover_definition_completion_and_rename_in_neovim(tmp_path: Path):
    assert nvim_version() >= (0, 7), "the init file needs Neovim 0.7 or newer"
    root = tmp_path / "weather_app"
    shutil.copytree(EXAMPLE, root)
    result_path = tmp_path / "result.json"
    env = {
        **os.environ,
        "DASH_LSP_PYTHON": sys.executable,
        "DASH_LSP_ROOT": str(root),
        "DASH_LSP_RESULT": str(result_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),  # Neovim's lsp.log goes here, not to $HOME
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }

    subprocess.run(
        [NVIM, "--headless", "-n", "-i", "NONE", "-u", str(HERE / "neovim_init.lua"), str(root / "app.py")],
        cwd=root, env=env, timeout=90, check=True, stdin=subprocess.DEVNULL, capture_output=True,
    )

    result = json.loads(result_path.read_text())
    assert result["errors"] == []
    assert result["ready"], "no diagnostics reached Neovim"
    found = {d["code"]: d for d in result["diagnostics"]}
    assert set(found) == {"DASH001", "DASH005"}
    app = (root / "app.py").read_text().split("\n")
    duplicate = found["DASH001"]
    assert app[duplicate["lnum"]].startswith("@callback(Output(ids.GRAPH")
    assert duplicate["col"] == app[duplicate["lnum"]].index("Output(ids.GRAPH")
    assert duplicate["severity"] == 1  # vim.diagnostic.severity.ERROR
    assert duplicate["source"] == "dash-lsp"
    assert "temperature-graph.figure" in duplicate["message"]
    assert "units_tooltip" in found["DASH005"]["message"]
    # Drawn: one underline per diagnostic, where the diagnostic is.
    drawn = sorted((u["line"], u["col"], u["end_col"]) for u in result["underlines"])
    assert drawn == sorted((d["lnum"], d["col"], d["end_col"]) for d in result["diagnostics"])
    assert {u["group"] for u in result["underlines"]} == {"DiagnosticUnderlineError"}
    # `K` on the squiggle explains the gotcha.
    assert result["hover"].startswith("**DASH001")
    assert "allow_duplicate" in result["hover"]
    # `gd` on `ids.GRAPH` lands on the component carrying that id.
    layout = (root / "layout.py").read_text().split("\n")
    definition = result["definition"]
    assert definition["file"] == str((root / "layout.py").resolve())
    assert 'id=ids.GRAPH' in definition["text"] and definition["text"] == layout[definition["line"]]
    assert definition["col"] == layout[definition["line"]].index("ids.GRAPH")
    # An id being typed completes to the layout's ids.
    assert "temperature-graph" in result["completion"] and "city-dropdown" in result["completion"]
    # F2 on `ids.GRAPH` renames the id where it is written: the constant in ids.py.
    assert 'GRAPH = "weather-graph"' in result["renamed"], result["renamed"]
    assert not any("temperature-graph" in line for line in result["renamed"])
    assert "Output(ids.GRAPH" in result["renamed_from"]
