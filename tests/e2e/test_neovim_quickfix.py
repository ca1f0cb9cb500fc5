"""One quick fix in a real editor: Neovim merges the weather example's duplicate callbacks."""

from __future__ import annotations

import ast
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

sys.path.insert(0, str(HERE.parent / "fixes"))
from dashrun import outputs_at_run  # noqa: E402


@pytest.mark.skipif(NVIM is None, reason="Neovim is not installed (scripts/setup.sh installs it)")
def test_merge_quick_fix_in_neovim(tmp_path: Path):
    root = tmp_path / "weather_app"
    shutil.copytree(EXAMPLE, root)
    before = {p.name: p.read_text() for p in root.glob("*.py")}
    result_path = tmp_path / "result.json"
    env = {
        **os.environ,
        "DASH_LSP_PYTHON": sys.executable,
        "DASH_LSP_ROOT": str(root),
        "DASH_LSP_RESULT": str(result_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    subprocess.run(
        [NVIM, "--headless", "-n", "-i", "NONE", "-u", str(HERE / "neovim_quickfix.lua"), str(root / "app.py")],
        cwd=root, env=env, timeout=120, check=True, stdin=subprocess.DEVNULL, capture_output=True,
    )

    result = json.loads(result_path.read_text())
    assert result["errors"] == []
    assert result["ready"], "no DASH001 reached Neovim"
    assert "DASH001" in result["before"]
    assert "Merge into one callback" in result["titles"]
    assert result["cured"], f"DASH001 still shown after the fix: {result.get('after')}"
    assert "DASH001" not in result["after"]
    assert "DASH005" in result["after"]  # the other finding is untouched

    # Neovim wrote both files the edit spans; both parse, and the merged callback is there.
    after = {p.name: p.read_text() for p in root.glob("*.py")}
    changed = sorted(name for name in after if after[name] != before[name])
    assert changed == ["app.py", "callbacks.py"]
    for text in after.values():
        ast.parse(text)
    assert "def refresh(" not in after["app.py"]
    assert "ctx.triggered_id" in after["callbacks.py"] and "def draw_refresh(" in after["callbacks.py"]
    # The real dash loads the edited app: the graph now has one writer.
    error, outputs = outputs_at_run(root)
    assert error is None
    assert outputs.count("temperature-graph.figure") == 1
